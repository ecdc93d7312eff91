// The cohort debrief's input (DESIGN §5, §6): whatever a facilitator pastes or drops — run codes separated
// by spaces or commas, codes inside `?run=` links, codes in the middle of chat messages, JSON exports of
// single runs — turned into a list of distinct runs to load. Pure text handling: no pack is read here.
import { parseRunExport } from './run-export';

/**
 * A run code inside any text: "DM", a format digit, then the base64url body and checksum. It must not be
 * glued to a preceding code character, so "XDM1…" or a longer token is not taken for a code. The body is
 * at least 8 characters (a real code is ~60–300), so "DM1" in a sentence is not one.
 */
const CODE_IN_TEXT = /(?<![A-Za-z0-9_-])DM\d[A-Za-z0-9_-]{8,}/g;

/** One run to load, with where it came from (a pasted code, or a JSON export with facilitator notes). */
export interface CohortItem {
  readonly code: string;
  readonly source: 'text' | 'file';
  /** The file it came from, for messages. */
  readonly fileName?: string;
  /** Facilitator notes per quarter, from a JSON export. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** Something given that could not become a run, and why (an i18n key with values, so both languages). */
export interface CohortInputProblem {
  /** What the facilitator gave: a code (shortened) or a file name. */
  readonly subject: string;
  readonly key: 'cohort.problem.noCode' | 'cohort.problem.badFile';
  readonly detail?: string;
}

export interface CohortInput {
  readonly items: readonly CohortItem[];
  /** How many copies of a code already given were merged away. */
  readonly duplicates: number;
  readonly problems: readonly CohortInputProblem[];
}

/** Every run code in `text`, in order of appearance, duplicates included. */
export function codesInText(text: string): string[] {
  return [...text.matchAll(CODE_IN_TEXT)].map((match) => match[0]);
}

/**
 * A file's text as runs: a JSON export (`{"format":"dual-mandate-run", …, "code", "notes"?}`), a JSON array
 * of exports or codes, or any text holding run codes (a chat log, a spreadsheet column).
 */
export function itemsOfFile(
  name: string,
  text: string,
): { items: CohortItem[]; problem?: CohortInputProblem } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return {
        items: [],
        problem: { subject: name, key: 'cohort.problem.badFile', detail: 'not valid JSON' },
      };
    }
    const values = Array.isArray(value) ? value : [value];
    const items: CohortItem[] = [];
    for (const entry of values) {
      const item = exportItem(entry, name);
      if (typeof item === 'string')
        return { items: [], problem: { subject: name, key: 'cohort.problem.badFile', detail: item } };
      items.push(item);
    }
    return { items };
  }
  const items = codesInText(text).map((code): CohortItem => ({ code, source: 'file', fileName: name }));
  return items.length > 0 ? { items } : { items, problem: { subject: name, key: 'cohort.problem.noCode' } };
}

/** One export (or a bare code string inside a JSON array) as an item, or what is wrong with it. */
function exportItem(value: unknown, fileName: string): CohortItem | string {
  if (typeof value === 'string') {
    const [code] = codesInText(value);
    return code === undefined ? 'a string in it is not a run code' : { code, source: 'file', fileName };
  }
  // The single-run export's own reader (issue 9) checks the format, version, keys, code envelope and notes.
  const parsed = parseRunExport(JSON.stringify(value) ?? '');
  if (!parsed.ok) return parsed.reason;
  return {
    code: parsed.code,
    source: 'file',
    fileName,
    ...(Object.keys(parsed.notes).length > 0 ? { notes: parsed.notes } : {}),
  };
}

/**
 * Everything given at once — the text box and any dropped files — as one list of distinct runs: a code
 * given twice (pasted and in a file, or twice in a chat) is loaded once, keeping the copy with notes.
 */
export function readCohortInput(
  text: string,
  files: readonly { readonly name: string; readonly text: string }[] = [],
): CohortInput {
  const problems: CohortInputProblem[] = [];
  const all: CohortItem[] = codesInText(text).map((code) => ({ code, source: 'text' }));
  for (const file of files) {
    const read = itemsOfFile(file.name, file.text);
    all.push(...read.items);
    if (read.problem) problems.push(read.problem);
  }
  const byCode = new Map<string, CohortItem>();
  for (const item of all) {
    const seen = byCode.get(item.code);
    if (!seen || (!seen.notes && item.notes)) byCode.set(item.code, item);
  }
  return { items: [...byCode.values()], duplicates: all.length - byCode.size, problems };
}

/** A code as messages show it: its start and end, so a facilitator can find it in the chat. */
export function shortCode(code: string): string {
  return code.length <= 18 ? code : `${code.slice(0, 10)}…${code.slice(-5)}`;
}
