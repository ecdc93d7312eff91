import { peekRunCode } from '../sim/run-code';

// The JSON export of one run (DESIGN §6): the run code — the run's only identity — plus what must never go
// in a code, the facilitator's notes per quarter. Votes are inputs, so they travel inside the code.
//
// Format history:
// v1: {"format":"dual-mandate-run","formatVersion":1,"code":"DM1…","notes"?:{"<quarter>":"text"}}

export const RUN_EXPORT_FORMAT = 'dual-mandate-run';
export const RUN_EXPORT_FORMAT_VERSION = 1;
/** Files and pasted text above this many UTF-8 bytes are refused before they are parsed (DESIGN §8). */
export const MAX_RUN_EXPORT_BYTES = 1_000_000;
/** The longest facilitator note, in characters. */
export const MAX_NOTE_LENGTH = 5_000;
/** Notes are keyed by quarter number; the after-hand-over step is quarter `turns + 1`. */
export const MAX_NOTE_QUARTER = 99;

/** Facilitator notes, keyed by quarter number as a string ("1", "2", …). */
export type RunNotes = Readonly<Record<string, string>>;

/** The file's shape. `votes` never appears: votes are inputs and live in the run code. */
export interface RunExportFile {
  readonly format: typeof RUN_EXPORT_FORMAT;
  readonly formatVersion: typeof RUN_EXPORT_FORMAT_VERSION;
  readonly code: string;
  readonly notes?: RunNotes;
  readonly votes?: never;
}

/**
 * What is wrong with an import, for the view to word in either language (`reason` is the English wording,
 * for logs and the CLI).
 */
export type RunExportProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'not-json'; readonly detail: string }
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'wrong-format'; readonly found: string }
  | { readonly kind: 'other-version'; readonly found: string; readonly supported: number }
  | { readonly kind: 'unknown-key'; readonly key: string }
  | { readonly kind: 'missing-code' }
  | { readonly kind: 'invalid-code'; readonly reason: string }
  | { readonly kind: 'bad-notes'; readonly quarter?: string; readonly detail: string };

export type RunExportParsed =
  | { readonly ok: true; readonly code: string; readonly notes: RunNotes }
  | { readonly ok: false; readonly reason: string; readonly problem: RunExportProblem };

const KNOWN_KEYS = ['format', 'formatVersion', 'code', 'notes'];
const QUARTER_KEY = /^[1-9][0-9]?$/;

/**
 * Writes the JSON export of a run: its code and, when there are any, the facilitator's notes (blank notes
 * are left out). Throws a `RangeError` for what {@linkcode parseRunExport} would refuse: a quarter key that
 * is not 1–99, or a note longer than {@linkcode MAX_NOTE_LENGTH}.
 *
 * @example
 * const blob = new Blob([exportRun(code, { '3': 'Ask about vetting' })], { type: 'application/json' });
 */
export function exportRun(code: string, notes: RunNotes = {}): string {
  const kept: Record<string, string> = {};
  for (const quarter of Object.keys(notes).sort((a, b) => Number(a) - Number(b))) {
    const note = notes[quarter] ?? '';
    const problem = noteProblem(quarter, note);
    if (problem !== undefined) throw new RangeError(`run export: ${reasonOf(problem)}`);
    if (note.trim() !== '') kept[quarter] = note;
  }
  const file: RunExportFile = {
    format: RUN_EXPORT_FORMAT,
    formatVersion: RUN_EXPORT_FORMAT_VERSION,
    code: code.trim(),
    ...(Object.keys(kept).length > 0 ? { notes: kept } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a JSON export: refused with a reason when it is over 1 MB, not JSON, not this format or another
 * version of it, has keys this version does not know, has no code or one that fails its checksum, or has
 * notes that are not text or are too long. The code's envelope and checksum are checked here (no pack is
 * needed); decoding it against a pack is the caller's next step. Never throws.
 *
 * @example
 * const parsed = parseRunExport(await file.text());
 * if (parsed.ok) openReview(parsed.code, parsed.notes); else show(parsed.reason);
 */
export function parseRunExport(text: string): RunExportParsed {
  const bytes = utf8Length(text);
  if (bytes > MAX_RUN_EXPORT_BYTES) return refuse({ kind: 'too-large', bytes, max: MAX_RUN_EXPORT_BYTES });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse({ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isPlainObject(value)) return refuse({ kind: 'not-an-object' });
  if (value.format !== RUN_EXPORT_FORMAT)
    return refuse({ kind: 'wrong-format', found: describe(value.format) });
  if (value.formatVersion !== RUN_EXPORT_FORMAT_VERSION) {
    return refuse({
      kind: 'other-version',
      found: describe(value.formatVersion),
      supported: RUN_EXPORT_FORMAT_VERSION,
    });
  }
  const unknown = Object.keys(value).find((key) => !KNOWN_KEYS.includes(key));
  if (unknown !== undefined) return refuse({ kind: 'unknown-key', key: unknown });
  if (value.code === undefined || value.code === '') return refuse({ kind: 'missing-code' });
  if (typeof value.code !== 'string') return refuse({ kind: 'invalid-code', reason: 'the code is not text' });
  const code = value.code.trim();
  const peeked = peekRunCode(code);
  if (!peeked.ok) return refuse({ kind: 'invalid-code', reason: peeked.reason });
  const notes: Record<string, string> = {};
  if (value.notes !== undefined) {
    if (!isPlainObject(value.notes)) return refuse({ kind: 'bad-notes', detail: 'notes must be an object' });
    for (const [quarter, note] of Object.entries(value.notes)) {
      const problem = noteProblem(quarter, note);
      if (problem !== undefined) return refuse(problem);
      notes[quarter] = note as string;
    }
  }
  return { ok: true, code, notes };
}

/**
 * Reads a run from what a person pastes or drops: a JSON export, a bare run code, or a `?run=` link.
 * A code is returned as found (its checks are {@linkcode decodeRunCode}'s); an export is parsed in full.
 */
export function readRunText(text: string): RunExportParsed {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseRunExport(text);
  const bytes = utf8Length(text);
  if (bytes > MAX_RUN_EXPORT_BYTES) return refuse({ kind: 'too-large', bytes, max: MAX_RUN_EXPORT_BYTES });
  const fromUrl = /[?&]run=([^&#\s]*)/.exec(trimmed)?.[1];
  const code = fromUrl !== undefined ? safeDecode(fromUrl) : trimmed;
  if (code === '') return refuse({ kind: 'missing-code' });
  return { ok: true, code, notes: {} };
}

/** The English wording of a problem (the view words it in the session's language). */
export function reasonOf(problem: RunExportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `too large: ${problem.bytes} bytes (at most ${problem.max})`;
    case 'not-json':
      return `not a JSON file (${problem.detail})`;
    case 'not-an-object':
      return 'not a Dual Mandate run export: the JSON is not an object';
    case 'wrong-format':
      return `not a Dual Mandate run export: its format is ${problem.found}, not "${RUN_EXPORT_FORMAT}"`;
    case 'other-version':
      return `made by export format v${problem.found}; this game reads v${problem.supported}`;
    case 'unknown-key':
      return `unknown key "${problem.key}" (a v${RUN_EXPORT_FORMAT_VERSION} export has ${KNOWN_KEYS.join(', ')})`;
    case 'missing-code':
      return 'no run code in it';
    case 'invalid-code':
      return `its run code is refused: ${problem.reason}`;
    case 'bad-notes':
      return problem.quarter === undefined
        ? `bad notes: ${problem.detail}`
        : `bad note for quarter ${problem.quarter}: ${problem.detail}`;
  }
}

function noteProblem(quarter: string, note: unknown): RunExportProblem | undefined {
  if (!QUARTER_KEY.test(quarter) || Number(quarter) > MAX_NOTE_QUARTER) {
    return {
      kind: 'bad-notes',
      quarter,
      detail: `"${quarter}" is not a quarter number 1–${MAX_NOTE_QUARTER}`,
    };
  }
  if (typeof note !== 'string') return { kind: 'bad-notes', quarter, detail: 'the note is not text' };
  if (note.length > MAX_NOTE_LENGTH) {
    return {
      kind: 'bad-notes',
      quarter,
      detail: `${note.length} characters (at most ${MAX_NOTE_LENGTH})`,
    };
  }
  return undefined;
}

function refuse(problem: RunExportProblem): RunExportParsed {
  return { ok: false, reason: reasonOf(problem), problem };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function utf8Length(text: string): number {
  // Counted without allocating: a 100 MB paste is not copied to be refused.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
