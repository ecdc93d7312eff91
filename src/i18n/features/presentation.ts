/**
 * The interface's strings for the map, sound settings and captions of every cue, in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const PRESENTATION_EN = {} as const;

export const PRESENTATION_FR: Readonly<Record<keyof typeof PRESENTATION_EN, string>> = {};
