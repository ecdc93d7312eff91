import { describe, expect, it } from 'vitest';
import { courseLanguage, courseStartOf, parseCourseOptions } from '../../src/lms/course-options';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { cutAfter, fixture, shortRun } from './runs';

describe('parseCourseOptions', () => {
  it('reads no options from an unset or empty variable: the web build', () => {
    expect(parseCourseOptions(undefined)).toEqual({ ok: true, options: undefined });
    expect(parseCourseOptions('  ')).toEqual({ ok: true, options: undefined });
  });

  it('reads the options the packager bakes in, mastery optional', () => {
    expect(parseCourseOptions('{"scenario":"kessaria","turns":8,"lang":"fr","mastery":70}')).toEqual({
      ok: true,
      options: { scenario: 'kessaria', turns: 8, lang: 'fr', mastery: 70 },
    });
    expect(parseCourseOptions('{"scenario":"halora","turns":12,"lang":"en"}')).toEqual({
      ok: true,
      options: { scenario: 'halora', turns: 12, lang: 'en' },
    });
  });

  it.each([
    ['not json', 'not JSON'],
    ['[1]', 'not an object'],
    ['{"turns":8,"lang":"en"}', 'scenario'],
    ['{"scenario":"../x","turns":8,"lang":"en"}', 'scenario'],
    ['{"scenario":"kessaria","turns":10,"lang":"en"}', 'neither 8 nor 12'],
    ['{"scenario":"kessaria","turns":8,"lang":"de"}', 'neither en nor fr'],
    ['{"scenario":"kessaria","turns":8,"lang":"en","mastery":101}', 'mastery'],
    ['{"scenario":"kessaria","turns":8,"lang":"en","mastery":50.5}', 'mastery'],
  ])('refuses %s, saying what is wrong', (text, reason) => {
    const parsed = parseCourseOptions(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('courseLanguage', () => {
  it('takes the learner preference by its primary subtag, whatever its case or separator', () => {
    for (const preference of ['fr', 'fr-CA', 'FR', 'fr_BE', ' fr-ch '])
      expect(courseLanguage(preference, 'en')).toBe('fr');
    expect(courseLanguage('en-GB', 'fr')).toBe('en');
  });

  it('falls back to the package language when the LMS gives none, or one we do not have', () => {
    expect(courseLanguage('', 'fr')).toBe('fr');
    expect(courseLanguage('de-DE', 'fr')).toBe('fr');
    expect(courseLanguage('', 'en')).toBe('en');
  });

  it('takes the first language we have from a list in order of preference (cmi5’s languagePreference)', () => {
    expect(courseLanguage('fr-CA,en-US', 'en')).toBe('fr');
    expect(courseLanguage('de-DE, fr-FR ,en', 'en')).toBe('fr'); // German first, which we lack
    expect(courseLanguage('en-US,fr-FR', 'fr')).toBe('en');
    expect(courseLanguage('de,es-ES', 'fr')).toBe('fr');
    expect(courseLanguage(',', 'en')).toBe('en');
  });
});

describe('courseStartOf', () => {
  const played = shortRun();
  const cut = cutAfter(played.log, 3);
  const decode = (code: string) => decodeRunCode(code, fixture);

  it('starts fresh on a first launch (empty suspend_data)', () => {
    expect(courseStartOf('', 8, decode)).toEqual({ kind: 'fresh' });
  });

  it('resumes the run the code holds', () => {
    expect(courseStartOf(encodeRunCode(cut, fixture), 8, decode)).toEqual({ kind: 'resume', log: cut });
  });

  it('starts fresh, with the reason, from a code that does not decode or is for another length', () => {
    const junk = courseStartOf('DM1garbage', 8, decode);
    expect(junk.kind).toBe('fresh');
    expect('problem' in junk && junk.problem).toMatch(/^suspend_data was not resumed: /);
    const otherLength = courseStartOf(encodeRunCode(cut, fixture), 12, decode);
    expect('problem' in otherLength && otherLength.problem).toContain(
      'its run has 8 quarters, this course 12',
    );
  });
});
