import type { Benchmark, Scenario } from '../content/scenario.schema';
import { DRIVER_IDS, type DriverId } from '../sim/drivers';
import { optionOf } from '../sim/lookup';
import { objectivesOf, type ObjectiveResult } from './objectives';
import { startOf, type DebriefRun } from './run';

/** A benchmark's term (DESIGN §2: short, medium, long). */
export type Term = Benchmark['term'];
/** The terms, shortest first. */
export const TERMS: readonly Term[] = ['short', 'medium', 'long'];

/** The weight of a benchmark in the score, by term (DESIGN §6, issue 9): long-term reform counts most. */
export const TERM_WEIGHTS: Readonly<Record<Term, number>> = { short: 1, medium: 2, long: 3 };

/**
 * THE score of a run (DESIGN §6) — one definition, shared by the debrief, the report, SCORM and cmi5: the
 * weighted share of the pack's benchmarks met, on 0–100,
 *
 *   score = 100 × Σ_met w(term) / Σ_all w(term),   w(short) = 1, w(medium) = 2, w(long) = 3.
 *
 * `met` is `state.benchmarks` (benchmark id → quarter met); a benchmark counts when it was met by its `by`
 * quarter (the sim checks no later), so the after-hand-over step adds nothing. Unrounded: round only for
 * display (`Math.round`) or convert at the edge (SCORM's scaled score is `score / 100`). A pack without
 * benchmarks scores 0.
 *
 * @example
 * // 2 of 3 short, 1 of 2 medium, 0 of 1 long: (2·1 + 1·2 + 0·3) / (3·1 + 2·2 + 1·3) = 4/10 → 40
 * scoreOf(scenario, state.benchmarks);
 */
export function scoreOf(scenario: Scenario, met: Readonly<Record<string, number>>): number {
  let points = 0;
  let max = 0;
  for (const benchmark of scenario.benchmarks) {
    const weight = TERM_WEIGHTS[benchmark.term];
    max += weight;
    if (met[benchmark.id] !== undefined) points += weight;
  }
  return max === 0 ? 0 : (100 * points) / max;
}

/** One benchmark's outcome: met (and in which quarter) or missed, and the quarter it was due by. */
export interface BenchmarkOutcome {
  readonly id: string;
  readonly term: Term;
  readonly met: boolean;
  readonly turn?: number;
  readonly by: number;
}

/** An output counter (personnel trained, projects delivered…) and the choices that added to it. */
export interface VanityIndicator {
  readonly counter: string;
  readonly value: number;
  readonly from: readonly {
    readonly decisionId: string;
    readonly optionId: string;
    readonly turn: number;
    readonly amount: number;
  }[];
}

/** A hidden driver revealed: at the start, at the end of the last quarter, and after hand-over. */
export interface DriverReveal {
  readonly driver: DriverId;
  readonly start: number;
  readonly end: number;
  readonly afterHandover?: number;
  /** Whether the trainee could see it during play (only consent is shown, as host consent). */
  readonly shownDuringPlay: boolean;
}

/**
 * The drivers shown beside the vanity counters: they measure what training numbers do not — internal
 * control (accountability), external control (oversight) and communities' trust in the mission.
 */
export const ACCOUNTABILITY_DRIVERS: readonly DriverId[] = ['accountability', 'oversight', 'trust'];

/** The benchmark scorecard of one run (see {@linkcode scorecardOf}). */
export interface Scorecard {
  /** {@linkcode scoreOf}: 0–100, unrounded. */
  readonly score: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly benchmarks: Readonly<Record<Term, readonly BenchmarkOutcome[]>>;
  readonly byTerm: Readonly<Record<Term, { readonly met: number; readonly total: number }>>;
  /** Output counters, by counter id. */
  readonly vanity: readonly VanityIndicator[];
  /** The {@linkcode ACCOUNTABILITY_DRIVERS}, and harm by state forces, start vs end. */
  readonly accountability: readonly DriverReveal[];
  readonly harmByState: { readonly start: number; readonly end: number; readonly afterHandover?: number };
  /** All eleven hidden drivers (DESIGN §3: revealed in the debrief). */
  readonly drivers: readonly DriverReveal[];
  readonly objectives: readonly ObjectiveResult[];
  readonly ending?: { readonly id: string; readonly reason: string; readonly turn: number };
}

/** The benchmark scorecard of a run (DESIGN §2 step 6, §6), derived from its replay and the pack. */
export function scorecardOf(run: DebriefRun, scenario: Scenario): Scorecard {
  const { state } = run;
  const start = startOf(run, scenario);
  const last = state.history.at(-1) ?? start;
  const after = state.afterHandover;
  const outcomes = scenario.benchmarks.map((b): BenchmarkOutcome => ({
    id: b.id,
    term: b.term,
    met: state.benchmarks[b.id] !== undefined,
    ...(state.benchmarks[b.id] === undefined ? {} : { turn: state.benchmarks[b.id] }),
    by: b.by ?? state.settings.turns,
  }));
  const byTerm = (term: Term) => outcomes.filter((o) => o.term === term);
  const points = outcomes.reduce((sum, o) => sum + (o.met ? TERM_WEIGHTS[o.term] : 0), 0);
  const maxPoints = outcomes.reduce((sum, o) => sum + TERM_WEIGHTS[o.term], 0);
  const reveal = (driver: DriverId): DriverReveal => ({
    driver,
    start: start.drivers[driver],
    end: last.drivers[driver],
    ...(after ? { afterHandover: after.drivers[driver] } : {}),
    shownDuringPlay: driver === 'consent',
  });
  return {
    score: scoreOf(scenario, state.benchmarks),
    points,
    maxPoints,
    benchmarks: { short: byTerm('short'), medium: byTerm('medium'), long: byTerm('long') },
    byTerm: Object.fromEntries(
      TERMS.map((term) => [
        term,
        { met: byTerm(term).filter((o) => o.met).length, total: byTerm(term).length },
      ]),
    ) as Record<Term, { met: number; total: number }>,
    vanity: vanityOf(run, scenario),
    accountability: ACCOUNTABILITY_DRIVERS.map(reveal),
    harmByState: {
      start: start.harm.state,
      end: last.harm.state,
      ...(after ? { afterHandover: after.harm.state } : {}),
    },
    drivers: DRIVER_IDS.map(reveal),
    objectives: objectivesOf(run, scenario),
    ...(state.ending ? { ending: { ...state.ending } } : {}),
  };
}

/** The output counters of the options the run applied, with where each amount came from. */
function vanityOf(run: DebriefRun, scenario: Scenario): VanityIndicator[] {
  const counters = new Map<string, { value: number; from: VanityIndicator['from'][number][] }>();
  for (const event of run.events) {
    if (event.type !== 'option.applied') continue;
    const option = optionOf(scenario, event.decisionId, event.optionId);
    for (const [counter, amount] of Object.entries(option?.outputs ?? {})) {
      const entry = counters.get(counter) ?? { value: 0, from: [] };
      entry.value += amount;
      entry.from.push({ decisionId: event.decisionId, optionId: event.optionId, turn: event.turn, amount });
      counters.set(counter, entry);
    }
  }
  return [...counters]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([counter, entry]) => ({ counter, value: entry.value, from: entry.from }));
}
