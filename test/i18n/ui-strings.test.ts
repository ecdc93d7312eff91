import { describe, expect, it } from 'vitest';
import { formatUiString, LANGUAGES, resolveLanguage, UI_STRINGS } from '../../src/i18n/ui-strings';

describe('UI strings', () => {
  it('give every language the same keys, none of them empty', () => {
    const englishKeys = Object.keys(UI_STRINGS.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(UI_STRINGS[language]).sort()).toEqual(englishKeys);
      expect(Object.values(UI_STRINGS[language]).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(formatUiString('bad “{param}” in {where}', { param: 'lang' })).toBe('bad “lang” in {where}');
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
