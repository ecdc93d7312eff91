/**
 * The interface's strings for the map, sound settings and captions of every cue, in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const PRESENTATION_EN = {
  'settings.sound': 'Sound',
  'settings.musicVolume': 'Music volume',
  'settings.effectsVolume': 'Effects volume',
  'settings.muted': 'Mute all sound',
  'captions.label': 'Sound captions',
  'caption.ui.select': '[soft tick]',
  'caption.ui.advance': '[two quiet rising notes]',
  'caption.stinger.crisis': '[low brass and a drum: a crisis]',
  'caption.stinger.delayed': '[a bell and its echoes: an earlier decision acts]',
  'caption.stinger.review': '[two gavel knocks and a calm chord: mandate review]',
  'caption.stinger.ending': '[a slow, low chord sinks: the mission ends]',
  'caption.bed': '[ambient sound of {{country}}]',
} as const;

export const PRESENTATION_FR: Readonly<Record<keyof typeof PRESENTATION_EN, string>> = {
  'settings.sound': 'Son',
  'settings.musicVolume': 'Volume de la musique',
  'settings.effectsVolume': 'Volume des effets',
  'settings.muted': 'Couper tout le son',
  'captions.label': 'Sous-titres des sons',
  'caption.ui.select': '[petit déclic]',
  'caption.ui.advance': '[deux notes discrètes qui montent]',
  'caption.stinger.crisis': '[cuivres graves et tambour\u00a0: une crise]',
  'caption.stinger.delayed': '[une cloche et son écho\u00a0: une décision passée agit]',
  'caption.stinger.review': '[deux coups de marteau et un accord calme\u00a0: examen du mandat]',
  'caption.stinger.ending': '[un accord grave et lent descend\u00a0: la mission s’achève]',
  'caption.bed': '[ambiance sonore\u00a0: {{country}}]',
};
