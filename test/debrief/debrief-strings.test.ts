import { describe, expect, it } from 'vitest';
import { DEBRIEF_STRINGS, fillDebriefString } from '../../src/i18n/debrief-strings';
import { LANGUAGES } from '../../src/i18n/languages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

/** French typography (STYLE §6); each rule says whether a string offends it. */
const FRENCH_RULES: [rule: string, offends: (text: string) => boolean][] = [
  ['’ for the apostrophe, never the ASCII one', (text) => text.includes("'")],
  ['a no-break space (U+00A0) before ":"', (text) => /[^\u00a0]:/u.test(text)],
  ['a narrow no-break space (U+202F) before ";", "?" and "!"', (text) => /[^\u202f][;?!]/u.test(text)],
  ['a no-break space inside « »', (text) => /«[^\u00a0\u202f]|[^\u00a0\u202f]»/u.test(text)],
  ['no “English” quotes', (text) => /[“”"]/u.test(text)],
];

describe('debrief strings', () => {
  it('give French exactly the keys of English, none of them empty', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(DEBRIEF_STRINGS[language]).sort()).toEqual(Object.keys(DEBRIEF_STRINGS.en).sort());
      expect(Object.values(DEBRIEF_STRINGS[language]).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const keys = Object.keys(DEBRIEF_STRINGS.en) as (keyof typeof DEBRIEF_STRINGS.en)[];
    expect(
      keys.filter(
        (key) =>
          placeholders(DEBRIEF_STRINGS.en[key]).join() !== placeholders(DEBRIEF_STRINGS.fr[key]).join(),
      ),
    ).toEqual([]);
  });

  it.each(FRENCH_RULES)('French typography: %s', (_rule, offends) => {
    expect(Object.entries(DEBRIEF_STRINGS.fr).filter(([, text]) => offends(text))).toEqual([]);
  });

  it('the typography rules catch what they are meant to', () => {
    const offended = (text: string) => FRENCH_RULES.filter(([, offends]) => offends(text)).length;
    expect(offended("L'aide : ici ; là ? « oui » “non”")).toBe(5);
    expect(offended('L’aide\u00a0: ici\u202f; là\u202f? «\u00a0oui\u00a0»')).toBe(0);
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(fillDebriefString('{{a}} and {{b}}', { a: 'Q2' })).toBe('Q2 and {{b}}');
  });
});
