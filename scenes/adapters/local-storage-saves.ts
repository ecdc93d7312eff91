import type { SaveStore, SettingsStore } from '../../src/ports';
import { decodeSave, encodeSave } from '../../src/view-model/saved-session';
import { decodeSettings, type Settings } from '../../src/view-model/settings';

/** The localStorage keys: part of the save contract (a test may plant a damaged save under the first). */
export const SAVE_KEY = 'dual-mandate.save';
export const BACKUP_KEY = 'dual-mandate.save.backup';
export const SETTINGS_KEY = 'dual-mandate.settings';

/** localStorage, or undefined where the browser refuses it (private modes, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false; // quota exceeded or storage disabled: the session goes on unsaved
  }
}

/**
 * Saves in localStorage: the current save and, before each write, the previous one kept as backup — so a
 * save damaged mid-write (or by hand) still leaves the session one input earlier (DESIGN §8).
 */
export function localStorageSaves(): SaveStore {
  return {
    readCurrent: () => decodeSave(read(SAVE_KEY)),
    readBackup: () => decodeSave(read(BACKUP_KEY)),
    write: (save) => {
      const previous = read(SAVE_KEY);
      // Only a readable save becomes the backup: a damaged one must not push out the last good copy.
      if (previous !== null && decodeSave(previous).status === 'ok' && !write(BACKUP_KEY, previous))
        return false;
      return write(SAVE_KEY, encodeSave(save));
    },
    restoreBackup: () => {
      const backup = read(BACKUP_KEY);
      return backup !== null && write(SAVE_KEY, backup);
    },
  };
}

/** Display and keyboard preferences in localStorage. */
export function localStorageSettings(): SettingsStore {
  return {
    read: () => decodeSettings(read(SETTINGS_KEY)),
    write: (settings: Settings) => void write(SETTINGS_KEY, JSON.stringify(settings)),
  };
}
