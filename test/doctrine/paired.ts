import type { Scenario } from '../../src/content/scenario.schema';
import type { DriverId } from '../../src/sim/drivers';
import type { MeterId } from '../../src/sim/meters';
import { playSession } from '../../src/sim/play';
import type { QuarterRecord } from '../../src/sim/sim-state';
import { playScripted, type DoctrinePolicy } from './scripted';

/** One seed's run: its quarter records, padded to `turns` (a run that ended early holds its last values). */
export interface SeedRun {
  readonly seed: string;
  readonly quarters: readonly QuarterRecord[];
}

/** A policy's runs over seeds `${seed}.0 … ${seed}.${runs - 1}`: run i of two results is the same seed. */
export interface PairedRuns {
  readonly policy: string;
  readonly turns: number;
  readonly runs: readonly SeedRun[];
}

export interface PairedOptions {
  readonly runs: number;
  readonly seed: string;
  readonly turns?: number;
}

// Several claims share an arm (accountability-first, mitigate…) on the same pack object: play it once.
const memo = new WeakMap<Scenario, Map<string, PairedRuns>>();

/** Plays `policy` on `scenario` once per seed, with events off (only `state.history` is read). */
export function runPaired(
  scenario: Scenario,
  policy: DoctrinePolicy,
  { runs, seed, turns = 12 }: PairedOptions,
): PairedRuns {
  const key = `${policyKey(policy)}|${seed}|${runs}|${turns}`;
  let byKey = memo.get(scenario);
  if (!byKey) memo.set(scenario, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const results: SeedRun[] = [];
  for (let i = 0; i < runs; i++) {
    const settings = { turns, difficulty: 'normal' as const, seed: `${seed}.${i}` };
    const state =
      typeof policy === 'object' && 'script' in policy
        ? playScripted(scenario, settings, policy)
        : playSession(scenario, settings, policy, false).state;
    const last = state.history[state.history.length - 1];
    if (!last) throw new Error(`seed ${settings.seed}: the run resolved no quarter`);
    const quarters = Array.from({ length: turns }, (_, q) => state.history[q] ?? last);
    results.push({ seed: settings.seed, quarters });
  }
  const paired: PairedRuns = { policy: policyName(policy), turns, runs: results };
  byKey.set(key, paired);
  return paired;
}

export function policyName(policy: DoctrinePolicy): string {
  return policy === 'random' ? 'random' : policy.name;
}

function policyKey(policy: DoctrinePolicy): string {
  if (policy === 'random') return 'random';
  return 'script' in policy ? `script:${policy.name}` : JSON.stringify(policy);
}

/** What a measure reads in one quarter: a meter, a driver, the composite or harm by state forces. */
export type Series = MeterId | DriverId | 'composite' | 'harmByState';

function valueOf(record: QuarterRecord, series: Series): number {
  if (series === 'composite')
    return record.meters.security + record.meters.legitimacy - record.meters.civilianHarm;
  if (series === 'harmByState') return record.harm.state;
  if (series in record.meters) return record.meters[series as MeterId];
  return record.drivers[series as DriverId];
}

/** A number per run, named for messages. */
export interface Measure {
  readonly label: string;
  of(run: SeedRun): number;
}

/** The mean of `series` over quarters `from`..`to` (1-based, inclusive). */
export function over(from: number, to: number, series: Series): Measure {
  return {
    label: `${series} over quarters ${from}–${to}`,
    of: (run) => {
      let sum = 0;
      for (let q = from; q <= to; q++) sum += valueOf(run.quarters[q - 1]!, series);
      return sum / (to - from + 1);
    },
  };
}

/** "Now": the mean of quarters 2–3. */
export const now = (series: Series): Measure => ({ ...over(2, 3, series), label: `${series} now (Q2–3)` });

/** "Later": the last quarter. */
export const later = (series: Series): Measure => ({
  label: `${series} later (last quarter)`,
  of: (run) => valueOf(run.quarters[run.quarters.length - 1]!, series),
});

/** Paired difference of `measure` (a − b) over the seeds both results share, in run order. */
export interface Comparison {
  readonly label: string; // "a vs b: measure"
  readonly mean: number;
  readonly se: number;
  readonly n: number;
  readonly holds: boolean;
}

/** The one threshold of every claim (issue 2): points on the 0–100 scale. */
export const MIN_DIFFERENCE = 2;

/**
 * The ONE rule of every doctrine claim: `a` is higher than `b` on `measure` when the paired difference of
 * means is ≥ 2 points and more than twice its standard error (the sample SD of the paired differences / √n).
 */
export function compare(a: PairedRuns, b: PairedRuns, measure: Measure): Comparison {
  if (a.runs.length !== b.runs.length || a.runs.some((run, i) => run.seed !== b.runs[i]?.seed))
    throw new Error(`${a.policy} and ${b.policy} were not played on the same seeds`);
  const n = a.runs.length;
  const diffs = a.runs.map((run, i) => measure.of(run) - measure.of(b.runs[i]!));
  const mean = diffs.reduce((sum, d) => sum + d, 0) / n;
  const variance = diffs.reduce((sum, d) => sum + (d - mean) * (d - mean), 0) / (n - 1);
  const se = Math.sqrt(variance / n);
  return {
    label: `${a.policy} vs ${b.policy}: ${measure.label}`,
    mean,
    se,
    n,
    holds: mean >= MIN_DIFFERENCE && mean > 2 * se,
  };
}

export function summarise(comparison: Comparison): string {
  const { label, mean, se, n } = comparison;
  return `${label}: paired difference ${mean.toFixed(2)} (SE ${se.toFixed(2)}, n ${n})`;
}

/** Fails unless `a` is higher than `b` on `measure` by {@linkcode compare}'s rule. */
export function expectHigher(a: PairedRuns, b: PairedRuns, measure: Measure): Comparison {
  const comparison = compare(a, b, measure);
  if (!comparison.holds)
    throw new Error(`expected ≥ ${MIN_DIFFERENCE} points and > 2 SE — ${summarise(comparison)}`);
  return comparison;
}
