import { describe, expect, it } from 'vitest';
import type { ScenarioOverrides } from '../support/builders';
import {
  aDecision,
  anEffect,
  anOption,
  aScenario,
  aSession,
  choose,
  DEFAULT_ENDINGS,
  endTurns,
  eventsOf,
  play,
} from '../support/builders';

const END = { type: 'turn.ended' } as const;
const text = (en: string) => ({ en, fr: en });
type Ending = NonNullable<ScenarioOverrides['endings']>[number];
const anEnding = (id: string, when?: Ending['when']): Ending => ({
  id,
  title: text(id),
  text: text(id),
  ...(when ? { when } : {}),
});
const [CONSENT_WITHDRAWN, COLLAPSE] = DEFAULT_ENDINGS as [Ending, Ending];

describe('the last quarter', () => {
  const pack = aScenario({ drift: 'none' });

  it('ends a Standard session after quarter 12', () => {
    const q12 = endTurns(aSession(pack), 11, pack);
    expect(q12).toMatchObject({ status: 'running', turn: 12 });
    const ended = endTurns(q12, 1, pack);
    expect(ended.status).toBe('ended');
    expect(ended.ending).toMatchObject({ reason: 'lastTurn', turn: 12 });
    expect(ended.history).toHaveLength(12);
  });

  it('ends a Short session after quarter 8', () => {
    const q8 = endTurns(aSession(pack, { turns: 8 }), 7, pack);
    expect(q8).toMatchObject({ status: 'running', turn: 8 });
    const { state, events } = play(q8, [END], pack);
    expect(state.ending).toMatchObject({ reason: 'lastTurn', turn: 8 });
    expect(state.history).toHaveLength(8);
    expect(eventsOf(events, 'session.ended')).toEqual([
      { type: 'session.ended', reason: 'lastTurn', endingId: state.ending?.id, turn: 8 },
    ]);
  });
});

describe('consent withdrawn', () => {
  // Consent 10; `snub` costs all of it, `apologise` gives 5 back, `walk-out` costs 5. Drift is off, so
  // consent stays where the choices leave it. (A funded card is not dealt again: three cards.)
  const pack = aScenario({
    drift: 'none',
    startingDrivers: { consent: 10 },
    decisions: [
      aDecision('summit', [anOption('snub', { consentCost: 10 })]),
      aDecision('reception', [anOption('apologise', { effects: [anEffect('consent', 5)] })]),
      aDecision('talks', [anOption('walk-out', { consentCost: 5 })]),
    ],
  });
  const zeroOnce = play(aSession(pack), [choose('summit', 'snub'), END], pack).state;

  it('does not end the session after one quarter at 0', () => {
    expect(zeroOnce.drivers.consent).toBe(0);
    expect(zeroOnce.status).toBe('running');
  });

  it('ends the session after two consecutive quarters at 0, with the ending consent-withdrawn', () => {
    const ended = endTurns(zeroOnce, 1, pack);
    expect(ended.status).toBe('ended');
    expect(ended.ending).toEqual({ id: 'consent-withdrawn', reason: 'consentWithdrawn', turn: 2 });
    expect(ended.history).toHaveLength(2);
  });

  it('counts consecutive quarters only: a quarter above 0 starts the count again', () => {
    const q2 = play(zeroOnce, [choose('reception', 'apologise'), END], pack).state; // Q2: 0 + 5 = 5
    const q3 = play(q2, [choose('talks', 'walk-out'), END], pack).state; // Q3: 5 − 5 = 0, the first again
    expect(q3.drivers.consent).toBe(0);
    expect(q3.status).toBe('running');
    expect(endTurns(q3, 1, pack).ending).toMatchObject({ id: 'consent-withdrawn', turn: 4 });
  });
});

describe('collapse', () => {
  // Capacity 0, protection 0, threat 100: security target 30 + 0 + 0 − 0.5 × 100 = −20, clamped to 0, and
  // the meter starts there (quarter 0 = target). Security 0 < collapseSecurity 8.
  const broken = { capacity: 0, protection: 0, threat: 100 };

  it('ends the session when security is below 8 and cohesion below 12, with the ending collapse', () => {
    const pack = aScenario({ drift: 'none', startingDrivers: { ...broken, cohesion: 5 } });
    const ended = endTurns(aSession(pack), 1, pack);
    expect(ended.meters.security).toBe(0);
    expect(ended.ending).toEqual({ id: 'collapse', reason: 'collapse', turn: 1 });
  });

  it('does not happen while cohesion holds', () => {
    const pack = aScenario({ drift: 'none', startingDrivers: { ...broken, cohesion: 12 } });
    expect(endTurns(aSession(pack), 1, pack).status).toBe('running');
  });
});

describe('the after-hand-over step', () => {
  // `late` adds 10 capacity 3 quarters after it is chosen: chosen in Q7 of a Short session, it is due in
  // Q10, after the last quarter.
  const lateCapacity = aDecision('late', [
    anOption('late-equip', { effects: [anEffect('capacity', 10, { delay: 3 })] }),
  ]);
  const endings = [
    CONSENT_WITHDRAWN,
    COLLAPSE,
    anEnding('strong-forces', { driver: 'capacity', above: 45 }),
    anEnding('fragile'),
  ];
  const pack = aScenario({ drift: 'none', decisions: [lateCapacity], endings });
  const q7 = endTurns(aSession(pack, { turns: 8 }), 6, pack);
  const { state: ended, events } = play(q7, [choose('late', 'late-equip'), END, END], pack);

  it('lands the effects still pending after the last quarter', () => {
    expect(ended.history.at(-1)?.drivers.capacity).toBe(40); // quarter 8: not landed
    expect(ended.afterHandover?.drivers.capacity).toBe(50); // 40 + 10 after hand-over
    expect(ended.pending).toEqual([]);
    expect(eventsOf(events, 'handover.resolved')).toHaveLength(1);
  });

  it('moves the meters one more time, and stays out of the per-quarter history', () => {
    // The same move as in meters.test.ts: security target 48.5, meter 44 + 0.5 × 4.5.
    expect(ended.afterHandover?.meters.security).toBeCloseTo(46.25, 9);
    expect(ended.afterHandover?.turn).toBe(9);
    expect(ended.history).toHaveLength(8);
  });

  it('is what the ending reads', () => {
    expect(ended.ending?.id).toBe('strong-forces'); // capacity 50 after hand-over, 40 at quarter 8
    expect(endTurns(aSession(pack, { turns: 8 }), 8, pack).ending?.id).toBe('fragile'); // without the late effect
  });
});

describe('ending rules', () => {
  it('pick the first ending whose condition holds', () => {
    // Capacity 40: both 'first' and 'second' hold.
    const endings = [
      CONSENT_WITHDRAWN,
      COLLAPSE,
      anEnding('first', { driver: 'capacity', above: 30 }),
      anEnding('second', { driver: 'capacity', above: 20 }),
      anEnding('fallback'),
    ];
    const pack = aScenario({ drift: 'none', endings });
    expect(endTurns(aSession(pack, { turns: 8 }), 8, pack).ending?.id).toBe('first');
  });

  it('fall through to the last ending when no other holds', () => {
    const endings = [
      CONSENT_WITHDRAWN,
      COLLAPSE,
      anEnding('strong', { driver: 'capacity', above: 90 }),
      anEnding('fallback'),
    ];
    const pack = aScenario({ drift: 'none', endings });
    expect(endTurns(aSession(pack, { turns: 8 }), 8, pack).ending?.id).toBe('fallback');
  });
});
