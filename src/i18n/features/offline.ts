/**
 * The interface's strings for the offline app (installable PWA, single-file build; issue 12), in English and
 * French. Same rules as en.ts and fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6);
 * en.ts and fr.ts merge them, and test/i18n checks them with every other message.
 */
export const OFFLINE_EN = {
  'offline.updateReady':
    'A new version of Dual Mandate has been downloaded. It starts the next time you open the game.',
} as const;

export const OFFLINE_FR: Readonly<Record<keyof typeof OFFLINE_EN, string>> = {
  'offline.updateReady':
    'Une nouvelle version de Dual Mandate a été téléchargée. Elle s’ouvrira la prochaine fois que vous lancerez le jeu.',
};
