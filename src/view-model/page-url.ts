import type { SessionMode } from '../flow/session-context';
import { isValidSeed } from '../sim/rng';
import type { Difficulty } from '../sim/sim-state';

/** The Page URL parameters this version reads (DESIGN §5), in the order they are named on the title. */
export const PAGE_PARAMETERS = ['scenario', 'seed', 'lang', 'mode', 'turns', 'difficulty'] as const;
export type PageParameter = (typeof PAGE_PARAMETERS)[number];

/** What the Page URL asks for. Absent fields take their defaults (a fresh seed, solo, 12, normal). */
export interface PageRequest {
  readonly scenario?: string;
  readonly seed?: string;
  /** `course`: launched by an LMS (the course adapter on, no title screen; scenes/app.ts `bootCourse`). */
  readonly mode?: SessionMode;
  readonly turns?: 8 | 12;
  readonly difficulty?: Difficulty;
  /** Parameters whose value is not valid, in {@linkcode PAGE_PARAMETERS} order: the title names them. */
  readonly invalid: readonly PageParameter[];
  /** `?run=CODE`: open that run's after-action review (only `lang` also applies; the code is checked later). */
  readonly run?: string;
}

/**
 * Reads `?scenario=ID&seed=S&lang=…&mode=solo|group&turns=8|12&difficulty=normal|hard` against the packs
 * this build has. `lang` is checked by `resolveLanguage` (it also reads the browser's languages); here it
 * only counts as invalid when it is neither `en` nor `fr`.
 */
export function parsePageUrl(search: string, scenarioIds: readonly string[]): PageRequest {
  const params = new URLSearchParams(search);
  const invalid: PageParameter[] = [];
  const read = <T>(name: PageParameter, accept: (value: string) => T | undefined): T | undefined => {
    const value = params.get(name);
    if (value === null) return undefined;
    const accepted = accept(value);
    if (accepted === undefined) invalid.push(name);
    return accepted;
  };
  const scenario = read('scenario', (value) => (scenarioIds.includes(value) ? value : undefined));
  const seed = read('seed', (value) => (isValidSeed(value) ? value : undefined));
  read('lang', (value) => (value === 'en' || value === 'fr' ? value : undefined));
  const mode = read('mode', (value): PageRequest['mode'] =>
    value === 'solo' || value === 'group' || value === 'course' ? value : undefined,
  );
  const turns = read('turns', (value) => (value === '8' ? 8 : value === '12' ? 12 : undefined));
  const difficulty = read('difficulty', (value) =>
    value === 'normal' || value === 'hard' ? value : undefined,
  );
  const run = params.get('run') ?? undefined;
  return {
    ...(run !== undefined ? { run } : {}),
    ...(scenario !== undefined ? { scenario } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(mode !== undefined ? { mode } : {}),
    ...(turns !== undefined ? { turns } : {}),
    ...(difficulty !== undefined ? { difficulty } : {}),
    invalid,
  };
}

/** Whether the page should open the briefing at once: a known scenario and nothing wrong. */
export function opensSessionDirectly(request: PageRequest): boolean {
  return request.scenario !== undefined && request.invalid.length === 0;
}

/** The Page URL of a running session, so a reload (or a shared link) opens the same run. */
export function sessionSearch(run: {
  readonly scenario: string;
  readonly seed: string;
  readonly lang: string;
  readonly mode: string;
  readonly turns: number;
  readonly difficulty: string;
}): string {
  const params = new URLSearchParams({
    scenario: run.scenario,
    seed: run.seed,
    lang: run.lang,
    mode: run.mode,
    turns: String(run.turns),
    difficulty: run.difficulty,
  });
  return `?${params.toString()}`;
}
