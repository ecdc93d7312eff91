import { describe, expect, it } from 'vitest';
import {
  aDecision,
  anEffect,
  aNews,
  anOption,
  aScenario,
  aSession,
  choose,
  endTurns,
  eventsOf,
  play,
} from '../support/builders';

const END = { type: 'turn.ended' } as const;

// Drift off in every pack here: only the effects under test move a driver. Capacity starts at 40 and
// coherence at 50, so the coordination multiplier is 0.5 + 50/100 = 1 unless a test changes coherence.

describe('delayed effects', () => {
  const pack = aScenario({
    drift: 'none',
    decisions: [
      aDecision('battalion', [
        anOption('equip-later', { effects: [anEffect('capacity', 10, { delay: 2 })] }),
      ]),
    ],
  });
  const chosen = play(aSession(pack), [choose('battalion', 'equip-later')], pack).state;

  it('land in their due quarter, not before', () => {
    expect(endTurns(chosen, 2, pack).drivers.capacity).toBe(40); // Q1 and Q2 resolved: not due yet
    expect(endTurns(chosen, 3, pack).drivers.capacity).toBe(50); // chosen in Q1 + delay 2 = Q3; 40 + 10
  });

  it('are announced as scheduled when chosen, with their due quarter', () => {
    const { events } = play(chosen, [END], pack);
    expect(eventsOf(events, 'effect.scheduled')).toMatchObject([
      {
        effectId: '1/equip-later/0/0',
        dueTurn: 3,
        cause: { kind: 'delayed', sourceId: 'equip-later', turn: 1 },
      },
    ]);
  });

  it('wait in the pending queue until they land', () => {
    expect(endTurns(chosen, 2, pack).pending.map((effect) => effect.dueTurn)).toEqual([3]);
    expect(endTurns(chosen, 3, pack).pending).toEqual([]);
  });
});

describe('effects with a duration', () => {
  const pack = aScenario({
    drift: 'none',
    decisions: [
      aDecision('battalion', [
        anOption('phased', { effects: [anEffect('capacity', 5, { delay: 1, duration: 3 })] }),
      ]),
    ],
  });
  const chosen = play(aSession(pack), [choose('battalion', 'phased')], pack).state;

  it('apply the delta in each of n consecutive quarters, starting at the delay', () => {
    const capacityAfter = (quarters: number) => endTurns(chosen, quarters, pack).drivers.capacity;
    // Due in Q2, Q3 and Q4 (delay 1, duration 3): 40, 45, 50, 55, then no more.
    expect([1, 2, 3, 4, 5].map(capacityAfter)).toEqual([40, 45, 50, 55, 55]);
  });
});

describe('an effect whose `when` is false on landing', () => {
  // Oversight starts at 50, so `oversight above 60` is false in Q2 when the effect lands.
  const pack = aScenario({
    drift: 'none',
    decisions: [
      aDecision('battalion', [
        anOption('conditional', {
          effects: [anEffect('capacity', 10, { delay: 1, when: { driver: 'oversight', above: 60 } })],
        }),
      ]),
    ],
  });
  const q2 = endTurns(play(aSession(pack), [choose('battalion', 'conditional')], pack).state, 1, pack);

  it('lapses with an event naming its cause and the condition', () => {
    const { events } = play(q2, [END], pack);
    expect(eventsOf(events, 'effect.lapsed')).toEqual([
      {
        type: 'effect.lapsed',
        effectId: '1/conditional/0/0',
        cause: { kind: 'delayed', sourceId: 'conditional', turn: 1, decisionId: 'battalion' },
        reason: 'oversight above 60',
      },
    ]);
  });

  it('changes nothing', () => {
    const { state, events } = play(q2, [END], pack);
    expect(state.drivers.capacity).toBe(40);
    expect(eventsOf(events, 'effect.landed')).toEqual([]);
  });
});

describe('due pending effects', () => {
  // Capacity starts at 95, so the order shows through the clamp at 100:
  //   creation order (the Q1 cut, then the Q2 boost): 95 − 10 = 85, then 85 + 10 = 95;
  //   the other order would give min(100, 95 + 10) = 100, then 100 − 10 = 90.
  const pack = aScenario({
    drift: 'none',
    startingDrivers: { capacity: 95 },
    decisions: [
      aDecision('cut', [anOption('cut-later', { effects: [anEffect('capacity', -10, { delay: 2 })] })]),
      aDecision('boost', [anOption('boost-later', { effects: [anEffect('capacity', 10, { delay: 1 })] })]),
    ],
  });

  it('land in creation order, not in the order of their cards or deltas', () => {
    const q1 = play(aSession(pack), [choose('cut', 'cut-later'), END], pack).state; // due Q3, created first
    const q2 = play(q1, [choose('boost', 'boost-later'), END], pack).state; // due Q3, created second
    const { state, events } = play(q2, [END], pack);
    expect(eventsOf(events, 'effect.landed').map((event) => event.effectId)).toEqual([
      '1/cut-later/0/0',
      '2/boost-later/0/0',
    ]);
    expect(state.drivers.capacity).toBe(95);
  });

  it('land after the delay-0 effects chosen this quarter', () => {
    const now = aScenario({
      drift: 'none',
      decisions: [
        aDecision('later', [anOption('later-boost', { effects: [anEffect('trust', 1, { delay: 1 })] })]),
        aDecision('now', [anOption('now-boost', { effects: [anEffect('trust', 2)] })]),
      ],
    });
    const q1 = play(aSession(now), [choose('later', 'later-boost'), END], now).state;
    const { events } = play(q1, [choose('now', 'now-boost'), END], now);
    expect(eventsOf(events, 'effect.landed').map((event) => event.effectId)).toEqual([
      '2/now-boost/0/0',
      '1/later-boost/0/0',
    ]);
  });
});

describe('delay-0 effects', () => {
  it('land in the order the options were chosen', () => {
    const pack = aScenario({
      drift: 'none',
      decisions: [
        aDecision('first', [anOption('first-pick', { effects: [anEffect('trust', 1)] })]),
        aDecision('second', [anOption('second-pick', { effects: [anEffect('trust', 2)] })]),
      ],
    });
    const { events } = play(
      aSession(pack),
      [choose('second', 'second-pick'), choose('first', 'first-pick'), END],
      pack,
    );
    expect(eventsOf(events, 'effect.landed').map((event) => event.effectId)).toEqual([
      '1/second-pick/0/0',
      '1/first-pick/0/0',
    ]);
  });
});

describe('the coordination multiplier (0.5 + coherence/100)', () => {
  // Coherence 70 (drift off keeps it there): multiplier 0.5 + 70/100 = 1.2.
  const coordinated = (effects: ReturnType<typeof anEffect>[]) =>
    aScenario({
      drift: 'none',
      startingDrivers: { coherence: 70 },
      decisions: [aDecision('card', [anOption('pick', { effects })])],
    });
  const afterPick = (pack: ReturnType<typeof coordinated>) =>
    play(aSession(pack), [choose('card', 'pick'), END], pack).state;

  it('scales positive option effects on capacity, accountability, oversight and ownership', () => {
    const pack = coordinated([
      anEffect('capacity', 10),
      anEffect('accountability', 10),
      anEffect('oversight', 10),
      anEffect('ownership', 10),
    ]);
    const { drivers } = afterPick(pack);
    expect(drivers.capacity).toBeCloseTo(52, 9); // 40 + 10 × 1.2
    expect(drivers.accountability).toBeCloseTo(62, 9); // 50 + 12
    expect(drivers.oversight).toBeCloseTo(62, 9); // 50 + 12
    expect(drivers.ownership).toBeCloseTo(52, 9); // 40 + 12
  });

  it('scales delayed option effects, read when they land', () => {
    const pack = coordinated([anEffect('capacity', 10, { delay: 1 })]);
    expect(endTurns(afterPick(pack), 1, pack).drivers.capacity).toBeCloseTo(52, 9); // 40 + 10 × 1.2 in Q2
  });

  it('leaves negative effects as written', () => {
    const pack = coordinated([anEffect('capacity', -10), anEffect('ownership', -10)]);
    const { drivers } = afterPick(pack);
    expect(drivers.capacity).toBe(30); // 40 − 10, not − 12
    expect(drivers.ownership).toBe(30);
  });

  it('leaves other drivers as written', () => {
    const pack = coordinated([anEffect('trust', 10), anEffect('protection', 10), anEffect('cohesion', 10)]);
    const { drivers } = afterPick(pack);
    expect(drivers.trust).toBe(60);
    expect(drivers.protection).toBe(50);
    expect(drivers.cohesion).toBe(60);
  });

  it('leaves incident effects as written', () => {
    const pack = aScenario({
      drift: 'none',
      startingDrivers: { coherence: 70 },
      incidents: [aNews('donor-pledge', { effects: [{ target: 'capacity', delta: 10, delay: 0 }] })],
    });
    const start = aSession(pack);
    expect(start.quarter.news).toEqual(['donor-pledge']); // the only news item, weight 1: always drawn
    expect(endTurns(start, 1, pack).drivers.capacity).toBe(50); // 40 + 10, not + 12
  });
});
