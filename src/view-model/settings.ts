/** The trainee's display and keyboard preferences (stored apart from saves; they are not part of a run). */
export interface Settings {
  readonly textSize: 'normal' | 'large' | 'larger';
  readonly highContrast: boolean;
  readonly reducedMotion: boolean;
  /** Keys 1–4 choose options while focus is inside a card. */
  readonly numberKeys: boolean;
  /** The single-key help shortcut (H); WCAG 2.1.4 wants it switchable. */
  readonly helpKey: boolean;
  /** Ambient beds, 0–100. */
  readonly musicVolume: number;
  /** Cues (clicks and stingers), 0–100. */
  readonly effectsVolume: number;
  readonly muted: boolean;
}

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'normal',
  highContrast: false,
  reducedMotion: false,
  numberKeys: true,
  helpKey: true,
  musicVolume: 50,
  effectsVolume: 80,
  muted: false,
};

/** Stored settings, each field checked on its own: a bad or missing field takes its default. Never throws. */
export function decodeSettings(text: string | null): Settings {
  let value: unknown;
  try {
    value = text === null ? {} : JSON.parse(text);
  } catch {
    value = {};
  }
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (key: keyof Settings, fallback: boolean) =>
    typeof stored[key] === 'boolean' ? stored[key] : fallback;
  const size = stored.textSize;
  const volume = (key: 'musicVolume' | 'effectsVolume') => {
    const level = stored[key];
    return typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 100
      ? level
      : DEFAULT_SETTINGS[key];
  };
  return {
    textSize: TEXT_SIZES.find((s) => s === size) ?? DEFAULT_SETTINGS.textSize,
    highContrast: flag('highContrast', DEFAULT_SETTINGS.highContrast),
    reducedMotion: flag('reducedMotion', DEFAULT_SETTINGS.reducedMotion),
    numberKeys: flag('numberKeys', DEFAULT_SETTINGS.numberKeys),
    helpKey: flag('helpKey', DEFAULT_SETTINGS.helpKey),
    musicVolume: volume('musicVolume'),
    effectsVolume: volume('effectsVolume'),
    muted: flag('muted', DEFAULT_SETTINGS.muted),
  };
}
