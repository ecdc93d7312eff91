/**
 * The interface's strings for the cohort debrief, group mode and the facilitator guide, in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const FACILITATION_EN = {} as const;

export const FACILITATION_FR: Readonly<Record<keyof typeof FACILITATION_EN, string>> = {};
