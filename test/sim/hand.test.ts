import { describe, expect, it } from 'vitest';
import { aDecision, anOption, aScenario, aSession, choose, endTurns, play } from '../support/builders';

const END = { type: 'turn.ended' } as const;

describe('the hand', () => {
  it('deals every eligible card when the hand has room (handSize 4, two cards)', () => {
    const pack = aScenario({ drift: 'none' });
    expect([...aSession(pack).quarter.hand].sort()).toEqual(['train-battalion', 'vetting-board']);
  });

  it('never deals a funded card again, and deals an unfunded one again', () => {
    const pack = aScenario({ drift: 'none' });
    const q2 = play(aSession(pack), [choose('train-battalion', 'crash-train'), END], pack).state;
    expect(q2.quarter.hand).toEqual(['vetting-board']);
    expect(endTurns(q2, 5, pack).quarter.hand).toEqual(['vetting-board']);
  });

  // Six open cards for a hand of 3, and `census` fixed to quarter 3: without the rule it would be dealt
  // first in about a seventh of the seeds (hand[0] of a shuffle of seven).
  const open = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => aDecision(`card-${id}`, [anOption(`fund-${id}`)]));
  const census = aDecision('census', [anOption('run-census')], { turn: 3 });
  const pack = aScenario({ drift: 'none', handSize: 3, decisions: [...open, census] });

  it('deals a card fixed to this quarter first', () => {
    for (let i = 0; i < 20; i++) {
      const q3 = endTurns(aSession(pack, { seed: `fixed-${i}` }), 2, pack);
      expect(q3.quarter.hand[0]).toBe('census');
      expect(q3.quarter.hand).toHaveLength(3);
    }
  });

  it('deals a card fixed to a quarter in no other quarter', () => {
    for (let i = 0; i < 20; i++) {
      let state = aSession(pack, { seed: `fixed-${i}` });
      for (let quarter = 1; quarter <= 6; quarter++) {
        if (quarter !== 3) expect(state.quarter.hand).not.toContain('census');
        state = endTurns(state, 1, pack);
      }
    }
  });

  it('deals the same hand for the same seed and a different one for another seed', () => {
    const hands = (seed: string) => aSession(pack, { seed }).quarter.hand;
    expect(hands('same')).toEqual(hands('same'));
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => hands(`seed-${i}`).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });
});
