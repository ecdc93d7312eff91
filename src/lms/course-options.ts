import { isLanguage, type Language } from '../i18n/languages.ts';
import type { SessionLog } from '../sim/replay.ts';

/**
 * What a course package fixes at build time (`npm run package:scorm -- …`, issue 11): the pack, the run's
 * length, the language to fall back on when the LMS gives no learner preference, and the mastery score (0–100)
 * the manifest declares. The build carries them as JSON in `VITE_DM_COURSE` (read by scenes/main.ts).
 */
export interface CourseOptions {
  readonly scenario: string;
  readonly turns: 8 | 12;
  readonly lang: Language;
  /** The mastery score on 0–100, as `adlcp:masteryscore`; absent = no success status is reported. */
  readonly mastery?: number;
}

/** The Vite environment variable that bakes {@linkcode CourseOptions} into a course build. */
export const COURSE_VARIABLE = 'VITE_DM_COURSE';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The course options baked into a build, checked: `undefined` when the build is not a course package (no
 * text), the options when the JSON holds a pack id, `turns` 8 or 12, `lang` en or fr and, optionally, a whole
 * `mastery` from 0 to 100; otherwise the reason (a broken build should say what is wrong, not crash).
 */
export function parseCourseOptions(
  text: string | undefined,
):
  | { readonly ok: true; readonly options: CourseOptions | undefined }
  | { readonly ok: false; readonly reason: string } {
  if (text === undefined || text.trim() === '') return { ok: true, options: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the course options are not JSON' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'the course options are not an object' };
  const { scenario, turns, lang, mastery } = value;
  if (typeof scenario !== 'string' || !/^[a-z0-9-]{1,64}$/.test(scenario))
    return { ok: false, reason: 'the course options name no valid scenario id' };
  if (turns !== 8 && turns !== 12) return { ok: false, reason: 'the course turns are neither 8 nor 12' };
  if (!isLanguage(lang)) return { ok: false, reason: 'the course language is neither en nor fr' };
  if (mastery !== undefined && !(Number.isInteger(mastery) && Number(mastery) >= 0 && Number(mastery) <= 100))
    return { ok: false, reason: 'the course mastery is not a whole number from 0 to 100' };
  return {
    ok: true,
    options: { scenario, turns, lang, ...(mastery !== undefined ? { mastery: Number(mastery) } : {}) },
  };
}

/**
 * The language a course session starts in: the first language of the learner's LMS preference that we have
 * (a tag, or a comma-separated list in order of preference as cmi5 gives it; by primary subtag: `fr-CA` →
 * `fr`), else the package's language. The trainee can still switch at any time.
 */
export function courseLanguage(preference: string, packageLanguage: Language): Language {
  const primaries = preference
    .split(',')
    .map((tag) => tag.trim().replace(/_/g, '-').toLowerCase().split('-')[0]);
  return primaries.find(isLanguage) ?? packageLanguage;
}

/** How a course session starts: fresh, or resumed from the run code the LMS kept in `suspend_data`. */
export type CourseStart =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resume'; readonly log: SessionLog }
  | { readonly kind: 'fresh'; readonly problem: string };

/**
 * Reads `suspend_data` with a decoder (the run-code decoder bound to the course's pack): empty → fresh; a
 * code for this pack and length → resume; anything else → fresh, with the reason to log (the LMS kept a code
 * from another pack version, or something that is not a run code).
 */
export function courseStartOf(
  suspendData: string,
  turns: number,
  decode: (code: string) => { ok: true; log: SessionLog } | { ok: false; reason: string },
): CourseStart {
  if (suspendData.trim() === '') return { kind: 'fresh' };
  const decoded = decode(suspendData);
  if (!decoded.ok) return { kind: 'fresh', problem: `suspend_data was not resumed: ${decoded.reason}` };
  if (decoded.log.turns !== turns)
    return {
      kind: 'fresh',
      problem: `suspend_data was not resumed: its run has ${decoded.log.turns} quarters, this course ${turns}`,
    };
  return { kind: 'resume', log: decoded.log };
}
