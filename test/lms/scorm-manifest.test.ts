// @vitest-environment jsdom
// The manifest is read back with the DOM's XML parser (jsdom): well-formed, namespaced as each version's CAM says.
import { describe, expect, it } from 'vitest';
import { fileHref, scormManifest, xmlEscape, type ManifestCourse } from '../../src/lms/scorm-manifest';

const COURSE: ManifestCourse = {
  identifier: 'dual-mandate-kessaria-8q',
  title: 'Dual Mandate: Kessaria & <friends>',
  description: 'A "war-torn" country.',
  language: 'en',
  objectives: [
    { id: 'capacity-and-accountability', text: 'Weigh capacity against accountability.' },
    { id: '2-spectrum', text: 'Respond along a spectrum.' },
  ],
  mastery: 75,
};
const FILES = ['index.html', 'assets/index-abc.js', 'icons/dual mandate.svg', 'assets/kessaria-x.js'];

const IMSCP = {
  '1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  '2004': 'http://www.imsglobal.org/xsd/imscp_v1p1',
};
const ADLCP = {
  '1.2': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  '2004': 'http://www.adlnet.org/xsd/adlcp_v1p3',
};
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('xmlEscape and fileHref', () => {
  it('escape the five XML specials and percent-encode path segments', () => {
    expect(xmlEscape(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
    expect(fileHref('icons/dual mandate.svg')).toBe('icons/dual%20mandate.svg');
    expect(fileHref('assets/index-abc.js')).toBe('assets/index-abc.js');
  });
});

describe.each(['1.2', '2004'] as const)('scormManifest %s', (version) => {
  const doc = parse(scormManifest(version, COURSE, FILES));
  const root = doc.documentElement;

  it('is a content package manifest with the schema version of its SCORM edition', () => {
    expect(root.namespaceURI).toBe(IMSCP[version]);
    expect(root.getAttribute('identifier')).toBe('dual-mandate-kessaria-8q');
    expect(doc.getElementsByTagNameNS(IMSCP[version], 'schema')[0]?.textContent).toBe('ADL SCORM');
    expect(doc.getElementsByTagNameNS(IMSCP[version], 'schemaversion')[0]?.textContent).toBe(
      version === '1.2' ? '1.2' : '2004 4th Edition',
    );
  });

  it('launches one SCO at index.html that lists every file, sorted, with the version as a launch parameter', () => {
    const resources = doc.getElementsByTagNameNS(IMSCP[version], 'resource');
    expect(resources).toHaveLength(1);
    const sco = resources[0]!;
    expect(sco.getAttribute('href')).toBe('index.html');
    expect(sco.getAttributeNS(ADLCP[version], version === '1.2' ? 'scormtype' : 'scormType')).toBe('sco');
    const files = [...sco.getElementsByTagNameNS(IMSCP[version], 'file')].map((file) =>
      file.getAttribute('href'),
    );
    expect(files).toEqual([
      'assets/index-abc.js',
      'assets/kessaria-x.js',
      'icons/dual%20mandate.svg',
      'index.html',
    ]);
    const item = doc.getElementsByTagNameNS(IMSCP[version], 'item')[0]!;
    expect(item.getAttribute('identifierref')).toBe('sco');
    expect(item.getAttribute('parameters')).toBe(`?scorm=${version}`);
  });

  it('carries the title, description and every learning objective, escaped', () => {
    const text = root.textContent ?? '';
    expect(text).toContain('Dual Mandate: Kessaria & <friends>');
    expect(text).toContain('A "war-torn" country.');
    for (const objective of COURSE.objectives) expect(text).toContain(objective.text);
  });

  it('declares the mastery where the LMS reads it', () => {
    if (version === '1.2') {
      expect(doc.getElementsByTagNameNS(ADLCP['1.2'], 'masteryscore')[0]?.textContent).toBe('75');
    } else {
      const primary = doc.getElementsByTagNameNS(IMSSS, 'primaryObjective')[0]!;
      expect(primary.getAttribute('satisfiedByMeasure')).toBe('true');
      expect(primary.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')[0]?.textContent).toBe('0.75');
      const ids = [...doc.getElementsByTagNameNS(IMSSS, 'objective')].map((o) =>
        o.getAttribute('objectiveID'),
      );
      expect(ids).toEqual(['capacity-and-accountability', 'o-2-spectrum']);
    }
  });

  it('declares no mastery when the course sets none', () => {
    const { mastery: _, ...none } = COURSE;
    const bare = parse(scormManifest(version, none, FILES));
    expect(bare.getElementsByTagNameNS(ADLCP['1.2'], 'masteryscore')).toHaveLength(0);
    expect(bare.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')).toHaveLength(0);
  });

  it('points nowhere outside the package: no schema location, no URL but namespace names', () => {
    const xml = scormManifest(version, COURSE, FILES);
    expect(xml).not.toContain('schemaLocation');
    const urls = [...xml.matchAll(/https?:\/\/[^"\s<]+/g)].map((match) => match[0]);
    for (const url of urls)
      expect(xml).toMatch(new RegExp(`xmlns(:\\w+)?="${url.replace(/[.?]/g, '\\$&')}"`));
  });

  it('refuses an identifier that is not an XML ID, a mastery outside 0–100 and a listed manifest', () => {
    expect(() => scormManifest(version, { ...COURSE, identifier: '1st' }, FILES)).toThrow(/XML ID/);
    expect(() => scormManifest(version, { ...COURSE, mastery: 120 }, FILES)).toThrow(/0–100/);
    expect(() => scormManifest(version, COURSE, [...FILES, 'imsmanifest.xml'])).toThrow(/itself/);
  });
});
