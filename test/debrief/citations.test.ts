import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/content/sources';
import { citationOf } from '../../src/debrief/citations';
import { loadFixture } from '../support/fixture';
import { loadSources } from './debrief-helpers';

const fixture = loadFixture();
const sources = loadSources();

/** Every citation code the fixture pack writes (options, incidents, benchmarks, mandate changes, …). */
function codesOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => codesOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'cites' && Array.isArray(item)) item.forEach((code: string) => found.add(code));
      else codesOf(item, found);
    }
  }
  return found;
}

describe('citationOf', () => {
  const codes = [...codesOf(fixture)].sort();

  it('finds the fixture’s many citations', () => {
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each(codes)('gives %s the reference and section resolveCitation gives (without Zod)', (code) => {
    const resolved = resolveCitation(code, sources);
    if (!resolved.ok) throw new Error(`${code}: ${resolved.message}`);
    const cited = citationOf(code, sources);
    expect(cited.reference).toBe(resolved.reference);
    if (resolved.section !== undefined) expect(cited.section).toBe(resolved.section);
    expect(cited.short).toBe(resolved.source.short);
  });

  it('falls back to the code itself without sources or for an unknown document', () => {
    expect(citationOf('001 §Impartiality', undefined)).toEqual({
      code: '001 §Impartiality',
      reference: '001 §Impartiality',
    });
    expect(citationOf('009 §Nowhere', sources)).toEqual({ code: '009 §Nowhere', reference: '009 §Nowhere' });
  });

  it('names an annex paragraph of the book', () => {
    const resolved = resolveCitation('003 Annex res. 2151 §19', sources);
    if (!resolved.ok) throw new Error(resolved.message);
    expect(citationOf('003 Annex res. 2151 §19', sources)).toMatchObject({
      reference: resolved.reference,
      section: resolved.section,
    });
    expect(resolved.section).toContain('paragraph 19');
  });

  it('resolves a heading cut with an ellipsis and a trailing note, as the digest writes them', () => {
    expect(citationOf('001 §Monitoring and reporting…', sources).section).toBe(
      'Monitoring and reporting on abuses by security forces',
    );
    expect(citationOf('001 §Impartiality (UNMISS)', sources).section).toBe('Impartiality');
  });
});
