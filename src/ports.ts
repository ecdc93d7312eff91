import type { SavedSession, SaveReading } from './view-model/saved-session';
import type { Settings } from './view-model/settings';

/**
 * Where sessions are saved (DESIGN §8: autosave after every input, the previous save kept as backup).
 * Implemented by scenes/adapters/local-storage-saves.ts; a test can use an in-memory one.
 */
export interface SaveStore {
  /** The current save, checked. */
  readCurrent(): SaveReading;
  /** The save before the current one, checked. */
  readBackup(): SaveReading;
  /** Keeps the current save as the backup, then writes `save`. False when storage refused it. */
  write(save: SavedSession): boolean;
  /** Makes the backup the current save again (after the current one proved unreadable). */
  restoreBackup(): boolean;
}

/** Where the trainee's display and keyboard preferences live. */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): void;
}
