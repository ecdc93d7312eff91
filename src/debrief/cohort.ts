// The cohort debrief (DESIGN §6, issue 10): many runs of one pack (decoded and replayed by cohort-decode.ts)
// compared — trajectories, the choices at each decision, endings, the runs that diverged most and the
// decisions where the room split. Structured data, unrounded; the view words and rounds it.
import type { Scenario } from '../content/scenario.schema';
import { METER_IDS, type MeterId } from '../sim/meters';
import type { CohortRun } from './cohort-decode';

/** How one option of a decision fared across the cohort. */
export interface OptionTally {
  /** An option id, or `null` for "not funded" (an initiative in hand that got nothing). */
  readonly optionId: string | null;
  /** Runs that chose it (a crisis answered by default counts, and is also in `defaulted`). */
  readonly runs: number;
  readonly defaulted: number;
  /** Group votes cast for it, summed over the runs that recorded votes for this decision. */
  readonly votes: number;
  /** The codes of the runs that chose it. */
  readonly codes: readonly string[];
  /** The mean final value of each meter over those runs. */
  readonly meanEnd: Readonly<Record<MeterId, number>>;
}

/** One decision (a card or a crisis) as the cohort met it. */
export interface CohortDecision {
  readonly decisionId: string;
  readonly kind: 'crisis' | 'initiative';
  /** The first quarter any run met it. */
  readonly firstTurn: number;
  /** Runs that had it on the table (at least once). */
  readonly offered: number;
  /** Largest first, then by option order in the pack; "not funded" last. */
  readonly options: readonly OptionTally[];
  /** How evenly the runs split: 1 − the largest option's share (0 = unanimous). */
  readonly split: number;
  /** Votes cast against the option each run took, summed over runs with votes (group dissent). */
  readonly dissent: number;
  readonly votesCast: number;
}

/** The whole cohort, compared. */
export interface Cohort {
  readonly scenarioId: string;
  readonly runs: readonly CohortRun[];
  /** Longest series length over the runs (start, quarters, after hand-over). */
  readonly steps: number;
  /** The mean of each meter per step over the runs that reached it. */
  readonly mean: Readonly<Record<MeterId, readonly number[]>>;
  readonly endings: readonly { readonly endingId: string; readonly runs: number }[];
  readonly decisions: readonly CohortDecision[];
  /** The runs farthest from the cohort's mean trajectory, farthest first, with their distance. */
  readonly divergent: readonly { readonly code: string; readonly distance: number }[];
  /** The decisions where the cohort split most (≥ 2 runs on each of two options), most split first. */
  readonly splits: readonly CohortDecision[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

const finalValue = (run: CohortRun, meter: MeterId) => run.series.meters[meter].at(-1) ?? 0;

/** The runs of one pack compared (see {@linkcode Cohort}); `top` bounds the divergent runs and splits listed. */
export function cohortOf(runs: readonly CohortRun[], scenario: Scenario, top = 3): Cohort {
  const steps = Math.max(0, ...runs.map((run) => run.series.turns.length));
  const meanSeries = Object.fromEntries(
    METER_IDS.map((meter) => [
      meter,
      Array.from({ length: steps }, (_, i) =>
        mean(
          runs.flatMap((run) => (i < run.series.meters[meter].length ? [run.series.meters[meter][i]!] : [])),
        ),
      ),
    ]),
  ) as Record<MeterId, number[]>;

  const endingCounts = new Map<string, number>();
  for (const run of runs)
    if (run.endingId) endingCounts.set(run.endingId, (endingCounts.get(run.endingId) ?? 0) + 1);
  const endingOrder = scenario.endings.map((ending) => ending.id);
  const endings = [...endingCounts.entries()]
    .map(([endingId, count]) => ({ endingId, runs: count }))
    .sort((a, b) => b.runs - a.runs || endingOrder.indexOf(a.endingId) - endingOrder.indexOf(b.endingId));

  const decisions = decisionsOf(runs, scenario);
  const divergent = runs
    .map((run) => ({ code: run.code, distance: distanceFromMean(run, meanSeries) }))
    .sort((a, b) => b.distance - a.distance || a.code.localeCompare(b.code))
    .slice(0, Math.min(top, runs.length > 2 ? runs.length : 0));
  const splits = decisions
    .filter((d) => d.options.filter((o) => o.runs >= 2).length >= 2)
    .sort((a, b) => b.split - a.split || a.firstTurn - b.firstTurn)
    .slice(0, top);
  return { scenarioId: scenario.id, runs, steps, mean: meanSeries, endings, decisions, divergent, splits };
}

/** Root-mean-square distance of a run's three meters from the cohort mean, over the steps it reached. */
export function distanceFromMean(
  run: CohortRun,
  meanSeries: Readonly<Record<MeterId, readonly number[]>>,
): number {
  let sum = 0;
  let count = 0;
  for (const meter of METER_IDS) {
    run.series.meters[meter].forEach((value, i) => {
      const diff = value - (meanSeries[meter][i] ?? value);
      sum += diff * diff;
      count += 1;
    });
  }
  return count === 0 ? 0 : Math.sqrt(sum / count);
}

interface Seen {
  kind: 'crisis' | 'initiative';
  firstTurn: number;
  offered: Set<string>;
  chosen: Map<string, { codes: Set<string>; defaulted: number; votes: number }>;
  dissent: number;
  votesCast: number;
}

function decisionsOf(runs: readonly CohortRun[], scenario: Scenario): CohortDecision[] {
  const seen = new Map<string, Seen>();
  const entry = (decisionId: string, kind: Seen['kind'], turn: number): Seen => {
    let found = seen.get(decisionId);
    if (!found) {
      found = { kind, firstTurn: turn, offered: new Set(), chosen: new Map(), dissent: 0, votesCast: 0 };
      seen.set(decisionId, found);
    }
    found.firstTurn = Math.min(found.firstTurn, turn);
    return found;
  };
  for (const run of runs) {
    // An initiative kept in hand over several quarters counts once per run: its last choice, if any.
    const last = new Map<
      string,
      { optionId: string | null; turn: number; votes?: Readonly<Record<string, number>> }
    >();
    for (const quarter of run.quarters) {
      const table = [
        ...(quarter.crisis ? [{ id: quarter.crisis, kind: 'crisis' as const }] : []),
        ...quarter.hand.map((id) => ({ id, kind: 'initiative' as const })),
      ];
      for (const { id, kind } of table) {
        entry(id, kind, quarter.turn).offered.add(run.code);
        const choice = quarter.chosen.find((c) => c.decisionId === id);
        const previous = last.get(id);
        if (choice || !previous || previous.optionId === null)
          last.set(id, {
            optionId: choice?.optionId ?? null,
            turn: quarter.turn,
            ...(choice?.votes ? { votes: choice.votes } : {}),
          });
      }
    }
    // A crisis left open at the end of the quarter takes its default (step() applies it on turn.ended).
    for (const [id, choice] of last) {
      const decision = seen.get(id)!;
      let optionId = choice.optionId;
      const isDefault = run.defaulted.has(`${choice.turn}/${id}`);
      if (optionId === null && decision.kind === 'crisis') {
        const crisis = scenario.incidents.find((incident) => incident.id === id);
        optionId = crisis && crisis.kind === 'crisis' ? crisis.defaultOptionId : null;
      }
      const key = optionId ?? '';
      const tally = decision.chosen.get(key) ?? { codes: new Set<string>(), defaulted: 0, votes: 0 };
      tally.codes.add(run.code);
      if (isDefault) tally.defaulted += 1;
      decision.chosen.set(key, tally);
      if (choice.votes) {
        for (const [votedFor, count] of Object.entries(choice.votes)) {
          const voted = decision.chosen.get(votedFor) ?? { codes: new Set<string>(), defaulted: 0, votes: 0 };
          voted.votes += count;
          decision.chosen.set(votedFor, voted);
          decision.votesCast += count;
          if (votedFor !== optionId) decision.dissent += count;
        }
      }
    }
  }
  const byCode = new Map(runs.map((run) => [run.code, run]));
  const optionOrder = (decisionId: string): string[] => {
    const card =
      scenario.decisions.find((d) => d.id === decisionId) ??
      scenario.incidents.find((i) => i.id === decisionId && i.kind === 'crisis');
    return card && 'options' in card && card.options ? card.options.map((o) => o.id) : [];
  };
  return [...seen.entries()]
    .map(([decisionId, found]): CohortDecision => {
      const order = optionOrder(decisionId);
      const options = [...found.chosen.entries()]
        .map(([key, tally]): OptionTally => {
          const chosenRuns = [...tally.codes].map((code) => byCode.get(code)!);
          return {
            optionId: key === '' ? null : key,
            runs: tally.codes.size,
            defaulted: tally.defaulted,
            votes: tally.votes,
            codes: [...tally.codes],
            meanEnd: Object.fromEntries(
              METER_IDS.map((meter) => [meter, mean(chosenRuns.map((run) => finalValue(run, meter)))]),
            ) as Record<MeterId, number>,
          };
        })
        .sort(
          (a, b) =>
            b.runs - a.runs ||
            (a.optionId === null ? 1 : 0) - (b.optionId === null ? 1 : 0) ||
            order.indexOf(a.optionId ?? '') - order.indexOf(b.optionId ?? ''),
        );
      const offered = found.offered.size;
      const largest = Math.max(0, ...options.map((o) => o.runs));
      return {
        decisionId,
        kind: found.kind,
        firstTurn: found.firstTurn,
        offered,
        options,
        split: offered === 0 ? 0 : 1 - largest / offered,
        dissent: found.dissent,
        votesCast: found.votesCast,
      };
    })
    .sort(
      (a, b) => a.firstTurn - b.firstTurn || (a.kind === 'crisis' ? -1 : 0) - (b.kind === 'crisis' ? -1 : 0),
    );
}
