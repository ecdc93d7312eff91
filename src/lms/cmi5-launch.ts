// cmi5 launch reading: the IRIs, the launch URL's parameters and the LMS.LaunchData state document, checked.
/** The cmi5 IRIs the unit uses (cmi5 spec, quartz edition, §9). */
export const CMI5_IRI = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

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

/** Whether a value is a plain JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
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
