// What a cmi5 unit keeps about its learner beside the statements: the LMS's learner preferences (language,
// audio) and the AU's own state document holding the run code, so a relaunch resumes the run (as SCORM's
// suspend_data does). Pure: the adapter (scenes/adapters/cmi5-course.ts) fetches and stores them.
import { isRecord, type Cmi5Launch } from './cmi5-launch';

/** The Agent Profile document where the LMS keeps the learner's preferences (cmi5 §11). */
export const LEARNER_PREFERENCES_PROFILE = 'cmi5LearnerPreferences';

/** The learner's preferences: `language` an RFC 5646 list in order of preference ('' when none). */
export interface LearnerPreferences {
  readonly language: string;
  readonly audio?: 'on' | 'off';
}

/**
 * Reads the `cmi5LearnerPreferences` document (`{"languagePreference": "fr-CA,en-US", "audioPreference":
 * "off"}`); anything missing or malformed counts as no preference, never as an error: the unit then starts
 * in the package's language with the trainee's own sound settings.
 */
export function parseLearnerPreferences(value: unknown): LearnerPreferences {
  if (!isRecord(value)) return { language: '' };
  const { languagePreference, audioPreference } = value;
  return {
    language: typeof languagePreference === 'string' ? languagePreference : '',
    ...(audioPreference === 'on' || audioPreference === 'off' ? { audio: audioPreference } : {}),
  };
}

/** The id of the unit's own state document (per registration) that holds the run code. */
export const RUN_STATE_ID = 'urn:dual-mandate:xapi:state:run';

/** The run state document as stored: the run code, which says the whole run. */
export const runStateDocument = (runCode: string): { runCode: string } => ({ runCode });

/** The run code of a run state document, or '' (a fresh start) when there is none or it is malformed. */
export function runCodeOfState(value: unknown): string {
  return isRecord(value) && typeof value.runCode === 'string' ? value.runCode : '';
}

/** The xAPI URL of the learner's preferences (Agent Profile resource) for this launch's actor. */
export function learnerPreferencesUrl(launch: Cmi5Launch): string {
  const params = new URLSearchParams({
    agent: JSON.stringify(launch.actor),
    profileId: LEARNER_PREFERENCES_PROFILE,
  });
  return `${launch.endpoint}agents/profile?${params.toString()}`;
}

/** The xAPI URL of a state document of this launch's activity, actor and registration. */
export function stateUrl(launch: Cmi5Launch, stateId: string): string {
  const params = new URLSearchParams({
    stateId,
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  return `${launch.endpoint}activities/state?${params.toString()}`;
}
