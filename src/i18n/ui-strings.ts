/**
 * The title screen's strings in each supported language. Plain records for now; they move to i18next
 * when the overlay grows. Every language has exactly the keys of {@linkcode UI_STRINGS}.en.
 */

/** The languages the interface is written in (DESIGN §1: English and French). */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const en = {
  title: 'Dual Mandate',
  subtitle: 'A training simulation on security sector reform and the protection of civilians.',
  languageGroup: 'Language',
  preparing:
    'The scenario packs are being prepared. Sessions will start from this screen once they are ready.',
  languageChanged: 'Language: English',
  invalidParameter: 'The page address has an invalid value for “{param}”; using the default instead.',
};

export type UiStringKey = keyof typeof en;

/** The title-screen strings, by language. */
export const UI_STRINGS: Record<Language, Record<UiStringKey, string>> = {
  en,
  fr: {
    title: 'Dual Mandate',
    subtitle:
      'Une simulation de formation sur la réforme du secteur de la sécurité et la protection des civils.',
    languageGroup: 'Langue',
    preparing:
      'Les scénarios sont en préparation. Les sessions démarreront depuis cet écran dès qu’ils seront prêts.',
    languageChanged: 'Langue : français',
    invalidParameter:
      'L’adresse de la page contient une valeur invalide pour « {param} » ; la valeur par défaut est utilisée.',
  },
};

/** Each language's name written in that language, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the page's `?lang=` value when it is valid, else the first of the browser's
 * preferred languages we support (by primary subtag, so `fr-CA` gives `fr`), else English.
 * `isRequestInvalid` is true when `?lang=` was given but is not a language we support (DESIGN §5, Page URL).
 */
export function resolveLanguage(
  requested: string | null,
  preferred: readonly string[],
): { language: Language; isRequestInvalid: boolean } {
  if (isLanguage(requested)) return { language: requested, isRequestInvalid: false };
  const browser = preferred.map((tag) => tag.toLowerCase().split('-')[0]).find(isLanguage);
  return { language: browser ?? 'en', isRequestInvalid: requested !== null };
}

/** Fills `{name}` placeholders from `values`; unknown placeholders are left as they are. */
export function formatUiString(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
