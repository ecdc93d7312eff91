import { ContentLoadError } from './adapters/content-data';
import type { Notice } from './overlay/title-screen';
import type { Director, SessionStart } from './session/director';

// The runs the app opens and what it tells the layers beside the overlay (scenes/app.ts uses them).

/** A run to open: pack, seed, length, difficulty, mode, and the saved log when it is a resume. */
export interface Run {
  readonly scenario: string;
  readonly seed: string;
  readonly turns: number;
  readonly difficulty: 'normal' | 'hard';
  /** `course`: launched by an LMS (DESIGN §6): a solo session with the course adapter on and no title. */
  readonly mode: 'solo' | 'group' | 'course';
  readonly log?: SessionStart['log'];
  /** Group mode: the facilitator's deliberation time per decision. */
  readonly deliberationMs?: number;
}

/** A course launch: the pack and length the package fixes, and the run code the LMS kept (issue 11). */
export interface CourseBoot {
  readonly scenario?: string;
  readonly turns?: number;
  readonly suspendData: string;
  /** Whether an LMS holds the course: without one, a local save of the same pack and length resumes. */
  readonly hasLms: boolean;
}

/**
 * What the title says when a session's pack or code did not load: a pack file that came back damaged (an HTTP
 * error, not the pack), or else the connection (DESIGN §8: a clear message, never a crash).
 */
export function loadProblem(error: unknown, scenario: string): Notice {
  const isDamaged = error instanceof ContentLoadError && error.problem === 'damaged';
  console.warn(`Dual Mandate could not load the scenario "${scenario}":`, error);
  return { key: isDamaged ? 'app.packDamaged' : 'app.loadFailed', values: { scenario } };
}

/** A fresh seed in the format of DESIGN §3 (the shell may use the browser's randomness; src/ may not). */
export function freshSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('');
}

/** A layer beside the overlay (Phaser stage, sound, LMS adapter) told of each session the app opens. */
export type SessionListener = (director: Director, run: Run) => void;
