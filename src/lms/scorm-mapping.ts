import type { Scenario } from '../content/scenario.schema';
import { scoreOf } from '../debrief/scorecard';
import { resolveLanguage, type Language } from '../i18n/languages';
import type { SessionLog } from '../sim/replay';
import { encodeRunCode } from '../sim/run-code';
import type { SimState } from '../sim/sim-state';
import {
  decimalOf,
  formatLatency,
  formatTimestamp,
  SCORM_ELEMENTS,
  type ScormVersion,
} from './scorm-formats';

export type { ScormVersion } from './scorm-formats';

/** Data-model writes, in the order to apply them: `[element, value]` for `LMSSetValue` / `SetValue`. */
export type ScormWrites = readonly (readonly [element: string, value: string])[];

export { SCORM_ELEMENTS } from './scorm-formats';

/** `cmi.suspend_data` capacity: SCORM 1.2 CMIString4096; SCORM 2004 characterstring SPM 64,000. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 4096, '2004': 64_000 };

/** Whether a run code fits the version's `cmi.suspend_data` ({@linkcode SUSPEND_DATA_LIMIT}). */
export const fitsSuspendData = (version: ScormVersion, runCode: string): boolean =>
  runCode.length <= SUSPEND_DATA_LIMIT[version];

/**
 * Longest interaction id we write, in both versions: 1.2 `CMIIdentifier` allows 255; 2004's
 * long_identifier_type allows 4,000, but LMS tables commonly stop at 255.
 */
export const INTERACTION_ID_LIMIT = 255;

/** One `option.chosen` of a log as an LMS interaction; its id is unique in the log and stable on resume. */
export interface DecisionRecord {
  readonly id: string;
  readonly quarter: number;
  readonly decisionId: string;
  readonly optionId: string;
  /** Where the input sits in `log.inputs`: a resumed session records only the decisions after its code's. */
  readonly inputIndex: number;
}

/** When a decision was taken, given by the shell (`src/` reads no clock). */
export interface DecisionTiming {
  /** Epoch milliseconds when the option was chosen. */
  readonly at: number;
  /** Seconds from the decision being shown to the option chosen. */
  readonly latencySeconds: number;
}

// CMIIdentifier (1.2) has no spaces; keep ids to URL-safe characters, which both versions accept.
const idSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '-');

/**
 * Every `option.chosen` of the log (crises and initiatives) with an interaction id `q<quarter>-<decisionId>`:
 * characters outside `[A-Za-z0-9._-]` become `-`, ids are cut to {@linkcode INTERACTION_ID_LIMIT}, and a
 * repeat (a choice changed within its quarter, or two ids equal once cut) gets `-2`, `-3`… — so ids are
 * unique and, being derived from the log alone, the same after a resume.
 */
export function decisionsOf(log: SessionLog): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  const used = new Set<string>();
  let quarter = 1;
  log.inputs.forEach((input, inputIndex) => {
    if (input.type === 'turn.ended') quarter += 1;
    if (input.type !== 'option.chosen') return;
    const base = `q${quarter}-${idSafe(input.decisionId)}`.slice(0, INTERACTION_ID_LIMIT);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base.slice(0, INTERACTION_ID_LIMIT - `-${n}`.length)}-${n}`;
    used.add(id);
    records.push({ id, quarter, decisionId: input.decisionId, optionId: input.optionId, inputIndex });
  });
  return records;
}

/**
 * The writes recording `decisions` as `choice` interactions numbered from `firstIndex` (the LMS's
 * `cmi.interactions._count` after a resume; 0 on a first launch): id, type, timestamp, response (the
 * option id), result `neutral` and latency. `timings[i]` belongs to `decisions[i]`. In 2004 `id` and
 * `type` come first, as the data model requires before a response.
 */
export function interactionWrites(
  version: ScormVersion,
  decisions: readonly DecisionRecord[],
  timings: readonly DecisionTiming[],
  firstIndex: number,
  utcOffsetMinutes = 0,
): ScormWrites {
  if (timings.length !== decisions.length)
    throw new RangeError(`interactions: ${decisions.length} decisions but ${timings.length} timings`);
  return decisions.flatMap((decision, i) => {
    const n = `cmi.interactions.${firstIndex + i}`;
    const { at, latencySeconds } = timings[i] as DecisionTiming;
    const latency = formatLatency(version, latencySeconds);
    const when = formatTimestamp(version, at, utcOffsetMinutes);
    return version === '1.2'
      ? [
          [`${n}.id`, decision.id],
          [`${n}.type`, 'choice'],
          [`${n}.time`, when],
          [`${n}.student_response`, decision.optionId],
          [`${n}.result`, 'neutral'],
          [`${n}.latency`, latency],
        ]
      : [
          [`${n}.id`, decision.id],
          [`${n}.type`, 'choice'],
          [`${n}.timestamp`, when],
          [`${n}.learner_response`, decision.optionId],
          [`${n}.result`, 'neutral'],
          [`${n}.latency`, latency],
        ];
  });
}

/** The quarter being played: 1 + the quarters ended, at most the run's length. */
export const quarterOf = (log: SessionLog): number =>
  Math.min(log.inputs.filter((input) => input.type === 'turn.ended').length + 1, log.turns);

/** What to save each quarter; `problem` says why the run code was left out (too long for the version). */
export interface ProgressWrites {
  readonly writes: ScormWrites;
  readonly runCode: string;
  readonly problem?: string;
}

/**
 * `suspend_data` = the run code (DESIGN §6: resume is the run code) when it fits
 * {@linkcode SUSPEND_DATA_LIMIT}, and the location = the current quarter ({@linkcode quarterOf}).
 */
export function progressWrites(version: ScormVersion, log: SessionLog, scenario: Scenario): ProgressWrites {
  const elements = SCORM_ELEMENTS[version];
  const runCode = encodeRunCode(log, scenario);
  const location: ScormWrites[number] = [elements.location, String(quarterOf(log))];
  if (!fitsSuspendData(version, runCode)) {
    const limit = SUSPEND_DATA_LIMIT[version];
    const size = `${runCode.length} characters`;
    const problem = `run code of ${size} exceeds SCORM ${version} suspend_data (${limit})`;
    return { writes: [location], runCode, problem };
  }
  return { writes: [[elements.suspendData, runCode], location], runCode };
}

/** Complete (DESIGN §6): the ending is reached and the after-action review was opened. */
export const isComplete = (state: SimState, reviewOpened: boolean): boolean =>
  state.status === 'ended' && reviewOpened;

/**
 * The mastery the LMS set, in the version's own unit, or `undefined` when none: 1.2
 * `cmi.student_data.mastery_score` (from `adlcp:masteryscore`, 0–100), 2004 `cmi.scaled_passing_score`
 * (−1…1). An empty or non-numeric value means none.
 */
export function masteryOf(raw: string): number | undefined {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Status and score. Before completion: 1.2 `lesson_status` `incomplete`; 2004 `completion_status`
 * `incomplete`, `success_status` `unknown`. Once {@linkcode isComplete}: the score of
 * {@linkcode scoreOf} to the hundredth (1.2 `raw/min/max` on 0–100; 2004 also `scaled` = raw / 100), and
 * success only with a mastery ({@linkcode masteryOf}, in the version's unit): 1.2 `passed`/`failed`
 * instead of `completed`; 2004 `passed`/`failed`, else `unknown`. A score equal to the mastery passes.
 */
export function completionWrites(
  version: ScormVersion,
  scenario: Scenario,
  state: SimState,
  reviewOpened: boolean,
  mastery?: number,
): ScormWrites {
  if (!isComplete(state, reviewOpened)) {
    return version === '1.2'
      ? [['cmi.core.lesson_status', 'incomplete']]
      : [
          ['cmi.completion_status', 'incomplete'],
          ['cmi.success_status', 'unknown'],
        ];
  }
  // Round once, in hundredths of a point, so the reported raw, scaled and pass/fail agree.
  const hundredths = Math.round(scoreOf(scenario, state.benchmarks) * 100);
  const raw = decimalOf(hundredths, 2);
  if (version === '1.2') {
    const status = mastery === undefined ? 'completed' : hundredths >= mastery * 100 ? 'passed' : 'failed';
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', raw],
      ['cmi.core.lesson_status', status],
    ];
  }
  const success = mastery === undefined ? 'unknown' : hundredths >= mastery * 10_000 ? 'passed' : 'failed';
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', raw],
    ['cmi.score.scaled', decimalOf(hundredths, 4)],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', success],
  ];
}

/**
 * How the trainee leaves: `suspend` mid-run (so the LMS keeps `suspend_data` for the resume), and at the
 * end 2004 `normal` or 1.2 empty (1.2's `CMIVocabulary` exit has no `normal`).
 */
export function exitWrites(version: ScormVersion, complete: boolean): ScormWrites {
  const exit = complete ? (version === '1.2' ? '' : 'normal') : 'suspend';
  return [[SCORM_ELEMENTS[version].exit, exit]];
}

/**
 * The learner's default language from the LMS preference (`cmi.student_preference.language` in 1.2,
 * `cmi.learner_preference.language` in 2004), by primary subtag: `fr`, `fr-CA`, `FR` → `fr`; anything
 * else, empty included, → `en`.
 */
export const languageOf = (preference: string): Language =>
  resolveLanguage(null, [preference.trim().replace(/_/g, '-')]).language;
