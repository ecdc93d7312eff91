import type { ScormVersion } from './lms/scorm-formats';
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

/** A short sound that marks something happening (DESIGN §7); each has a caption in both languages. */
export type SoundCue =
  'ui.select' | 'ui.advance' | 'stinger.crisis' | 'stinger.delayed' | 'stinger.review' | 'stinger.ending';

/** Music and effects levels (0–100 each) and mute, from the trainee's settings. */
export interface AudioLevels {
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

/**
 * What the game asks of the sound system. Implemented by scenes/adapters/howler-audio.ts; nothing plays
 * before the trainee's first gesture (a cue asked for earlier is dropped, a bed waits for it).
 */
export interface AudioPort {
  play(cue: SoundCue): void;
  /** The ambient bed of a pack (looped), or none. */
  setBed(packId: string | undefined): void;
  setLevels(levels: AudioLevels): void;
}

/**
 * A SCORM runtime the course package found in its parent windows (issue 11): the 1.2 `API` or the 2004
 * `API_1484_11` behind one shape. Implemented by scenes/adapters/scorm-api.ts; a test can use scorm-again.
 * A call the LMS refuses returns false (and is logged with console.warn by the adapter); the game goes on.
 */
export interface ScormPort {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The element's value, or '' when the LMS has none or refuses the read. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}
