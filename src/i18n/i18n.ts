import i18next from 'i18next';
import type { LocalText } from '../content/scenario.schema';
import { EN, type MessageKey } from './en';
import { FR } from './fr';
import { LANGUAGES, type Language } from './languages';

export type { MessageKey } from './en';

/** Values for a message's `{{name}}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Everything a view model needs to speak one language: UI messages, pack texts, lists. */
export interface Locale {
  readonly language: Language;
  /** A UI message with its placeholders filled. */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** A pack's `{en, fr, …}` text in this language (English if a pack lacks it). */
  readonly text: (text: LocalText) => string;
  /** "a, b and c" / « a, b et c ». */
  readonly list: (items: readonly string[]) => string;
}

/** The i18next resources: one `translation` namespace per language. */
export const RESOURCES = {
  en: { translation: EN },
  fr: { translation: FR },
} as const satisfies Record<Language, { translation: Readonly<Record<MessageKey, string>> }>;

/**
 * One locale per language, over a single synchronous i18next instance. Flat keys (`keySeparator: false`)
 * and no HTML escaping: the overlay writes every string through `textContent`, never as HTML.
 */
export function createLocales(): Readonly<Record<Language, Locale>> {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: RESOURCES,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const locale = (language: Language): Locale => {
    const fixed = instance.getFixedT(language);
    const lists = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    return {
      language,
      t: (key, values) => fixed(key, values ?? {}),
      text: (text) => text[language] ?? text.en,
      list: (items) => lists.format(items),
    };
  };
  return Object.fromEntries(LANGUAGES.map((language) => [language, locale(language)])) as Record<
    Language,
    Locale
  >;
}
