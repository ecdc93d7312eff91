// The facilitator's labels for runs (team names) and the "hide names" switch: kept in this browser only
// (DESIGN §6, privacy), never in a code or an export.

/** The localStorage keys. */
export const LABELS_KEY = 'dual-mandate.cohort-labels';
export const HIDE_NAMES_KEY = 'dual-mandate.cohort-hide-names';
const MAX_LABELS = 500;

export interface LabelStore {
  read(): Readonly<Record<string, string>>;
  write(code: string, label: string): void;
  readHideNames(): boolean;
  writeHideNames(hide: boolean): void;
}

function get(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage refused: labels last as long as the page
  }
}

/** Labels read without trusting the stored text: anything but a map of strings is ignored. */
function decodeLabels(text: string | null): Record<string, string> {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function localStorageLabels(): LabelStore {
  let memory = decodeLabels(get(LABELS_KEY));
  let hide = get(HIDE_NAMES_KEY) === 'true';
  return {
    read: () => memory,
    write: (code, label) => {
      const next = { ...memory };
      const trimmed = label.trim().slice(0, 60);
      if (trimmed === '') delete next[code];
      else next[code] = trimmed;
      const entries = Object.entries(next);
      memory = Object.fromEntries(entries.slice(Math.max(0, entries.length - MAX_LABELS)));
      set(LABELS_KEY, JSON.stringify(memory));
    },
    readHideNames: () => hide,
    writeHideNames: (value) => {
      hide = value;
      set(HIDE_NAMES_KEY, String(value));
    },
  };
}
