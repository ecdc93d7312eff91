import type { z } from 'zod';
import {
  type BenchmarkSchema,
  type CrisisSchema,
  type DecisionSchema,
  type EffectSchema,
  type EndingSchema,
  type MandateChangeSchema,
  type NewsSchema,
  type OptionSchema,
  type Scenario,
  ScenarioSchema,
} from '../../src/content/scenario.schema';
import type { CoefficientId } from '../../src/sim/defaults';
import type { DriverId } from '../../src/sim/drivers';
import type { Input } from '../../src/sim/inputs';
import type { SimEvent } from '../../src/sim/sim-events';
import { openSession, type RunSettings, type SimState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';

export { choose, END_TURN } from '../../src/sim/inputs';

type OptionInput = z.input<typeof OptionSchema>;
type DecisionInput = z.input<typeof DecisionSchema>;
type CrisisInput = z.input<typeof CrisisSchema>;
type NewsInput = z.input<typeof NewsSchema>;
type EffectInput = z.input<typeof EffectSchema>;

const text = (en: string) => ({ en, fr: en });
const CITES = ['001 §Test'];

/**
 * The drift rates the `drift: 'none'` builder option sets to 0: with them at 0 no drift rule moves a
 * driver, so a test sees only the effect (or the one rule) it is about. Thresholds, anchors, windows and
 * the model's own coefficients keep their defaults.
 */
export const DRIFT_RATES = [
  'vettingDecayRate',
  'oversightLiftRate',
  'ownershipDecayRate',
  'recurrentCostRate',
  'fiscalRecovery',
  'unpaidCapacityLoss',
  'unpaidCohesionLoss',
  'grievanceRate',
  'ddrGrievance',
  'pressureCapacity',
  'pressureOwnership',
  'associationRate',
  'substitutionRate',
  'redeploymentRate',
  'coherenceDecayRate',
  'consentRecovery',
] as const satisfies readonly CoefficientId[];

/**
 * The builder's starting drivers, chosen so the model's terms come out round (defaults.ts coefficients):
 * effective capacity = 40 × 50/100 = 20; abusive capacity = 40 × (1 − 50/100) = 20;
 * harm by state forces = 20 × (0.6 + 0.8 × (1 − 50/100)) = 20; coherence 50 makes the coordination
 * multiplier 0.5 + 50/100 = 1, so an option's delta lands as written.
 */
export const STARTING_DRIVERS: Readonly<Record<DriverId, number>> = {
  capacity: 40,
  accountability: 50,
  oversight: 50,
  ownership: 40,
  consent: 60,
  trust: 50,
  coherence: 50,
  fiscal: 50,
  cohesion: 50,
  threat: 40,
  protection: 40,
};

/** An option with a lever and a stance tag, cost 0 and no effects unless overridden. */
export function anOption(id: string, overrides: Partial<OptionInput> = {}): OptionInput {
  return {
    id,
    label: text(id),
    tags: ['lever:coordination', 'stance:coordinate'],
    cost: 0,
    effects: [],
    note: text(`${id} note`),
    cites: CITES,
    ...overrides,
  };
}

/** A one-off effect: `delay` 0 unless given. */
export function anEffect(
  target: DriverId,
  delta: number,
  overrides: Partial<Omit<EffectInput, 'target' | 'delta'>> = {},
): EffectInput {
  return { target, delta, delay: 0, ...overrides };
}

/**
 * An initiative card, dealt in every quarter unless `overrides` gives a window. A card needs two options,
 * so a lone option gets a do-nothing `<id>-wait` beside it.
 */
export function aDecision(
  id: string,
  options: readonly OptionInput[],
  overrides: Partial<Omit<DecisionInput, 'options'>> = {},
): DecisionInput {
  const all =
    options.length >= 2
      ? [...options]
      : [...options, anOption(`${id}-wait`, { tags: ['lever:coordination', 'stance:defer'] })];
  return { id, title: text(id), prompt: text(`${id}?`), options: all, ...overrides };
}

/** The builder's crisis: `checkpoint-abuse`, answered by default with the free `look-away`. */
export function aCrisis(overrides: Partial<CrisisInput> = {}): CrisisInput {
  return {
    kind: 'crisis',
    id: 'checkpoint-abuse',
    title: text('Abuse at a checkpoint'),
    prompt: text('Soldiers you mentor beat a driver at a checkpoint.'),
    cites: CITES,
    defaultOptionId: 'look-away',
    options: [
      anOption('look-away', {
        tags: ['lever:monitoring', 'stance:acquiesce'],
        effects: [anEffect('accountability', -2)],
      }),
      anOption('raise-it', {
        tags: ['lever:monitoring', 'stance:mitigate'],
        cost: 1,
        effects: [anEffect('accountability', 3)],
      }),
      anOption('denounce', {
        tags: ['lever:monitoring', 'stance:confront'],
        cost: 3,
        consentCost: 5,
        effects: [anEffect('trust', 4)],
      }),
    ],
    ...overrides,
  };
}

/** A news item (weight 1: drawn whenever it is the only eligible one). */
export function aNews(id: string, overrides: Partial<NewsInput> = {}): NewsInput {
  return { kind: 'news', id, title: text(id), prompt: text(`${id}.`), cites: CITES, ...overrides };
}

/** The two cards of the default builder pack. */
export const DEFAULT_DECISIONS: readonly DecisionInput[] = [
  aDecision(
    'train-battalion',
    [
      anOption('crash-train', {
        tags: ['lever:train-equip', 'stance:capacity-first'],
        cost: 2,
        effects: [anEffect('capacity', 10)],
        outputs: { 'personnel-trained': 600 },
      }),
      anOption('accountable-train', {
        tags: ['lever:train-equip', 'stance:accountability-first'],
        cost: 3,
        effects: [anEffect('capacity', 5), anEffect('accountability', 5)],
      }),
    ],
    { from: 1, to: 12 },
  ),
  aDecision('vetting-board', [
    anOption('vet-recruits', {
      tags: ['lever:vetting', 'stance:accountability-first'],
      cost: 2,
      consentCost: 5,
      effects: [anEffect('accountability', 8)],
      flags: ['vetting-mechanism'],
    }),
    anOption('skip-vetting', { tags: ['lever:vetting', 'stance:defer'] }),
  ]),
];

/** Benchmarks: one with a `by`, one without. */
export const DEFAULT_BENCHMARKS: readonly z.input<typeof BenchmarkSchema>[] = [
  {
    id: 'vetting-in-place',
    term: 'medium',
    title: text('Vetting in place'),
    when: { flag: 'vetting-mechanism' },
    by: 4,
    cites: CITES,
  },
  {
    id: 'harm-reduced',
    term: 'long',
    title: text('Harm reduced'),
    when: { meter: 'civilianHarm', below: 30 },
    cites: CITES,
  },
];

/** `consent-withdrawn` and `collapse` first (by reason), then rules over meters, then a catch-all. */
export const DEFAULT_ENDINGS: readonly z.input<typeof EndingSchema>[] = [
  {
    id: 'consent-withdrawn',
    when: { reason: 'consentWithdrawn' },
    title: text('Consent withdrawn'),
    text: text('The host asks the mission to leave.'),
  },
  { id: 'collapse', when: { reason: 'collapse' }, title: text('Collapse'), text: text('Units dissolve.') },
  {
    id: 'protective-transition',
    when: {
      all: [
        { meter: 'civilianHarm', below: 30 },
        { meter: 'legitimacy', above: 40 },
      ],
    },
    title: text('Protective transition'),
    text: text('Forces that answer for what they do.'),
  },
  { id: 'fragile-hand-over', title: text('Fragile hand-over'), text: text('Much is unfinished.') },
];

export interface ScenarioOverrides {
  /** `'none'`: every drift rate of {@link DRIFT_RATES} at 0. */
  readonly drift?: 'default' | 'none';
  /**
   * `'absent'` (default): the pack has no crisis. `'always'`: the builder crisis is in the pack and drawn
   * every quarter (the quiet weight is 0). `'quiet'`: in the pack, but the quiet weight is so high that it
   * is never drawn.
   */
  readonly crisis?: 'absent' | 'always' | 'quiet';
  /** Applied after `drift` and `crisis`, so a test can switch one rule back on. */
  readonly coefficients?: Partial<Record<CoefficientId, number>>;
  /** Merged over {@link STARTING_DRIVERS}. */
  readonly startingDrivers?: Partial<Record<DriverId, number>>;
  readonly decisions?: readonly DecisionInput[];
  readonly incidents?: readonly (CrisisInput | NewsInput)[];
  readonly benchmarks?: readonly z.input<typeof BenchmarkSchema>[];
  readonly mandateReviews?: readonly z.input<typeof MandateChangeSchema>[];
  readonly endings?: readonly z.input<typeof EndingSchema>[];
  readonly capitalPerQuarter?: number;
  readonly handSize?: number;
}

/**
 * A small, valid pack built in code: one region, the two cards of {@link DEFAULT_DECISIONS}, no incidents,
 * two benchmarks, no mandate changes and the endings of {@link DEFAULT_ENDINGS}; 4 capital a quarter and a
 * hand of 4, so every eligible card is dealt. Parsed by the schema, so it is a real Scenario.
 */
export function aScenario(overrides: ScenarioOverrides = {}): Scenario {
  const crisis = overrides.crisis ?? 'absent';
  const coefficients: Partial<Record<CoefficientId, number>> = {
    ...(overrides.drift === 'none' ? Object.fromEntries(DRIFT_RATES.map((id) => [id, 0])) : {}),
    ...(crisis === 'always' ? { crisisQuietWeight: 0 } : {}),
    ...(crisis === 'quiet' ? { crisisQuietWeight: 1e12 } : {}),
    ...overrides.coefficients,
  };
  return ScenarioSchema.parse({
    formatVersion: 1,
    id: 'builder-pack',
    version: 1,
    title: text('Builder pack'),
    turns: 12,
    startingDrivers: { ...STARTING_DRIVERS, ...overrides.startingDrivers },
    coefficients,
    capitalPerQuarter: overrides.capitalPerQuarter ?? 4,
    handSize: overrides.handSize ?? 4,
    regions: [
      {
        id: 'heartland',
        name: text('Heartland'),
        threatShare: 1,
        forcesShare: 1,
        polygon: [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        label: [0.3, 0.3],
      },
    ],
    actors: [],
    decisions: overrides.decisions ?? DEFAULT_DECISIONS,
    incidents: [...(crisis === 'absent' ? [] : [aCrisis()]), ...(overrides.incidents ?? [])],
    benchmarks: overrides.benchmarks ?? DEFAULT_BENCHMARKS,
    mandateReviews: overrides.mandateReviews ?? [],
    endings: overrides.endings ?? DEFAULT_ENDINGS,
    objectives: ['one', 'two', 'three'].map((id) => ({ id, text: text(id) })),
    questions: [],
    tutorial: [],
    briefing: {
      blurb: text('Blurb'),
      situation: text('Situation'),
      history: text('History'),
      mandate: text('Mandate'),
    },
  });
}

/** A session opened on `scenario`: quarter 1 drawn, nothing chosen. Seed 'unit', 12 quarters, Normal. */
export function aSession(scenario: Scenario, settings: Partial<RunSettings> = {}): SimState {
  return openSession(scenario, { turns: 12, difficulty: 'normal', seed: 'unit', ...settings }).state;
}

/** Applies `inputs` in order, collecting every event. */
export function play(
  state: SimState,
  inputs: readonly Input[],
  scenario: Scenario,
): { state: SimState; events: SimEvent[] } {
  let current = state;
  const events: SimEvent[] = [];
  for (const input of inputs) {
    const result = step(current, input, scenario);
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

/** Ends `n` quarters without choosing anything (a crisis takes its default). */
export function endTurns(state: SimState, n: number, scenario: Scenario): SimState {
  return play(
    state,
    Array.from({ length: n }, (): Input => ({ type: 'turn.ended' })),
    scenario,
  ).state;
}

/** The events of one kind, narrowed. */
export function eventsOf<T extends SimEvent['type']>(
  events: readonly SimEvent[],
  type: T,
): Extract<SimEvent, { type: T }>[] {
  return events.filter((event): event is Extract<SimEvent, { type: T }> => event.type === type);
}
