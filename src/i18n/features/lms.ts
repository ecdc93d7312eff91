/**
 * The interface's strings for the LMS adapters (SCORM, cmi5) and the offline app, in English and French. Same rules as en.ts and
 * fr.ts (flat keys, `{{name}}` placeholders, French typography of STYLE §6); en.ts and fr.ts merge them, and
 * test/i18n checks them with every other message.
 */
export const LMS_EN = {
  'lms.end.title': 'Module finished',
  'lms.end.recorded': 'Your course has recorded this session. You can now close this window.',
  'lms.end.standalone':
    'No learning platform was found around this page, so no course recorded this session; it was kept on this device only.',
} as const;

export const LMS_FR: Readonly<Record<keyof typeof LMS_EN, string>> = {
  'lms.end.title': 'Module terminé',
  'lms.end.recorded':
    'Votre formation a enregistré cette session. Vous pouvez maintenant fermer cette fenêtre.',
  'lms.end.standalone':
    'Aucune plateforme d’apprentissage n’a été trouvée autour de cette page : aucune formation n’a enregistré cette session, conservée sur cet appareil uniquement.',
};
