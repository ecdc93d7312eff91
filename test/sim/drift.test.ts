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
  play,
} from '../support/builders';

const END = { type: 'turn.ended' } as const;

/**
 * A pack where every drift rate is 0 except the ones given: one rule at a time.
 * Starting drivers (support/builders.ts): capacity 40, accountability 50, oversight 50, ownership 40,
 * consent 60, trust 50, coherence 50, fiscal 50, cohesion 50, threat 40, protection 40.
 */
const onlyRule = (coefficients: ScenarioOverrides['coefficients'], overrides: ScenarioOverrides = {}) =>
  aScenario({ drift: 'none', ...overrides, coefficients });

/** The drivers after the first quarter is resolved with nothing chosen. */
const afterOneQuarter = (overrides: Parameters<typeof onlyRule>[0], more: ScenarioOverrides = {}) => {
  const pack = onlyRule(overrides, more);
  return endTurns(aSession(pack), 1, pack).drivers;
};

describe('vetting decay', () => {
  it('pulls accountability above the oversight ceiling down by vettingDecayRate of the excess', () => {
    // Ceiling = 15 + 0.7 × oversight 20 = 29; excess 50 − 29 = 21; 50 − 0.25 × 21 = 44.75.
    const drivers = afterOneQuarter({ vettingDecayRate: 0.25 }, { startingDrivers: { oversight: 20 } });
    expect(drivers.accountability).toBeCloseTo(44.75, 9);
  });

  it('lifts accountability below the ceiling by oversightLiftRate of the gap', () => {
    // Ceiling = 15 + 0.7 × 80 = 71; gap 71 − 50 = 21; 50 + 0.05 × 21 = 51.05.
    const drivers = afterOneQuarter({ oversightLiftRate: 0.05 }, { startingDrivers: { oversight: 80 } });
    expect(drivers.accountability).toBeCloseTo(51.05, 9);
  });

  it('leaves accountability at the ceiling where it is', () => {
    // Ceiling = 15 + 0.7 × 50 = 50 = accountability.
    const drivers = afterOneQuarter({ vettingDecayRate: 0.25, oversightLiftRate: 0.05 });
    expect(drivers.accountability).toBeCloseTo(50, 9);
  });
});

describe('follow-up', () => {
  // Anchor = 0.85 × starting ownership 40 = 34; each quarter without follow-up loses 0.25 of the excess.
  const followUp = anOption('follow-up', { flags: ['dialogue-followed-up'] });
  const pack = onlyRule({ ownershipDecayRate: 0.25 }, { decisions: [aDecision('dialogue', [followUp])] });

  it('decays ownership toward 85 % of its start without a follow-up', () => {
    const ownership = (quarters: number) => endTurns(aSession(pack), quarters, pack).drivers.ownership;
    expect(ownership(1)).toBeCloseTo(38.5, 9); // 40 − 0.25 × (40 − 34)
    expect(ownership(2)).toBeCloseTo(37.375, 9); // 38.5 − 0.25 × (38.5 − 34)
  });

  it('is suppressed in the quarter `dialogue-followed-up` is set and the next (followUpWindow 2)', () => {
    const q1 = play(aSession(pack), [choose('dialogue', 'follow-up'), END], pack).state;
    expect(q1.drivers.ownership).toBe(40); // set in Q1
    expect(endTurns(q1, 1, pack).drivers.ownership).toBe(40); // Q2: set 1 quarter ago, still inside the window
    expect(endTurns(q1, 2, pack).drivers.ownership).toBeCloseTo(38.5, 9); // Q3: outside it, 40 − 0.25 × 6
  });

  it('leaves ownership below its anchor alone', () => {
    const low = onlyRule(
      { ownershipDecayRate: 0.25 },
      {
        decisions: [aDecision('purge', [anOption('purge-it', { effects: [anEffect('ownership', -10)] })])],
      },
    );
    // 40 − 10 = 30 is under the anchor of 34 (the anchor is 85 % of the *starting* value): no decay.
    expect(play(aSession(low), [choose('purge', 'purge-it'), END], low).state.drivers.ownership).toBe(30);
  });
});

describe('unpaid forces', () => {
  const buyCapacity = aDecision('battalion', [anOption('equip', { effects: [anEffect('capacity', 10)] })]);

  it('drains fiscal by recurrentCostRate for each point of capacity bought by options', () => {
    const pack = onlyRule({ recurrentCostRate: 0.08 }, { decisions: [buyCapacity] });
    const q1 = play(aSession(pack), [choose('battalion', 'equip'), END], pack).state;
    expect(q1.drivers.fiscal).toBeCloseTo(49.2, 9); // 50 − 0.08 × 10
    expect(endTurns(q1, 1, pack).drivers.fiscal).toBeCloseTo(48.4, 9); // bought capacity is paid for every quarter
  });

  it('does not charge for capacity the pack started with', () => {
    expect(afterOneQuarter({ recurrentCostRate: 0.08 }).fiscal).toBe(50);
  });

  it('recovers fiscal toward its start by fiscalRecovery of the gap', () => {
    const pack = onlyRule(
      { fiscalRecovery: 0.15 },
      { decisions: [aDecision('austerity', [anOption('cut', { effects: [anEffect('fiscal', -20)] })])] },
    );
    const q1 = play(aSession(pack), [choose('austerity', 'cut'), END], pack).state;
    expect(q1.drivers.fiscal).toBeCloseTo(33, 9); // 50 − 20 = 30, then + 0.15 × (50 − 30)
    expect(endTurns(q1, 1, pack).drivers.fiscal).toBeCloseTo(35.55, 9); // 33 + 0.15 × 17
  });

  it('costs capacity and cohesion below the fiscal threshold, in proportion to the shortfall', () => {
    // Shortfall = (unpaidThreshold 25 − fiscal 15) / 25 = 0.4.
    const drivers = afterOneQuarter(
      { unpaidCapacityLoss: 6, unpaidCohesionLoss: 8 },
      { startingDrivers: { fiscal: 15 } },
    );
    expect(drivers.capacity).toBeCloseTo(37.6, 9); // 40 − 6 × 0.4
    expect(drivers.cohesion).toBeCloseTo(46.8, 9); // 50 − 8 × 0.4
  });

  it('costs nothing at the threshold', () => {
    const drivers = afterOneQuarter(
      { unpaidCapacityLoss: 6, unpaidCohesionLoss: 8 },
      { startingDrivers: { fiscal: 25 } },
    );
    expect(drivers.capacity).toBe(40);
    expect(drivers.cohesion).toBe(50);
  });
});

describe('grievance', () => {
  it('grows threat with harm by state forces', () => {
    // Harm by state forces at the start is 20 (see meters.test.ts): 40 + 0.12 × 20 = 42.4.
    expect(afterOneQuarter({ grievanceRate: 0.12 }).threat).toBeCloseTo(42.4, 9);
  });

  const ddr = onlyRule(
    { ddrGrievance: 3 },
    {
      decisions: [
        aDecision('ddr', [
          anOption('promise-ddr', { flags: ['ddr-promised'] }),
          anOption('fund-ddr', { flags: ['ddr-funded'] }),
        ]),
        aDecision('ddr-budget', [anOption('fund-later', { flags: ['ddr-funded'] })]),
      ],
    },
  );

  it('grows threat by ddrGrievance each quarter DDR is promised and not funded', () => {
    const q1 = play(aSession(ddr), [choose('ddr', 'promise-ddr'), END], ddr).state;
    expect(q1.drivers.threat).toBe(43); // 40 + 3
    expect(endTurns(q1, 1, ddr).drivers.threat).toBe(46); // and again in Q2
  });

  it('stops once DDR is funded', () => {
    const q1 = play(aSession(ddr), [choose('ddr', 'promise-ddr'), END], ddr).state;
    const q2 = play(q1, [choose('ddr-budget', 'fund-later'), END], ddr).state;
    expect(q2.drivers.threat).toBe(43); // funded in Q2: no growth in Q2 or after
    expect(endTurns(q2, 2, ddr).drivers.threat).toBe(43);
  });

  it('does nothing without a promise', () => {
    expect(afterOneQuarter({ ddrGrievance: 3 }).threat).toBe(40);
  });
});

describe('pressure', () => {
  it('pushes threat down with effective capacity and ownership', () => {
    // Push = (0.15 × effective capacity 20 + 0.06 × ownership 40) / 100 = (3 + 2.4) / 100 = 0.054;
    // threat 40 − 0.054 × 40 = 37.84.
    expect(afterOneQuarter({ pressureCapacity: 0.15, pressureOwnership: 0.06 }).threat).toBeCloseTo(37.84, 9);
  });

  it('reads effective capacity, not raw capacity', () => {
    // Cohesion 25 halves effective capacity to 40 × 0.25 = 10: 40 − (0.15 × 10 / 100) × 40 = 39.4.
    const drivers = afterOneQuarter({ pressureCapacity: 0.15 }, { startingDrivers: { cohesion: 25 } });
    expect(drivers.threat).toBeCloseTo(39.4, 9);
  });
});

describe('association', () => {
  // Loss = associationRate 4 × (1 − accountability 50/100) = 2 trust a quarter while backing-forces is on.
  const pack = onlyRule(
    { associationRate: 4 },
    {
      decisions: [
        aDecision('joint-op', [anOption('back-them', { flags: [{ id: 'backing-forces', quarters: 2 }] })]),
      ],
    },
  );

  it('costs trust only while the timed flag backing-forces is active', () => {
    const q1 = play(aSession(pack), [choose('joint-op', 'back-them'), END], pack).state;
    expect(q1.drivers.trust).toBe(48); // Q1: set, active through Q1 + 2 − 1 = Q2
    expect(endTurns(q1, 1, pack).drivers.trust).toBe(46); // Q2: still active
    expect(endTurns(q1, 2, pack).drivers.trust).toBe(46); // Q3: expired
  });

  it('costs nothing without the flag', () => {
    expect(afterOneQuarter({ associationRate: 4 }).trust).toBe(50);
  });

  it('costs less when the forces are more accountable', () => {
    const accountable = onlyRule(
      { associationRate: 4 },
      {
        startingDrivers: { accountability: 80 },
        decisions: [
          aDecision('joint-op', [anOption('back-them', { flags: [{ id: 'backing-forces', quarters: 2 }] })]),
        ],
      },
    );
    const q1 = play(aSession(accountable), [choose('joint-op', 'back-them'), END], accountable).state;
    expect(q1.drivers.trust).toBeCloseTo(49.2, 9); // 50 − 4 × (1 − 0.8)
  });
});

describe('substitution', () => {
  it('slows ownership by substitutionRate for each point of protection above 50', () => {
    // 40 − 0.1 × (70 − 50) = 38.
    const drivers = afterOneQuarter({ substitutionRate: 0.1 }, { startingDrivers: { protection: 70 } });
    expect(drivers.ownership).toBeCloseTo(38, 9);
  });

  it('does nothing at 50 or below', () => {
    const drivers = afterOneQuarter({ substitutionRate: 0.1 }, { startingDrivers: { protection: 50 } });
    expect(drivers.ownership).toBe(40);
  });
});

describe('redeployment', () => {
  it('relaxes protection toward its start by redeploymentRate of the gap', () => {
    const pack = onlyRule(
      { redeploymentRate: 0.15 },
      { decisions: [aDecision('surge', [anOption('surge-it', { effects: [anEffect('protection', 20)] })])] },
    );
    const q1 = play(aSession(pack), [choose('surge', 'surge-it'), END], pack).state;
    expect(q1.drivers.protection).toBeCloseTo(57, 9); // 40 + 20 = 60, then − 0.15 × (60 − 40)
    expect(endTurns(q1, 1, pack).drivers.protection).toBeCloseTo(54.45, 9); // 57 − 0.15 × 17
  });
});

describe('coherence decay', () => {
  it('relaxes coherence toward its start by coherenceDecayRate of the gap', () => {
    const pack = onlyRule(
      { coherenceDecayRate: 0.15 },
      {
        decisions: [aDecision('donors', [anOption('joint-plan', { effects: [anEffect('coherence', 20)] })])],
      },
    );
    const q1 = play(aSession(pack), [choose('donors', 'joint-plan'), END], pack).state;
    expect(q1.drivers.coherence).toBeCloseTo(67, 9); // 50 + 20 = 70, then − 0.15 × 20
  });
});

describe('consent recovery', () => {
  const pack = onlyRule(
    { consentRecovery: 0.15 },
    {
      decisions: [
        aDecision('friction', [
          anOption('denounce', { consentCost: 20 }),
          anOption('flatter', { effects: [anEffect('consent', 10)] }),
          anOption('rupture', { consentCost: 60 }),
        ]),
      ],
    },
  );

  it('recovers consent toward its start by consentRecovery of the gap', () => {
    const q1 = play(aSession(pack), [choose('friction', 'denounce'), END], pack).state;
    expect(q1.drivers.consent).toBeCloseTo(43, 9); // 60 − 20 = 40, then + 0.15 × (60 − 40)
  });

  it('does not recover from zero: a host that has cut cooperation does not forgive by itself', () => {
    const q1 = play(aSession(pack), [choose('friction', 'rupture'), END], pack).state;
    expect(q1.drivers.consent).toBe(0); // 60 − 60 = 0, and no recovery at 0
  });

  it('never pulls consent above its start down', () => {
    const q1 = play(aSession(pack), [choose('friction', 'flatter'), END], pack).state;
    expect(q1.drivers.consent).toBe(70);
  });
});

describe('with every drift rate at 0', () => {
  it('no driver moves on its own', () => {
    const pack = aScenario({ drift: 'none' });
    const start = aSession(pack);
    expect(endTurns(start, 3, pack).drivers).toEqual(start.drivers);
  });
});
