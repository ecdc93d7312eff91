import { describe, expect, it } from 'vitest';
import { clampMeter } from '../../src/sim/meters';
import {
  aDecision,
  anEffect,
  aNews,
  anOption,
  aScenario,
  aSession,
  choose,
  endTurns,
  play,
} from '../support/builders';

describe('clampMeter', () => {
  it('keeps values inside 0..100', () => {
    expect(clampMeter(-5)).toBe(0);
    expect(clampMeter(104.2)).toBe(100);
  });

  it('does not round: the sim keeps full values', () => {
    expect(clampMeter(42.75)).toBe(42.75);
  });
});

// Starting drivers of the builder pack (support/builders.ts), default coefficients (src/sim/defaults.ts):
//   effective capacity = capacity × cohesion/100 = 40 × 0.5 = 20
//   abusive capacity   = capacity × (1 − accountability/100) = 40 × 0.5 = 20
//   harm by state      = 20 × (0.6 + 0.8 × (1 − 50/100)) = 20 × 1.0 = 20
//   mitigation         = min(0.8, 0.3 × 50/100 + 0.4 × 40/100 + 0.5 × 20/100) = 0.15 + 0.16 + 0.10 = 0.41
//   harm by armed      = 0.7 × threat × (1 − mitigation) = 0.7 × 40 × 0.59 = 16.52
//   civilian harm      = 20 + 16.52 = 36.52
//   security           = 30 + 0.9 × 20 + 0.4 × 40 − 0.5 × 40 = 30 + 18 + 16 − 20 = 44
//   legitimacy         = 5 + 0.25 × 40 + 0.25 × 50 + 0.2 × 50 + 0.3 × 50 − 0.5 × 20 = 5 + 10 + 12.5 + 10 + 15 − 10 = 42.5
describe('meters at quarter 0', () => {
  it('equal their targets, computed from the starting drivers', () => {
    const start = aSession(aScenario({ drift: 'none' }));
    expect(start.meters.security).toBeCloseTo(44, 9);
    expect(start.meters.legitimacy).toBeCloseTo(42.5, 9);
    expect(start.meters.civilianHarm).toBeCloseTo(36.52, 9);
    expect(start.meters).toEqual(start.targets);
  });

  it('split civilian harm into its two parts', () => {
    const start = aSession(aScenario({ drift: 'none' }));
    expect(start.harm.state).toBeCloseTo(20, 9);
    expect(start.harm.armed).toBeCloseTo(16.52, 9);
  });
});

describe('meter inertia', () => {
  // One card whose option adds 10 capacity at once; with drift off nothing else moves a driver.
  const pack = aScenario({
    drift: 'none',
    decisions: [aDecision('battalion', [anOption('equip', { effects: [anEffect('capacity', 10)] })])],
  });
  const chosen = play(aSession(pack), [choose('battalion', 'equip')], pack).state;

  // Capacity 40 → 50 (coordination multiplier 0.5 + 50/100 = 1). New security target:
  // 30 + 0.9 × (50 × 0.5) + 16 − 20 = 30 + 22.5 + 16 − 20 = 48.5; the gap from 44 is 4.5.
  it('closes meterResponse (0.5) of the gap to the target in the quarter the target moves', () => {
    const after = endTurns(chosen, 1, pack);
    expect(after.drivers.capacity).toBe(50);
    expect(after.targets.security).toBeCloseTo(48.5, 9);
    expect(after.meters.security).toBeCloseTo(46.25, 9); // 44 + 0.5 × (48.5 − 44)
  });

  it('keeps closing half the remaining gap in the next quarter', () => {
    expect(endTurns(chosen, 2, pack).meters.security).toBeCloseTo(47.375, 9); // 46.25 + 0.5 × (48.5 − 46.25)
  });

  it('moves by the pack’s meterResponse', () => {
    const slow = aScenario({
      drift: 'none',
      coefficients: { meterResponse: 0.25 },
      decisions: [aDecision('battalion', [anOption('equip', { effects: [anEffect('capacity', 10)] })])],
    });
    const after = play(aSession(slow), [choose('battalion', 'equip'), { type: 'turn.ended' }], slow).state;
    expect(after.meters.security).toBeCloseTo(45.125, 9); // 44 + 0.25 × 4.5
  });

  // Legitimacy reads harm by state forces: abusive capacity 50 × 0.5 = 25, harm by state 25 × 1.0 = 25, so
  // its target falls by 0.5 × (25 − 20) = 2.5 to 40, and the meter moves halfway: 42.5 − 1.25.
  it('moves every meter whose target the change reaches', () => {
    const after = endTurns(chosen, 1, pack);
    expect(after.meters.legitimacy).toBeCloseTo(41.25, 9);
    // Civilian harm: mitigation 0.15 + 0.16 + 0.5 × 25/100 = 0.435, armed 0.7 × 40 × 0.565 = 15.82,
    // target 25 + 15.82 = 40.82, meter 36.52 + 0.5 × (40.82 − 36.52) = 38.67.
    expect(after.meters.civilianHarm).toBeCloseTo(38.67, 9);
  });
});

describe('an incident’s shock to a meter', () => {
  // A news item (the only one, weight 1: drawn every quarter until its cooldown) shocks civilian harm by
  // +3 once; drift is off, so the target stays at 36.52.
  const pack = aScenario({
    drift: 'none',
    incidents: [
      aNews('market-attack', { cooldown: 20, effects: [{ target: 'civilianHarm', delta: 3, delay: 0 }] }),
    ],
  });
  const start = aSession(pack);

  it('moves the meter at once, without moving its target', () => {
    expect(start.quarter.news).toEqual(['market-attack']);
    const q1 = endTurns(start, 1, pack);
    expect(q1.meters.civilianHarm).toBeCloseTo(39.52, 9); // 36.52 + 0.5 × 0 + 3
    expect(q1.targets.civilianHarm).toBeCloseTo(36.52, 9);
  });

  it('then relaxes with the meter’s inertia', () => {
    expect(endTurns(start, 2, pack).meters.civilianHarm).toBeCloseTo(38.02, 9); // 39.52 + 0.5 × (36.52 − 39.52)
  });
});
