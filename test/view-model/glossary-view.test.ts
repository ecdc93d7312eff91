import { describe, expect, it } from 'vitest';
import { glossaryTerms, selectGlossary } from '../../src/view-model/glossary-view';
import { loadFixture } from '../support/fixture';
import { LOCALES } from '../support/session';

const SHARED = glossaryTerms({
  formatVersion: 1,
  terms: [
    { id: 'ssr', term: { en: 'SSR', fr: 'RSS' }, definition: { en: 'Reform.', fr: 'Réforme.' } },
    { id: 'hrddp', term: { en: 'HRDDP (shared)', fr: 'PDDH (commun)' }, definition: { en: 'x', fr: 'x' } },
    { id: 'broken', term: 'no text' },
  ],
});

describe('the help glossary', () => {
  it('keeps only well-formed terms of the shared glossary file', () => {
    expect(SHARED.map((term) => term.id)).toEqual(['ssr', 'hrddp']);
    expect(glossaryTerms(null)).toEqual([]);
    expect(glossaryTerms({ terms: 'none' })).toEqual([]);
  });

  it('starts with political capital, then the shared terms, then the pack’s own', () => {
    const fr = selectGlossary(SHARED, undefined, LOCALES.fr);
    expect(fr.map((entry) => entry.term)).toEqual(['Capital politique', 'RSS', 'PDDH (commun)']);
  });

  it('lets a pack term replace the shared term with its id', () => {
    // The fixture pack adds hrddp: "HRDDP" / "PDDH".
    const en = selectGlossary(SHARED, loadFixture(), LOCALES.en);
    expect(en.map((entry) => entry.term)).toEqual(['Political capital', 'SSR', 'HRDDP']);
  });
});
