import type { SessionMode } from '../flow/session-context';
import type { SessionLog } from '../sim/replay';
import { isSessionLog } from '../sim/session-log-guard';

// Save format history:
// v1: { saveVersion: 1, mode, log } — the run log of DESIGN §3 and the mode it was played in
export const SAVE_VERSION = 1;

/** What is autosaved after every input: the run log (replayed on resume) and the mode it is played in. */
export interface SavedSession {
  readonly saveVersion: typeof SAVE_VERSION;
  readonly mode: Exclude<SessionMode, 'course'>;
  readonly log: SessionLog;
}

/** A stored save, read back: usable, absent, damaged, or written by a newer version of the game. */
export type SaveReading =
  | { readonly status: 'ok'; readonly save: SavedSession }
  | { readonly status: 'empty' }
  | { readonly status: 'damaged' }
  | { readonly status: 'newer'; readonly saveVersion: number };

export function encodeSave(save: SavedSession): string {
  return JSON.stringify(save);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored save without trusting it (STYLE §12: a hand-written guard, no Zod in the bundle). A save
 * from a newer game — a higher save version or a newer log format — is told apart from a damaged one, so
 * the title can say which. Never throws.
 */
export function decodeSave(text: string | null): SaveReading {
  if (text === null) return { status: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'damaged' };
  }
  if (!isRecord(value) || !Number.isSafeInteger(value.saveVersion)) return { status: 'damaged' };
  const saveVersion = value.saveVersion as number;
  const logVersion = isRecord(value.log) ? value.log.formatVersion : undefined;
  if (saveVersion > SAVE_VERSION || (typeof logVersion === 'number' && logVersion > 1))
    return { status: 'newer', saveVersion };
  if (saveVersion !== SAVE_VERSION) return { status: 'damaged' };
  if (value.mode !== 'solo' && value.mode !== 'group') return { status: 'damaged' };
  if (!isSessionLog(value.log)) return { status: 'damaged' };
  return { status: 'ok', save: { saveVersion: SAVE_VERSION, mode: value.mode, log: value.log } };
}

/** The quarter a saved run is in, as far as its log tells without a replay: 1 + the quarters ended. */
export function savedQuarter(log: SessionLog): number {
  return Math.min(log.turns, 1 + log.inputs.filter((input) => input.type === 'turn.ended').length);
}

/** Whether a save belongs to the run a Page URL names, so a reload resumes it rather than starting afresh. */
export function isSameRun(
  log: SessionLog,
  run: {
    readonly scenario: string;
    readonly seed: string;
    readonly turns: number;
    readonly difficulty: string;
  },
): boolean {
  return (
    log.scenarioId === run.scenario &&
    log.seed === run.seed &&
    log.turns === run.turns &&
    log.difficulty === run.difficulty
  );
}
