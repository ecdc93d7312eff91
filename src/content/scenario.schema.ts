import { z } from 'zod';
import { COEFFICIENT_IDS, type CoefficientId } from '../sim/defaults.ts';
import { DRIVER_IDS } from '../sim/drivers.ts';
import { METER_IDS } from '../sim/meters.ts';
import { LEVERS } from '../sim/tags.ts';

// Scenario format history:
// v1: the format of DESIGN §5
export const SCENARIO_FORMAT_VERSION = 1;

/** Ids and flags: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Slug = z.string().regex(SLUG_PATTERN, 'use kebab-case ids, e.g. "sixty-day-list"');
const NonEmpty = z.string().trim().min(1, 'must not be empty');
/** A player-visible string: en and fr always; a third language needs no format change. */
export const Text = z.object({ en: NonEmpty, fr: NonEmpty }).catchall(NonEmpty);
const Quarter = z.number().int().min(1).max(40);
const Share = z.number().min(0).max(1);
const Point = z.tuple([Share, Share]);

export type Condition =
  | { readonly flag: string }
  | { readonly notFlag: string }
  | { readonly driver: (typeof DRIVER_IDS)[number]; readonly above: number }
  | { readonly driver: (typeof DRIVER_IDS)[number]; readonly below: number }
  | { readonly meter: (typeof METER_IDS)[number]; readonly above: number }
  | { readonly meter: (typeof METER_IDS)[number]; readonly below: number }
  | { readonly benchmark: string }
  | { readonly reason: 'lastTurn' | 'collapse' | 'consentWithdrawn' }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

const Level = z.number().min(0).max(100);
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ flag: Slug }),
    z.strictObject({ notFlag: Slug }),
    z.strictObject({ driver: z.enum(DRIVER_IDS), above: Level }),
    z.strictObject({ driver: z.enum(DRIVER_IDS), below: Level }),
    z.strictObject({ meter: z.enum(METER_IDS), above: Level }),
    z.strictObject({ meter: z.enum(METER_IDS), below: Level }),
    z.strictObject({ benchmark: Slug }),
    z.strictObject({ reason: z.enum(['lastTurn', 'collapse', 'consentWithdrawn']) }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  ]),
);

export const EffectSchema = z.strictObject({
  target: z.enum(DRIVER_IDS), // options move hidden drivers only
  delta: z.number().min(-100).max(100),
  delay: z.number().int().min(0), // quarters; 0 = this quarter's resolution
  duration: z.number().int().min(1).optional(), // the delta applies in each of n consecutive quarters
  when: ConditionSchema.optional(), // evaluated when the effect lands; false = it lapses
  region: Slug.optional(), // where it lands (news and map); drivers stay national
});
export const IncidentEffectSchema = EffectSchema.extend({ target: z.enum([...DRIVER_IDS, ...METER_IDS]) });

/** A flag an option sets: a plain id stays set; `{id, quarters}` stays set for that many quarters. */
export const FlagRefSchema = z.union([Slug, z.strictObject({ id: Slug, quarters: Quarter })]);

const Citation = z
  .string()
  .regex(/^00[0-4] \S.*$/, 'cite in the digest code form, e.g. "001 §Vetting security forces"');

export const OptionSchema = z.strictObject({
  id: Slug,
  label: Text,
  tags: z.array(z.string()).min(1),
  cost: z.number().int().min(0).max(10),
  consentCost: z.number().min(0).max(100).optional(),
  effects: z.array(EffectSchema),
  flags: z.array(FlagRefSchema).optional(),
  outputs: z.record(Slug, z.number()).optional(),
  note: Text,
  cites: z.array(Citation).min(1, 'every option cites the seed passage behind its effects'),
  quote: z.string().optional(),
  inferred: z.boolean().optional(),
});

export const DecisionSchema = z.strictObject({
  id: Slug,
  title: Text,
  prompt: Text,
  turn: Quarter.optional(),
  from: Quarter.optional(),
  to: Quarter.optional(),
  when: ConditionSchema.optional(),
  region: Slug.optional(),
  options: z.array(OptionSchema).min(2),
});

const IncidentBase = {
  id: Slug,
  title: Text,
  prompt: Text,
  when: ConditionSchema.optional(),
  from: Quarter.optional(),
  to: Quarter.optional(),
  weight: z.number().min(0).default(1),
  cooldown: z.number().int().min(0).optional(), // quarters before it can be drawn again
  once: z.boolean().optional(),
  region: Slug.optional(),
  actors: z.array(Slug).optional(),
  effects: z.array(IncidentEffectSchema).optional(),
  cites: z.array(Citation).min(1),
  quote: z.string().optional(),
  inferred: z.boolean().optional(),
};
export const CrisisSchema = z.strictObject({
  kind: z.literal('crisis'),
  ...IncidentBase,
  defaultOptionId: Slug,
  options: z.array(OptionSchema).min(2),
});
export const NewsSchema = z.strictObject({ kind: z.literal('news'), ...IncidentBase });
export const IncidentSchema = z.discriminatedUnion('kind', [CrisisSchema, NewsSchema]);

export const RegionSchema = z.strictObject({
  id: Slug,
  name: Text,
  threatShare: Share,
  forcesShare: Share,
  polygon: z.array(Point).min(3),
  label: Point,
  capital: Point.optional(),
});

export const ActorSchema = z.strictObject({
  id: Slug,
  name: Text,
  wants: Text,
  region: Slug.optional(),
  location: Point.optional(),
  cites: z.array(Citation).optional(),
});

export const BenchmarkSchema = z.strictObject({
  id: Slug,
  term: z.enum(['short', 'medium', 'long']),
  title: Text,
  when: ConditionSchema,
  by: Quarter.optional(), // the quarter by which it must be met; default the last quarter
  cites: z.array(Citation).min(1),
});

export const MandateChangeSchema = z.strictObject({
  id: Slug,
  when: ConditionSchema.optional(),
  trigger: z.literal('consentFloor').optional(), // also fires when consent is below the consentFloor coefficient
  title: Text,
  text: Text,
  suspendLevers: z.array(z.enum(LEVERS)).optional(),
  suspendQuarters: Quarter.optional(),
  effects: z.array(EffectSchema).optional(),
  flags: z.array(FlagRefSchema).optional(),
  cites: z.array(Citation).min(1),
});

export const EndingSchema = z.strictObject({
  id: Slug,
  when: ConditionSchema.optional(), // the first ending whose condition holds is chosen; the last has none
  title: Text,
  text: Text,
  cites: z.array(Citation).optional(),
});

/** Coefficients that are shares of something per quarter: above 1 they would overshoot (a meter past its target). */
const AT_MOST_ONE: ReadonlySet<CoefficientId> = new Set([
  'meterResponse',
  'vettingDecayRate',
  'oversightLiftRate',
  'ownershipDecayRate',
  'ownershipAnchorShare',
  'fiscalRecovery',
  'redeploymentRate',
  'coherenceDecayRate',
  'consentRecovery',
  'mitigationMax',
]);
const coefficient = (id: CoefficientId) =>
  (AT_MOST_ONE.has(id) ? z.number().min(0).max(1) : z.number().min(0)).optional();
const Coefficients = z.strictObject(
  Object.fromEntries(COEFFICIENT_IDS.map((id) => [id, coefficient(id)])) as Record<
    CoefficientId,
    z.ZodOptional<z.ZodNumber>
  >,
);

export const ScenarioSchema = z.strictObject({
  formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
  id: Slug,
  version: z.number().int().min(1),
  title: Text,
  turns: z.number().int().min(8).max(40),
  startingDrivers: z.strictObject(
    Object.fromEntries(DRIVER_IDS.map((id) => [id, Level])) as Record<
      (typeof DRIVER_IDS)[number],
      typeof Level
    >,
  ),
  coefficients: Coefficients.optional(),
  capitalPerQuarter: z.number().int().min(1).max(20),
  handSize: z.number().int().min(1).max(8),
  regions: z.array(RegionSchema).min(1),
  actors: z.array(ActorSchema),
  decisions: z.array(DecisionSchema).min(1),
  incidents: z.array(IncidentSchema),
  benchmarks: z.array(BenchmarkSchema),
  mandateReviews: z.array(MandateChangeSchema),
  endings: z.array(EndingSchema).min(1),
  objectives: z
    .array(z.strictObject({ id: Slug, text: Text }))
    .min(3)
    .max(5),
  questions: z.array(z.strictObject({ id: Slug, text: Text, cites: z.array(Citation).optional() })),
  tutorial: z.array(z.strictObject({ id: Slug, text: Text })),
  briefing: z.strictObject({ blurb: Text, situation: Text, history: Text, mandate: Text }),
  glossary: z.array(z.strictObject({ id: Slug, term: Text, definition: Text })).optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type IncidentEffect = z.infer<typeof IncidentEffectSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Crisis = z.infer<typeof CrisisSchema>;
export type FlagRef = z.infer<typeof FlagRefSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type MandateChange = z.infer<typeof MandateChangeSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type LocalText = z.infer<typeof Text>;
