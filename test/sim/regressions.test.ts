import { describe, expect, it } from 'vitest';
import { aScenario, aSession, choose, endTurns, eventsOf, play } from '../support/builders';
import { DRIVER_IDS } from '../../src/sim/drivers';

const END = { type: 'turn.ended' } as const;

describe('regressions found while testing the core', () => {
  it('unpaidThreshold 0 (allowed by the schema: coefficients are min 0) keeps drivers finite', () => {
    const pack = aScenario({ coefficients: { unpaidThreshold: 0 } });
    const q1 = endTurns(aSession(pack), 1, pack);
    // Expected: no unpaid losses at all (no fiscal level is below 0): capacity and cohesion finite.
    for (const id of DRIVER_IDS) expect(Number.isFinite(q1.drivers[id]), id).toBe(true);
  });

  it('a crisis left unanswered at turn.ended reports option.defaulted, as decision.timedOut does', () => {
    const pack = aScenario({ drift: 'none', crisis: 'always' });
    const { events } = play(aSession(pack), [END], pack);
    expect(eventsOf(events, 'option.defaulted')).toEqual([
      { type: 'option.defaulted', decisionId: 'checkpoint-abuse', optionId: 'look-away', turn: 1 },
    ]);
  });

  it('a crisis answer cannot be withdrawn (RejectionReason crisis-withdrawal)', () => {
    const pack = aScenario({ drift: 'none', crisis: 'always' });
    const answered = play(aSession(pack), [choose('checkpoint-abuse', 'raise-it')], pack).state;
    const { state, events } = play(
      answered,
      [{ type: 'option.withdrawn', decisionId: 'checkpoint-abuse' }],
      pack,
    );
    expect(events).toEqual([
      { type: 'input.rejected', input: 'option.withdrawn', reason: 'crisis-withdrawal' },
    ]);
    expect(state).toBe(answered);
  });
});
