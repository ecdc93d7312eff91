import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText } from '../../src/content/parse-scenario';
import { FIXTURES, sources } from './content-helpers';

const MINIMAL = readFileSync(`${FIXTURES}/minimal.yaml`, 'utf8');

/** minimal.yaml with one line changed in place (so every other line keeps its number). */
const withLine = (from: string, to: string) => {
  expect(MINIMAL.split(from)).toHaveLength(2); // the edit is unambiguous
  const result = parseScenarioText(MINIMAL.replace(from, to), 'minimal.yaml', { sources: sources() });
  return result.ok ? [] : result.issues.map(formatIssue);
};

// Schema-stage messages: plain sentences at the YAML line, never Zod's "Invalid input". Lines read off minimal.yaml.
describe('schema messages', () => {
  it.each([
    [
      'a wrong format version',
      'formatVersion: 1\n',
      'formatVersion: 2\n',
      'minimal.yaml:3 › formatVersion: must be 1 (got 2) — this is format version 1',
    ],
    [
      'a number below its minimum',
      'turns: 8\n',
      'turns: 7\n',
      'minimal.yaml:7 › turns: must be at least 8 (got 7)',
    ],
    [
      'a fraction where a whole number is due',
      'tags: [lever:vetting, stance:accountability-first]\n        cost: 2\n        effects: [{ target: accountability',
      'tags: [lever:vetting, stance:accountability-first]\n        cost: 1.5\n        effects: [{ target: accountability',
      'minimal.yaml:57 › decisions[0].options[0].cost: must be a whole number (got 1.5)',
    ],
    [
      'a text in one language only',
      'title: { en: The 60-day list, fr: La liste des 60 jours }',
      'title: The 60-day list',
      'minimal.yaml:47 › decisions[0].title: must be a text in both languages (got "The 60-day list") — write {en: …, fr: …}',
    ],
    [
      'a missing translation key',
      'title: { en: The 60-day list, fr: La liste des 60 jours }',
      'title: { en: The 60-day list }',
      'minimal.yaml:47 › decisions[0].title: missing required key "fr" — add fr: …',
    ],
    [
      'an empty translation',
      'title: { en: The 60-day list, fr: La liste des 60 jours }',
      "title: { en: The 60-day list, fr: ' ' }",
      'minimal.yaml:47 › decisions[0].title.fr: must not be empty — write the text (both en and fr are required)',
    ],
    [
      'a point with one coordinate',
      '    label: [0.5, 0.25]\n',
      '    label: [0.5]\n',
      'minimal.yaml:28 › regions[0].label: must be a point [x, y] (got 1 number) — write both coordinates, each from 0 to 1',
    ],
    [
      'a number where an id is due',
      '      - id: screen-first\n',
      '      - id: 123\n',
      'minimal.yaml:54 › decisions[0].options[0].id: must be text (got 123) — put it in quotes',
    ],
    [
      'an id that is not kebab-case',
      '      - id: screen-first\n',
      '      - id: Screen First\n',
      'minimal.yaml:54 › decisions[0].options[0].id: "Screen First" is not a kebab-case id — use lowercase words joined by hyphens, e.g. "sixty-day-list"',
    ],
    [
      'a misspelt incident kind',
      '    kind: news\n',
      '    kind: nws\n',
      'minimal.yaml:627 › incidents[2].kind: "nws" is not an incident kind — did you mean "news"?',
    ],
  ])('%s', (_what, from, to, expected) => {
    expect(withLine(from, to)).toEqual([expected]);
  });
});
