// cmi5 statements, built from the log, the state and the shell's stamps; re-exports cmi5-launch.ts and
// cmi5-learner.ts.
import type { Scenario } from '../content/scenario.schema';
import { scoreOf } from '../debrief/scorecard';
import type { SessionLog } from '../sim/replay';
import { initialState, type SimState } from '../sim/sim-state';
import { METER_IDS, type MeterId } from '../sim/meters';
import { decisionsOf } from './scorm-mapping';
import { CMI5_IRI, isRecord, type Cmi5Launch, type LaunchData } from './cmi5-launch';

export {
  CMI5_IRI,
  parseCmi5Launch,
  parseLaunchData,
  type Cmi5Launch,
  type LaunchData,
  type LaunchMode,
  type MoveOn,
} from './cmi5-launch';
export {
  learnerPreferencesUrl,
  parseLearnerPreferences,
  RUN_STATE_ID,
  runCodeOfState,
  runStateDocument,
  stateUrl,
  type LearnerPreferences,
} from './cmi5-learner';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export type VerbName = keyof typeof VERBS;

/**
 * The one extension of the game's "answered" statements: the meters' change over the quarter the decision was
 * taken in (`{ security, legitimacy, civilianHarm }`, rounded to the hundredth). A URN, so no web address is
 * claimed that the project does not own.
 */
export const METER_CHANGES_EXTENSION = 'urn:dual-mandate:xapi:extension:meter-changes';

/** An xAPI statement as the unit sends it. */
export interface Statement {
  readonly id: string;
  readonly actor: Readonly<Record<string, unknown>>;
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: { readonly id: string; readonly objectType: 'Activity'; readonly definition?: unknown };
  readonly result?: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
  readonly timestamp: string;
}

/** What a statement needs from the shell: a fresh UUID and the time (src/ reads no clock, draws no random). */
export interface StatementStamp {
  readonly id: string;
  readonly timestamp: string;
}

/** An ISO 8601 duration in seconds to the hundredth (xAPI `result.duration`). */
export const isoDuration = (seconds: number): string =>
  `PT${(Math.round(Math.max(0, seconds) * 100) / 100).toString()}S`;

/** The context of every statement: the LMS's template, the registration and, for cmi5-defined ones, the categories. */
function contextOf(
  launch: Cmi5Launch,
  data: LaunchData,
  categories: readonly string[],
): Record<string, unknown> {
  const template = data.contextTemplate;
  const activities = isRecord(template.contextActivities) ? template.contextActivities : {};
  const existing = Array.isArray(activities.category) ? (activities.category as unknown[]) : [];
  return {
    ...template,
    registration: launch.registration,
    ...(categories.length > 0 || existing.length > 0
      ? {
          contextActivities: {
            ...activities,
            category: [...existing, ...categories.map((id) => ({ id, objectType: 'Activity' }))],
          },
        }
      : {}),
  };
}

function statement(
  launch: Cmi5Launch,
  data: LaunchData,
  stamp: StatementStamp,
  verb: VerbName,
  categories: readonly string[],
  result?: Record<string, unknown>,
  object?: Statement['object'],
): Statement {
  return {
    id: stamp.id,
    actor: launch.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: object ?? { id: launch.activityId, objectType: 'Activity' },
    ...(result ? { result } : {}),
    context: contextOf(launch, data, categories),
    timestamp: stamp.timestamp,
  };
}

/** `initialized`: the first statement of a session (cmi5 §9.3.2). */
export const initializedStatement = (
  launch: Cmi5Launch,
  data: LaunchData,
  stamp: StatementStamp,
): Statement => statement(launch, data, stamp, 'initialized', [CMI5_IRI.category]);

/** `terminated`: the last statement of a session, with the time it lasted (cmi5 §9.3.8). */
export const terminatedStatement = (
  launch: Cmi5Launch,
  data: LaunchData,
  stamp: StatementStamp,
  seconds: number,
): Statement =>
  statement(launch, data, stamp, 'terminated', [CMI5_IRI.category], { duration: isoDuration(seconds) });

/** Whether moveOn asks for a pass or fail judgement (cmi5 §9.3.4–5: only in Normal launch mode). */
export const judgesSuccess = (data: LaunchData): boolean =>
  data.launchMode === 'Normal' &&
  (data.moveOn === 'Passed' || data.moveOn === 'CompletedAndPassed' || data.moveOn === 'CompletedOrPassed');

/**
 * At the end (the ending reached and the review opened), in Normal launch mode only: `completed`, then
 * `passed` or `failed` when moveOn requires a judgement — against the LMS's masteryScore, else the package's
 * (0–1), and none at all without either. The score is {@linkcode scoreOf}, scaled to 0–1.
 */
export function endStatements(
  launch: Cmi5Launch,
  data: LaunchData,
  stamps: readonly [StatementStamp, StatementStamp],
  scenario: Scenario,
  state: SimState,
  seconds: number,
  packageMastery: number | undefined,
): Statement[] {
  if (data.launchMode !== 'Normal') return [];
  const categories = [CMI5_IRI.category, CMI5_IRI.moveOn];
  const duration = isoDuration(seconds);
  const completed = statement(launch, data, stamps[0], 'completed', categories, {
    completion: true,
    duration,
  });
  const mastery = data.masteryScore ?? packageMastery;
  if (!judgesSuccess(data) || mastery === undefined) return [completed];
  const hundredths = Math.round(scoreOf(scenario, state.benchmarks) * 100);
  const scaled = hundredths / 10_000;
  const success = scaled >= mastery;
  const judged = statement(launch, data, stamps[1], success ? 'passed' : 'failed', categories, {
    success,
    score: { scaled, raw: hundredths / 100, min: 0, max: 100 },
    duration,
  });
  return [completed, { ...judged, context: withMastery(judged.context, mastery) }];
}

const withMastery = (context: Readonly<Record<string, unknown>>, mastery: number) => ({
  ...context,
  extensions: {
    ...(isRecord(context.extensions) ? context.extensions : {}),
    [CMI5_IRI.masteryScore]: mastery,
  },
});

/** The meters' change over quarter `turn` (its record minus the one before, or the start), to the hundredth. */
export function meterChangesOf(scenario: Scenario, log: SessionLog, state: SimState, turn: number) {
  const start = initialState(scenario, log).meters;
  const at = (t: number) => (t <= 0 ? start : state.history.find((record) => record.turn === t)?.meters);
  const before = at(turn - 1);
  const after = at(turn);
  if (!before || !after) return undefined;
  return Object.fromEntries(
    METER_IDS.map((meter) => [meter, Math.round((after[meter] - before[meter]) * 100) / 100]),
  ) as Record<MeterId, number>;
}

/**
 * The "answered" statements (cmi5 "allowed" statements: no cmi5 category) for each decision of quarter
 * `quarter` in the log, once it has resolved: the object is the decision (a sub-activity of the unit), the
 * response the option id, and the quarter's meter changes under {@linkcode METER_CHANGES_EXTENSION}.
 */
export function answeredStatements(
  launch: Cmi5Launch,
  data: LaunchData,
  stampOf: () => StatementStamp,
  log: SessionLog,
  quarter: number,
  changes: Readonly<Record<MeterId, number>> | undefined,
): Statement[] {
  const decisions = decisionsOf(log).filter((decision) => decision.quarter === quarter);
  return decisions.map((decision) =>
    statement(
      launch,
      data,
      stampOf(),
      'answered',
      [],
      {
        response: decision.optionId,
        ...(changes ? { extensions: { [METER_CHANGES_EXTENSION]: changes } } : {}),
      },
      {
        id: `${launch.activityId}/decision/${encodeURIComponent(decision.id)}`,
        objectType: 'Activity',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
        },
      },
    ),
  );
}
