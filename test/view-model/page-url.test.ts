import { describe, expect, it } from 'vitest';
import { opensSessionDirectly, parsePageUrl, sessionSearch } from '../../src/view-model/page-url';

const PACKS = ['kessaria', 'fixture'];

describe('parsePageUrl', () => {
  it('reads every parameter of DESIGN §5', () => {
    const request = parsePageUrl(
      '?scenario=fixture&seed=e2e-1&lang=fr&mode=group&turns=8&difficulty=hard',
      PACKS,
    );
    expect(request).toEqual({
      scenario: 'fixture',
      seed: 'e2e-1',
      mode: 'group',
      turns: 8,
      difficulty: 'hard',
      invalid: [],
    });
    expect(opensSessionDirectly(request)).toBe(true);
  });

  it('leaves absent values to their defaults and stays on the title without a scenario', () => {
    const request = parsePageUrl('', PACKS);
    expect(request).toEqual({ invalid: [] });
    expect(opensSessionDirectly(request)).toBe(false);
  });

  it('names each invalid parameter, and then does not skip the title', () => {
    const request = parsePageUrl(
      '?scenario=atlantis&seed=no/slash&lang=de&mode=solo&turns=9&difficulty=easy',
      PACKS,
    );
    expect(request.invalid).toEqual(['scenario', 'seed', 'lang', 'turns', 'difficulty']);
    expect(request.mode).toBe('solo');
    expect(opensSessionDirectly(parsePageUrl('?scenario=fixture&turns=10', PACKS))).toBe(false);
  });

  it('refuses seeds outside 1–32 of [A-Za-z0-9._-] (DESIGN §3)', () => {
    expect(parsePageUrl(`?seed=${'a'.repeat(33)}`, PACKS).invalid).toEqual(['seed']);
    expect(parsePageUrl('?seed=', PACKS).invalid).toEqual(['seed']);
    expect(parsePageUrl(`?seed=${'a'.repeat(32)}`, PACKS).seed).toBe('a'.repeat(32));
  });

  it('reads ?run= as the review to open', () => {
    const request = parsePageUrl('?run=DM1abc', PACKS);
    expect(request).toEqual({ run: 'DM1abc', invalid: [] });
  });

  it('reads mode=course (an LMS launch) like the other modes', () => {
    const request = parsePageUrl('?scenario=fixture&mode=course&turns=8', PACKS);
    expect(request).toEqual({ scenario: 'fixture', mode: 'course', turns: 8, invalid: [] });
  });
});

describe('sessionSearch', () => {
  it('writes the URL a reload reads back', () => {
    const run = {
      scenario: 'fixture',
      seed: 'abc',
      lang: 'en',
      mode: 'solo',
      turns: 8,
      difficulty: 'normal',
    };
    const search = sessionSearch(run);
    expect(search).toBe('?scenario=fixture&seed=abc&lang=en&mode=solo&turns=8&difficulty=normal');
    expect(parsePageUrl(search, PACKS)).toMatchObject({ scenario: 'fixture', seed: 'abc', turns: 8 });
  });
});
