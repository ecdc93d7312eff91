import { describe, expect, it } from 'vitest';
import type { ScenarioOverrides } from '../support/builders';
import {
  aDecision,
  anEffect,
  anOption,
  aScenario,
  aSession,
  choose,
  endTurns,
  eventsOf,
  play,
} from '../support/builders';

const END = { type: 'turn.ended' } as const;
const text = (en: string) => ({ en, fr: en });

type MandateChange = NonNullable<ScenarioOverrides['mandateReviews']>[number];
const aChange = (id: string, overrides: Partial<MandateChange>): MandateChange => ({
  id,
  title: text(id),
  text: text(id),
  cites: ['001 §Test'],
  ...overrides,
});
// Consent starts at 60 and drift is off, so this holds at every review.
const ALWAYS = { driver: 'consent', above: 0 } as const;

describe('mandate reviews', () => {
  const pack = aScenario({ drift: 'none' });

  it('happen after quarters 4 and 8 of a Standard session', () => {
    const ended = endTurns(aSession(pack), 12, pack);
    expect(ended.reviews.map((review) => review.turn)).toEqual([4, 8]);
  });

  it('never happen at the last quarter: a Short session has only the review after quarter 4', () => {
    const ended = endTurns(aSession(pack, { turns: 8 }), 8, pack);
    expect(ended.reviews.map((review) => review.turn)).toEqual([4]);
  });

  it('are announced at the end of the quarter reviewed', () => {
    const { events } = play(endTurns(aSession(pack), 3, pack), [END], pack);
    expect(eventsOf(events, 'mandate.reviewed')).toEqual([
      { type: 'mandate.reviewed', turn: 4, changes: [] },
    ]);
  });
});

describe('a mandate change', () => {
  it('withholds the cards of its suspended levers for suspendQuarters quarters after the review', () => {
    // vetting-board's options carry lever:vetting; the review after Q4 withholds them in Q5 and Q6.
    const pack = aScenario({
      drift: 'none',
      mandateReviews: [
        aChange('strip-vetting', { when: ALWAYS, suspendLevers: ['vetting'], suspendQuarters: 2 }),
      ],
    });
    const handIn = (quarter: number) => endTurns(aSession(pack), quarter - 1, pack).quarter.hand;
    expect(handIn(4)).toContain('vetting-board');
    expect(handIn(5)).toEqual(['train-battalion']);
    expect(handIn(6)).toEqual(['train-battalion']);
    expect(handIn(7)).toContain('vetting-board');
  });

  it('with trigger consentFloor applies when consent is below the floor (20), whatever its `when`', () => {
    const floor = aChange('floor-breach', { trigger: 'consentFloor', when: { driver: 'trust', below: 20 } }); // trust 50
    const low = aScenario({ drift: 'none', startingDrivers: { consent: 15 }, mandateReviews: [floor] });
    const high = aScenario({ drift: 'none', mandateReviews: [floor] }); // consent 60
    expect(endTurns(aSession(low), 4, low).reviews).toEqual([{ turn: 4, changes: ['floor-breach'] }]);
    expect(endTurns(aSession(high), 4, high).reviews).toEqual([{ turn: 4, changes: [] }]);
  });

  it('lands its effects at the next resolution, so the review sees the meters that triggered it', () => {
    const pack = aScenario({
      drift: 'none',
      mandateReviews: [aChange('drawdown', { when: ALWAYS, effects: [anEffect('protection', -10)] })],
    });
    const reviewed = endTurns(aSession(pack), 4, pack);
    expect(reviewed.drivers.protection).toBe(40);
    expect(endTurns(reviewed, 1, pack).drivers.protection).toBe(30); // 40 − 10 at Q5's resolution
  });

  it('sets its flags at the review', () => {
    const pack = aScenario({
      drift: 'none',
      mandateReviews: [aChange('drawdown', { when: ALWAYS, flags: ['drawdown-ordered'] })],
    });
    expect(endTurns(aSession(pack), 3, pack).flags['drawdown-ordered']).toBeUndefined();
    expect(endTurns(aSession(pack), 4, pack).flags['drawdown-ordered']).toMatchObject({ setTurn: 4 });
  });
});

type Benchmark = NonNullable<ScenarioOverrides['benchmarks']>[number];
// A benchmark met once capacity is above 45, and a card that lifts capacity by 10 (from 40: to 50).
const STRONG_FORCES: Benchmark = {
  id: 'strong-forces',
  term: 'short',
  title: text('Strong'),
  when: { driver: 'capacity', above: 45 },
  cites: ['001 §Test'],
};
const BUILD = aDecision('build', [anOption('build-up', { effects: [anEffect('capacity', 10)] })]);

describe('benchmarks', () => {
  // vetting-in-place: flag vetting-mechanism, by quarter 4 (set by vet-recruits, cost 2).
  const pack = aScenario({ drift: 'none' });

  it('are met in the quarter their condition first holds', () => {
    const state = play(
      endTurns(aSession(pack), 3, pack),
      [choose('vetting-board', 'vet-recruits'), END],
      pack,
    ).state;
    expect(state.benchmarks).toEqual({ 'vetting-in-place': 4 });
  });

  it('are not met after their `by` quarter', () => {
    const state = play(
      endTurns(aSession(pack), 4, pack),
      [choose('vetting-board', 'vet-recruits'), END],
      pack,
    ).state;
    expect(state.benchmarks).toEqual({}); // chosen in Q5, by is 4
    expect(endTurns(state, 7, pack).benchmarks).toEqual({});
  });

  it('stay met when their condition stops holding', () => {
    const built = aScenario({
      drift: 'none',
      benchmarks: [STRONG_FORCES],
      decisions: [BUILD, aDecision('cut', [anOption('cut-back', { effects: [anEffect('capacity', -10)] })])],
    });
    const q1 = play(aSession(built), [choose('build', 'build-up'), END], built).state; // capacity 50 > 45
    const q2 = play(q1, [choose('cut', 'cut-back'), END], built).state; // capacity 40 again
    expect(q2.drivers.capacity).toBe(40);
    expect(q2.benchmarks).toEqual({ 'strong-forces': 1 });
  });

  it('can ask for a benchmark met earlier in the same quarter (they are checked in listed order)', () => {
    const built = aScenario({
      drift: 'none',
      benchmarks: [
        STRONG_FORCES,
        {
          id: 'follows-strong',
          term: 'short',
          title: text('Follows'),
          when: { benchmark: 'strong-forces' },
          cites: ['001 §Test'],
        },
      ],
      decisions: [BUILD],
    });
    const start = aSession(built);
    const q1 = play(start, [choose('build', 'build-up'), END], built).state;
    expect(q1.benchmarks).toEqual({ 'strong-forces': 1, 'follows-strong': 1 });
    expect(start.benchmarks).toEqual({}); // the records a resolution writes are its own copies
  });

  it('without a `by` can be met up to the last quarter', () => {
    const built = aScenario({
      drift: 'none',
      benchmarks: [
        {
          id: 'strong-forces',
          term: 'long',
          title: text('Strong'),
          when: { driver: 'capacity', above: 45 },
          cites: ['001 §Test'],
        },
      ],
      decisions: [BUILD],
    });
    const q12 = play(endTurns(aSession(built), 11, built), [choose('build', 'build-up'), END], built).state;
    expect(q12.status).toBe('ended');
    expect(q12.benchmarks).toEqual({ 'strong-forces': 12 });
  });
});
