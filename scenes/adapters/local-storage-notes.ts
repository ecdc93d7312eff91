// Group mode's facilitator notes per quarter, kept beside the save in this browser (DESIGN §6): they go
// into the JSON export of the run (exportRun), never into the run code.
import type { RunNotes } from '../../src/debrief/run-export';
import { MAX_NOTE_LENGTH } from '../../src/debrief/run-export';
import type { SessionLog } from '../../src/sim/replay';

export const NOTES_KEY = 'dual-mandate.notes';
/** Notes of this many runs are kept, the most recent; older ones make way. */
const MAX_RUNS = 20;

export interface NotesStore {
  read(log: SessionLog): RunNotes;
  write(log: SessionLog, quarter: number, text: string): void;
}

/** A run's identity as far as its notes go: the same fields that make a save the same run. */
const runKey = (log: SessionLog) => `${log.scenarioId}/${log.seed}/${log.turns}/${log.difficulty}`;

type Stored = Record<string, Record<string, string>>;

function load(): Stored {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(NOTES_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const stored: Stored = {};
    for (const [key, notes] of Object.entries(value as Record<string, unknown>)) {
      if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) continue;
      stored[key] = Object.fromEntries(
        Object.entries(notes as Record<string, unknown>).filter(
          (entry): entry is [string, string] =>
            /^[1-9][0-9]?$/.test(entry[0]) && typeof entry[1] === 'string',
        ),
      );
    }
    return stored;
  } catch {
    return {};
  }
}

export function localStorageNotes(): NotesStore {
  return {
    read: (log) => load()[runKey(log)] ?? {},
    write: (log, quarter, text) => {
      const stored = load();
      const key = runKey(log);
      const notes = { ...(stored[key] ?? {}) };
      const note = text.slice(0, MAX_NOTE_LENGTH);
      if (note.trim() === '') delete notes[String(quarter)];
      else notes[String(quarter)] = note;
      delete stored[key]; // re-inserted last: the most recent run
      stored[key] = notes;
      const kept = Object.entries(stored).slice(-MAX_RUNS);
      try {
        window.localStorage.setItem(NOTES_KEY, JSON.stringify(Object.fromEntries(kept)));
      } catch {
        // storage refused: the note lasts as long as the page
      }
    },
  };
}
