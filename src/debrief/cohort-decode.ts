// Loading a cohort (DESIGN §6, issue 10): the run codes decoded, each problem in words both languages can
// say, and each run replayed keeping every quarter's table. cohort.ts compares the runs.
import type { Scenario } from '../content/scenario.schema';
import type { SessionLog } from '../sim/replay';
import { decodeRunCode, peekRunCode } from '../sim/run-code';
import type { SimEvent } from '../sim/sim-events';
import { openSession, type QuarterState, type SimState } from '../sim/sim-state';
import { step } from '../sim/step';
import { shortCode, type CohortItem } from './cohort-input';
import type { DebriefRun } from './run';
import { seriesOf, type RunSeries } from './timeline';

/** One run of the cohort, replayed. */
export interface CohortRun {
  readonly code: string;
  readonly log: SessionLog;
  readonly notes?: Readonly<Record<string, string>>;
  readonly series: RunSeries;
  readonly endingId: string | undefined;
  /** Per quarter played, what was on the table and what was decided (the state just before it ended). */
  readonly quarters: readonly QuarterState[];
  /** Crisis answers taken by default (the timer ran out, or the quarter ended unanswered): `turn/decisionId`. */
  readonly defaulted: ReadonlySet<string>;
}

/** Why a code was not loaded, as an i18n key with values (both languages), plus the decoder's own words. */
export interface CohortProblem {
  readonly subject: string;
  readonly key:
    | 'cohort.problem.notCode'
    | 'cohort.problem.truncated'
    | 'cohort.problem.checksum'
    | 'cohort.problem.format'
    | 'cohort.problem.unknownPack'
    | 'cohort.problem.packVersion'
    | 'cohort.problem.otherPack'
    | 'cohort.problem.invalid';
  readonly values?: Readonly<Record<string, string | number>>;
  readonly detail: string;
}

/**
 * The pack ids the items need, most common first (from each code's header, no pack needed), so the page
 * can load just those packs before {@linkcode decodeCohort}.
 */
export function packsNeeded(items: readonly CohortItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const peeked = peekRunCode(item.code);
    if (peeked.ok) counts.set(peeked.header.scenarioId, (counts.get(peeked.header.scenarioId) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** A decoder's reason as a key both languages can say. */
export function classifyReason(subject: string, reason: string): CohortProblem {
  const base = { subject, detail: reason };
  let match: RegExpExecArray | null;
  if (reason.startsWith('not a run code')) return { ...base, key: 'cohort.problem.notCode' };
  if ((match = /^truncated: (\d+)(?: of its (\d+))?/.exec(reason)))
    return { ...base, key: 'cohort.problem.truncated', values: { length: Number(match[1]) } };
  if (reason.startsWith('checksum mismatch')) return { ...base, key: 'cohort.problem.checksum' };
  if ((match = /^made by run-code format v(\d+)/.exec(reason)))
    return { ...base, key: 'cohort.problem.format', values: { version: Number(match[1]) } };
  if ((match = /^unknown scenario "([^"]*)"/.exec(reason)))
    return { ...base, key: 'cohort.problem.unknownPack', values: { scenario: match[1]! } };
  if ((match = /^played on (\S+) v(\d+); this game has v(\d+)/.exec(reason)))
    return {
      ...base,
      key: 'cohort.problem.packVersion',
      values: { scenario: match[1]!, played: Number(match[2]), current: Number(match[3]) },
    };
  return { ...base, key: 'cohort.problem.invalid' };
}

/**
 * Decodes and replays the items against `scenario` (the cohort's pack; none when no pack could load). A code that does not decode is a
 * problem with its reason; a valid code of another pack is a problem too (`otherPack`: load it separately).
 */
export function decodeCohort(
  items: readonly CohortItem[],
  scenario: Scenario | undefined,
  packOf: (scenarioId: string) => Scenario | undefined = (id) => (id === scenario?.id ? scenario : undefined),
): { runs: CohortRun[]; problems: CohortProblem[] } {
  const runs: CohortRun[] = [];
  const problems: CohortProblem[] = [];
  for (const item of items) {
    const subject = item.fileName ? `${item.fileName} (${shortCode(item.code)})` : shortCode(item.code);
    const decoded = decodeRunCode(item.code, packOf);
    if (!decoded.ok) {
      problems.push(classifyReason(subject, decoded.reason));
      continue;
    }
    if (scenario === undefined || decoded.log.scenarioId !== scenario.id) {
      problems.push({
        subject,
        key: 'cohort.problem.otherPack',
        values: { scenario: decoded.log.scenarioId },
        detail: `a run of ${decoded.log.scenarioId}, not ${scenario?.id ?? 'this cohort'}`,
      });
      continue;
    }
    runs.push(cohortRunOf(item, decoded.log, scenario));
  }
  return { runs, problems };
}

/** Replays one log as `replay()` does, keeping each quarter's table (hand, crisis, choices and votes). */
export function cohortRunOf(
  item: Pick<CohortItem, 'code' | 'notes'>,
  log: SessionLog,
  scenario: Scenario,
): CohortRun {
  const opened = openSession(scenario, log);
  let state: SimState = opened.state;
  const events: SimEvent[] = [...opened.events];
  const quarters: QuarterState[] = [];
  for (const input of log.inputs) {
    if (input.type === 'turn.ended' && state.status === 'running') quarters.push(state.quarter);
    const result = step(state, input, scenario);
    state = result.state;
    events.push(...result.events);
  }
  const run: DebriefRun = { log, state, events };
  const defaulted = new Set(
    events.flatMap((e) => (e.type === 'option.defaulted' ? [`${e.turn}/${e.decisionId}`] : [])),
  );
  return {
    code: item.code,
    log,
    ...(item.notes ? { notes: item.notes } : {}),
    series: seriesOf(run, scenario),
    endingId: state.ending?.id,
    quarters,
    defaulted,
  };
}
