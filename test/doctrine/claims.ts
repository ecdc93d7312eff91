import { readFileSync } from 'node:fs';
import type { Scenario } from '../../src/content/scenario.schema';
import { COEFFICIENT_IDS, resolveCoefficients, type CoefficientId } from '../../src/sim/defaults';
import { parsePolicy, type TagPolicy } from '../../src/sim/policy';
import { nextFloat, rngFor } from '../../src/sim/rng';
import { immediateOnly, loadFixture } from '../support/fixture';
import { compare, runPaired, summarise, type Comparison, type Measure, type PairedRuns } from './paired';
import type { DoctrinePolicy } from './scripted';

/** A policy of test/doctrine/policies/, in DESIGN §5's file format, read through the CLI's own parser. */
export function policy(name: string): TagPolicy {
  const text = readFileSync(new URL(`./policies/${name}.json`, import.meta.url), 'utf8');
  const parsed = parsePolicy(JSON.parse(text));
  if (!parsed.ok) throw new Error(`policies/${name}.json: ${parsed.message}`);
  if (parsed.policy === 'random') throw new Error(`policies/${name}.json: a doctrine policy prefers tags`);
  return parsed.policy;
}

export const SEEDS = { seed: 'doctrine', runs: 200 } as const; // doctrine.0 … doctrine.199
export const PERTURBED_SEEDS = { seed: 'doctrine', runs: 100 } as const; // doctrine.0 … doctrine.99
export const PERTURBATIONS = 10;
export const PERTURBED_NEEDED = 9; // the claim holds in at least 9 of the 10 perturbed packs
// A claim plays up to ~2,800 sessions (3–5 s alone on the 2-core machine); Vitest's default 5 s is too tight.
export const CLAIM_TIMEOUT_MS = 120_000;

/**
 * The pack with every coefficient (the defaults with the pack's overrides) scaled by its own seeded factor
 * in [0.8, 1.2], drawn from the stream of seed `perturb.<k>` in the order of `COEFFICIENT_IDS`.
 * Memoised, so claims in one file share the perturbed pack and its runs.
 */
export function perturbed(scenario: Scenario, k: number): Scenario {
  let byK = perturbedPacks.get(scenario);
  if (!byK) perturbedPacks.set(scenario, (byK = new Map()));
  const cached = byK.get(k);
  if (cached) return cached;
  const base = resolveCoefficients(scenario.coefficients);
  let rng = rngFor(`perturb.${k}`, 0, 'noise');
  const coefficients = {} as Record<CoefficientId, number>;
  for (const id of COEFFICIENT_IDS) {
    let roll: number;
    [roll, rng] = nextFloat(rng);
    coefficients[id] = base[id] * (0.8 + 0.4 * roll);
  }
  const pack: Scenario = { ...scenario, coefficients };
  byK.set(k, pack);
  return pack;
}
const perturbedPacks = new WeakMap<Scenario, Map<number, Scenario>>();

/** `immediateOnly(scenario)`, one object per pack so runs shared by claims are played once. */
function immediate(scenario: Scenario): Scenario {
  let pack = immediatePacks.get(scenario);
  if (!pack) immediatePacks.set(scenario, (pack = immediateOnly(scenario)));
  return pack;
}
const immediatePacks = new WeakMap<Scenario, Scenario>();

/** One check of a claim: `higher` is the arm expected to be higher on `measure`. */
export interface Check {
  readonly measure: Measure;
  readonly higher: 'a' | 'b';
}

/**
 * A causal claim as a comparison between two policies. It holds when every check of `all` holds, or (for
 * "legitimacy or security higher later") when at least one check of `any` holds.
 */
export interface Claim {
  readonly a: DoctrinePolicy;
  readonly b: DoctrinePolicy;
  readonly all?: readonly Check[];
  readonly any?: readonly Check[];
  /** A model-level claim must also hold when options have only delay-0 effects. */
  readonly modelLevel?: boolean;
}

interface Verdict {
  readonly holds: boolean;
  readonly comparisons: readonly Comparison[];
}

function judge(claim: Claim, a: PairedRuns, b: PairedRuns): Verdict {
  const run = ({ measure, higher }: Check) =>
    higher === 'a' ? compare(a, b, measure) : compare(b, a, measure);
  const all = (claim.all ?? []).map(run);
  const any = (claim.any ?? []).map(run);
  const holds = all.every((c) => c.holds) && (any.length === 0 || any.some((c) => c.holds));
  return { holds, comparisons: [...all, ...any] };
}

function verdictOn(claim: Claim, scenario: Scenario, seeds: { seed: string; runs: number }): Verdict {
  return judge(claim, runPaired(scenario, claim.a, seeds), runPaired(scenario, claim.b, seeds));
}

const lines = (verdict: Verdict) => verdict.comparisons.map((c) => `    ${summarise(c)}`).join('\n');

// DOCTRINE_REPORT=1 prints every measured comparison on stderr (the table the sim engineer reads).
const report = (variant: string, verdict: Verdict) => {
  if (process.env.DOCTRINE_REPORT)
    process.stderr.write(`  [${variant}] ${verdict.holds ? 'holds' : 'FAILS'}\n${lines(verdict)}\n`);
};

/**
 * Fails unless `claim` holds on the pack (the fixture unless another is given) (≥ 200 paired seeds), on its immediate-only copy when the
 * claim is model-level, and in at least 9 of 10 perturbed packs (≥ 100 paired seeds each).
 */
export function expectClaim(claim: Claim, fixture: Scenario = loadFixture()): void {
  const failures: string[] = [];
  const variants: [string, Scenario, { seed: string; runs: number }][] = [[fixture.id, fixture, SEEDS]];
  if (claim.modelLevel) variants.push(['immediate-only', immediate(fixture), SEEDS]);
  for (const [variant, scenario, seeds] of variants) {
    const verdict = verdictOn(claim, scenario, seeds);
    report(variant, verdict);
    if (!verdict.holds) failures.push(`on the ${variant} pack:\n${lines(verdict)}`);
  }
  const perturbedFailures: string[] = [];
  for (let k = 0; k < PERTURBATIONS; k++) {
    const verdict = verdictOn(claim, perturbed(fixture, k), PERTURBED_SEEDS);
    report(`perturbed ${k}`, verdict);
    if (!verdict.holds) perturbedFailures.push(`  perturbed ${k}:\n${lines(verdict)}`);
  }
  if (perturbedFailures.length > PERTURBATIONS - PERTURBED_NEEDED)
    failures.push(
      `in ${PERTURBATIONS - perturbedFailures.length} of ${PERTURBATIONS} perturbed packs (${PERTURBED_NEEDED} needed):\n` +
        perturbedFailures.join('\n'),
    );
  if (failures.length > 0) throw new Error(`the claim does not hold ${failures.join('\n')}`);
}
