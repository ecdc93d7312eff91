import type { Scenario } from '../content/scenario.schema';
import { scoreOf } from '../debrief/scorecard';
import type { SessionLog } from '../sim/replay';
import { initialState, type SimState } from '../sim/sim-state';
import { METER_IDS, type MeterId } from '../sim/meters';
import { decisionsOf } from './scorm-mapping';

/** The cmi5 IRIs the unit uses (cmi5 spec, quartz edition, §9). */
export const CMI5_IRI = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

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

/** What the LMS put on the launch URL (cmi5 §8.1). */
export interface Cmi5Launch {
  readonly endpoint: string;
  readonly fetch: string;
  readonly registration: string;
  readonly activityId: string;
  readonly actor: Readonly<Record<string, unknown>>;
}

/** The launch parameters from the page's query string, or what is missing or wrong (undefined when none). */
export function parseCmi5Launch(
  search: string,
): { ok: true; launch: Cmi5Launch } | { ok: false; reason: string } {
  const params = new URLSearchParams(search);
  const missing = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'].filter(
    (name) => !params.get(name),
  );
  if (missing.length > 0) return { ok: false, reason: `the launch URL lacks ${missing.join(', ')}` };
  let actor: unknown;
  try {
    actor = JSON.parse(params.get('actor') ?? '');
  } catch {
    return { ok: false, reason: 'the launch actor is not JSON' };
  }
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor))
    return { ok: false, reason: 'the launch actor is not an Agent object' };
  const endpoint = params.get('endpoint') ?? '';
  return {
    ok: true,
    launch: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch: params.get('fetch') ?? '',
      registration: params.get('registration') ?? '',
      activityId: params.get('activityId') ?? '',
      actor: actor as Record<string, unknown>,
    },
  };
}

export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** The `LMS.LaunchData` state document, checked (cmi5 §10). */
export interface LaunchData {
  readonly launchMode: LaunchMode;
  readonly moveOn: MoveOn;
  readonly masteryScore?: number;
  readonly returnURL?: string;
  readonly contextTemplate: Readonly<Record<string, unknown>>;
  readonly sessionId: string;
}

const MOVE_ON: readonly MoveOn[] = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
];
const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `LMS.LaunchData`: the context template must carry the session id; the rest is checked against cmi5. */
export function parseLaunchData(
  value: unknown,
): { ok: true; data: LaunchData } | { ok: false; reason: string } {
  if (!isRecord(value)) return { ok: false, reason: 'LMS.LaunchData is not an object' };
  const { launchMode, moveOn, masteryScore, returnURL, contextTemplate } = value;
  if (!LAUNCH_MODES.includes(launchMode as LaunchMode))
    return { ok: false, reason: 'LMS.LaunchData has no valid launchMode' };
  if (!MOVE_ON.includes(moveOn as MoveOn)) return { ok: false, reason: 'LMS.LaunchData has no valid moveOn' };
  if (!isRecord(contextTemplate)) return { ok: false, reason: 'LMS.LaunchData has no contextTemplate' };
  const extensions = contextTemplate.extensions;
  const sessionId = isRecord(extensions) ? extensions[CMI5_IRI.sessionId] : undefined;
  if (typeof sessionId !== 'string' || sessionId === '')
    return { ok: false, reason: 'LMS.LaunchData has no session id' };
  if (
    masteryScore !== undefined &&
    !(typeof masteryScore === 'number' && masteryScore >= 0 && masteryScore <= 1)
  )
    return { ok: false, reason: 'LMS.LaunchData has a masteryScore outside 0–1' };
  return {
    ok: true,
    data: {
      launchMode: launchMode as LaunchMode,
      moveOn: moveOn as MoveOn,
      ...(typeof masteryScore === 'number' ? { masteryScore } : {}),
      ...(typeof returnURL === 'string' && returnURL !== '' ? { returnURL } : {}),
      contextTemplate,
      sessionId,
    },
  };
}

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

/** The course structure (`cmi5.xml`, cmi5 §13) of a package with one assignable unit launched at `index.html`. */
export function cmi5Xml(course: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly mastery?: number;
}): string {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );
  const lang = escape(course.language);
  const text = (value: string) => `<langstring lang="${lang}">${escape(value)}</langstring>`;
  const moveOn = course.mastery === undefined ? 'Completed' : 'CompletedAndPassed';
  const mastery = course.mastery === undefined ? '' : ` masteryScore="${course.mastery / 100}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(course.id)}">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
  <au id="${escape(course.id)}/au" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
