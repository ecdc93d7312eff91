import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/issues';
import { parseSourcesText } from '../../src/content/parse-sources';
import { resolveCitation } from '../../src/content/sources';
import { sources } from './content-helpers';
import { digestCitations, expandGroup } from '../../src/cli/digest-citations';

describe('scenarios/sources.yaml', () => {
  it('parses with the same safety checks as a pack', () => {
    const parsed = parseSourcesText(readFileSync('scenarios/sources.yaml'), 'scenarios/sources.yaml');
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
  });

  it('gives each seed document a full reference with its authors and year', () => {
    const documents = sources().documents;
    expect(Object.keys(documents).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(documents['001']!.reference).toMatch(/Chappuis.*Gorur.*2015/);
    expect(documents['003']!.reference).toMatch(/Ebo.*Hänggi.*LIT Verlag.*2020/);
    expect(documents['004']!.reference).toMatch(
      /International Forum for the Challenges of Peace Operations.*2021/,
    );
  });

  it('lists the eighteen chapters of 003 with their authors', () => {
    const chapters = sources().documents['003']!.chapters!;
    expect(
      Object.keys(chapters)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(chapters['11']).toMatchObject({
      title: 'Conflicting means, converging goals: Civilian protection and SSR',
      authors: 'Fairlie Chappuis and Aditi Gorur',
    });
  });
});

describe('resolveCitation', () => {
  const resolve = (code: string) => resolveCitation(code, sources());

  it.each([
    ['001 §Vetting security forces', 'Vetting security forces'],
    ['001 §Monitoring and reporting…', 'Monitoring and reporting on abuses by security forces'], // cut with an ellipsis
    [
      '001 §Training… (UNMISS)',
      'Training security forces on human rights and international humanitarian law',
    ], // a note in parentheses
    ['002 §3.2.1', '3.2.1 Support provided to the host state'],
    ['003 ch13 "Somalia and CAR"', 'Somalia and CAR: The importance of screening and background checks'], // the part before ":"
    ['003 ch7 "Layer 3"', 'Layer 3: MINUSCA-bilateral and MINUSCA-EU coordination'],
    ['003 ch13', 'Human rights and UN engagement with SSR'], // a bare chapter
    ['003 ch18 Rec. 4a', 'Recommendation 4a – Clarify roles and develop compacts'],
    [
      '003 Annex res. 2151 §19',
      'Security Council resolution 2151 (2014), adopted on 28 April 2014, paragraph 19',
    ],
    ['004 5.4.6', '5.4.6 Considerations'],
  ])('%s → %s', (code, section) => {
    expect(resolve(code)).toMatchObject({ ok: true, section });
  });

  it('gives a chapter of 003 its own reference, inside the book’s', () => {
    const resolved = resolve('003 ch10 "Attempts and difficulties in linking SSR and DDR"');
    expect(resolved.ok && resolved.reference).toMatch(
      /^Ayaka Suzuki, “Strengthening the DDR-SSR nexus: .*”, chapter 10 in Adedeji Ebo and Heiner Hänggi/,
    );
  });

  it.each([
    [
      '001 §Vetting securty forces',
      '"Vetting securty forces" is not a section of 001',
      'did you mean "001 §Vetting security forces"?',
    ],
    [
      '003 ch13 "Somalia and CAT"',
      '"Somalia and CAT" is not a heading of 003 ch13',
      'did you mean 003 ch13 "Somalia and CAR"?',
    ],
    ['003 ch19', '003 has no chapter 19', 'chapters are ch1–ch18 and Annex'],
    [
      '003 Annex res. 2151 §21',
      '"res. 2151 §21" is not a paragraph of the annex of 003',
      'cite it as "003 Annex res. 2151 §<1–20>"',
    ],
    [
      '004 5.4.9',
      '"5.4.9" is not a section of 004',
      'did you mean "004 5.4.1"? (sections: 5.4, 5.4.1, 5.4.2, 5.4.3, 5.4.4, 5.4.5, 5.4.6)',
    ],
    [
      '005 §Intro',
      'no source document "005"',
      'cite one of 000, 001, 002, 003, 004 (scenarios/sources.yaml)',
    ],
    [
      '001 Vetting security forces',
      '"001 Vetting security forces" does not name a section',
      'cite it as "001 §<heading>"',
    ],
    [
      '001 §Monitoring and reportng…',
      '"Monitoring and reportng…" is not a section of 001',
      'did you mean "001 §Monitoring and reporting…"?',
    ],
  ])('catches the slip in %s', (code, message, fix) => {
    expect(resolve(code)).toEqual({ ok: false, message, fix });
  });
});

describe('the seed digest’s citations', () => {
  it('expands the digest’s shorthand runs into full codes', () => {
    expect(
      expandGroup(
        '001 §Impartiality; §Conflating…; 003 ch2 "Evaluating the UN approach to SSR"; "Mali and the DRC"; ch18 Rec. 2c',
      ),
    ).toEqual([
      '001 §Impartiality',
      '001 §Conflating…',
      '003 ch2 "Evaluating the UN approach to SSR"',
      '003 ch2 "Mali and the DRC"',
      '003 ch18 Rec. 2c',
    ]);
    expect(expandGroup('002 §1, §4')).toEqual(['002 §1', '002 §4']);
  });

  it('finds the citations of a digest-like text and resolves them (the full digest: npm run -s check:digest)', () => {
    const markdown = [
      '- **Vetting** — audits personnel. [001 §Vetting security forces; 003 ch9 "Lesson 1"]',
      '| Finance ministry | Affordability | 003 ch12 |',
      '4. **Vetting lowers H**: "both by removing individuals" — 001 §Vetting security forces.',
    ].join('\n');
    const found = digestCitations(markdown);
    expect(found.map(({ code, line }) => `${line}: ${code}`)).toEqual([
      '1: 001 §Vetting security forces',
      '1: 003 ch9 "Lesson 1"',
      '2: 003 ch12',
      '3: 001 §Vetting security forces',
    ]);
    expect(found.filter(({ code }) => !resolveCitation(code, sources()).ok)).toEqual([]);
  });
});
