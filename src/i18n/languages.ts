/** The languages the interface is written in (DESIGN §1: English and French). */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name written in that language, as the language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français' };

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
