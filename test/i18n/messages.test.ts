import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import { FR } from '../../src/i18n/fr';
import { createLocales, RESOURCES } from '../../src/i18n/i18n';
import { LANGUAGES, resolveLanguage } from '../../src/i18n/languages';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** French typography as STYLE §6 types it; each rule returns the offending strings. */
const FRENCH_RULES: [rule: string, offends: (text: string) => boolean][] = [
  ['’ for the apostrophe, never the ASCII one', (text) => text.includes("'")],
  [
    'a no-break space (U+00A0) before ":"',
    (text) => /[^\u00a0]:(?!\/\/)/.test(text.replace(/\{\{\w+\}\}/g, '')),
  ],
  ['a narrow no-break space (U+202F) before ";", "?" and "!"', (text) => /[^\u202f][;?!]/.test(text)],
  ['a no-break space inside « »', (text) => /«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text)],
  ['“English” quotes are not French', (text) => /[“”"]/.test(text)],
  ['… rather than three dots', (text) => text.includes('...')],
  ['no ordinary space before punctuation or after «', (text) => / [:;?!»]|« /.test(text)],
];

describe('UI messages', () => {
  it('give French exactly the keys of English, none of them empty', () => {
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
    for (const language of LANGUAGES) {
      const strings: Record<string, string> = RESOURCES[language].translation;
      expect(Object.entries(strings).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(EN).filter(
      (key) =>
        placeholders(EN[key as keyof typeof EN]).join() !== placeholders(FR[key as keyof typeof EN]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(FRENCH_RULES)('French typography: %s', (_rule, offends) => {
    expect(Object.entries(FR).filter(([, text]) => offends(text))).toEqual([]);
  });

  it('catch the typography mistakes they are meant to', () => {
    const offended = (text: string) =>
      FRENCH_RULES.filter(([, offends]) => offends(text)).map(([rule]) => rule);
    expect(offended("L'aide : ici ; là ? « oui »")).toHaveLength(5);
    expect(offended(`L’aide${NBSP}: ici${NNBSP}; là${NNBSP}? «${NBSP}oui${NBSP}»`)).toEqual([]);
  });
});

describe('locales', () => {
  const { en, fr } = createLocales();

  it('fill placeholders without escaping (the overlay writes text, never HTML)', () => {
    expect(en.t('quarter.heading', { turn: 3, turns: 8 })).toBe('Quarter 3 of 8');
    expect(fr.t('briefing.heading', { scenario: 'A & <B>' })).toBe(`Briefing${NBSP}: A & <B>`);
  });

  it('pick a pack’s text in their language and join lists the local way', () => {
    expect(fr.text({ en: 'North Hills', fr: 'Collines du Nord' })).toBe('Collines du Nord');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(fr.list(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('resolveLanguage', () => {
  it('takes a valid ?lang= over the browser language', () => {
    expect(resolveLanguage('fr', ['en-US'])).toEqual({ language: 'fr', isRequestInvalid: false });
  });

  it('falls back to the first supported browser language, by primary subtag', () => {
    expect(resolveLanguage(null, ['de-DE', 'fr-CA', 'en'])).toEqual({
      language: 'fr',
      isRequestInvalid: false,
    });
  });

  it('uses English when nothing matches', () => {
    expect(resolveLanguage(null, ['de-DE'])).toEqual({ language: 'en', isRequestInvalid: false });
  });

  it('flags an unsupported ?lang= and still picks a language', () => {
    expect(resolveLanguage('xx', ['fr-FR'])).toEqual({ language: 'fr', isRequestInvalid: true });
    expect(resolveLanguage('', [])).toEqual({ language: 'en', isRequestInvalid: true });
  });
});
