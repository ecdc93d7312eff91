/**
 * The interface's strings for the after-action review of one run (issue: after-action review), in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const REVIEW_EN = {} as const;

export const REVIEW_FR: Readonly<Record<keyof typeof REVIEW_EN, string>> = {};
