/**
 * The interface's strings for the LMS adapters (SCORM, cmi5) and the offline app, in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const LMS_EN = {} as const;

export const LMS_FR: Readonly<Record<keyof typeof LMS_EN, string>> = {};
