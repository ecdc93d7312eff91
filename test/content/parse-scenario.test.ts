import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText } from '../../src/content/parse-scenario';
import { FIXTURES, JS_NOISE, sources } from './content-helpers';

/** The formatted issues of a text that never reaches the schema. */
const refusals = (input: string | Uint8Array, options: { maxBytes?: number } = {}) => {
  const result = parseScenarioText(input, 'pack.yaml', { sources: sources(), ...options });
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('parseScenarioText', () => {
  it('accepts the fixture pack with no issue at all', () => {
    const result = parseScenarioText(readFileSync(`${FIXTURES}/minimal.yaml`), 'minimal.yaml', {
      sources: sources(),
    });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.scenario.decisions.length).toBe(10);
  });

  it('accepts the same pack as a string, as the Vite plugin passes it', () => {
    const text = readFileSync(`${FIXTURES}/minimal.yaml`, 'utf8');
    expect(parseScenarioText(text, 'scenarios/minimal.yaml', { sources: sources() }).ok).toBe(true);
  });
});

describe('YAML a pack never needs is refused with a plain message', () => {
  const cases: [what: string, input: string | Uint8Array, expected: string[], maxBytes?: number][] = [
    [
      'an alias and its anchor',
      'a: &x 1\nb: *x\n',
      [
        'pack.yaml:1 › a: anchor "&x" is not allowed — remove the anchor and write any repeated value out in full',
        'pack.yaml:2 › b: alias "*x" is not allowed — write the value out in full (aliases can expand a small file into a huge one)',
      ],
    ],
    [
      'a custom tag',
      'formatVersion: 1\ntitle: !include other.yaml\n',
      [
        'pack.yaml:2 › title: custom tag "!include" is not allowed — remove the tag; content files hold plain text, numbers, lists and mappings',
      ],
    ],
    [
      'a duplicate key',
      'formatVersion: 1\nid: a\nid: b\n',
      [
        'pack.yaml:3 › duplicate key "id" — a key may appear once per mapping; keep one of them (YAML would silently drop the other)',
      ],
    ],
    [
      'a __proto__ key',
      'formatVersion: 1\nregions:\n  - __proto__: { polluted: true }\n',
      [
        'pack.yaml:3 › regions[0].__proto__: the key "__proto__" is not allowed — rename or remove it (it would reach JavaScript object internals)',
      ],
    ],
    [
      'a constructor key',
      'constructor: 1\n',
      [
        'pack.yaml:1 › constructor: the key "constructor" is not allowed — rename or remove it (it would reach JavaScript object internals)',
      ],
    ],
    [
      'nesting deeper than 32',
      `a: ${'['.repeat(32)}1${']'.repeat(32)}\n`,
      [
        `pack.yaml:1 › a${'[0]'.repeat(31)}: nesting deeper than 32 levels — flatten the structure; a pack never needs this depth`,
      ],
    ],
    [
      'nesting that would exhaust the parser',
      `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      ['pack.yaml:1 › nesting deeper than 32 levels — flatten the structure; a pack never needs this depth'],
    ],
    [
      'a file over the size cap (4 + 600 + 2 bytes)',
      `a: "${'x'.repeat(600)}"\n`,
      [
        'pack.yaml › the file is 606 bytes (0.59 KiB), over the 512-byte (0.50 KiB) cap for content files — split it up or trim it; a whole pack fits well within the cap',
      ],
      512,
    ],
    [
      'invalid UTF-8',
      new Uint8Array([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xc3, 0x28, 0x0a]),
      [
        'pack.yaml:2 › invalid UTF-8 at byte 7 (0xc3) — save the file as UTF-8 (the text was probably written in another encoding)',
      ],
    ],
    [
      'a second document',
      'formatVersion: 1\n---\nformatVersion: 1\n',
      [
        'pack.yaml:2 › the file holds more than one YAML document — keep one pack per file: remove the "---" line and what follows, or merge it into the first document',
      ],
    ],
    [
      'a list at the top level',
      '- formatVersion: 1\n',
      [
        'pack.yaml:1 › the top level is a list; it must be a mapping of keys — start the file with "formatVersion: 1" and the other top-level keys',
      ],
    ],
    [
      'a single value at the top level',
      'just text\n',
      [
        'pack.yaml:1 › the top level is a single value; it must be a mapping of keys — start the file with "formatVersion: 1" and the other top-level keys',
      ],
    ],
    [
      'an empty file',
      '',
      [
        'pack.yaml:1 › the file is empty; it must be a mapping of keys — start the file with "formatVersion: 1" and the other top-level keys',
      ],
    ],
    [
      'a tab used for indentation',
      'a:\n\t- 1\n',
      ['pack.yaml:2 › a tab is used for indentation — indent with spaces'],
    ],
  ];

  it.each(cases)('%s', (_what, input, expected, maxBytes) => {
    expect(refusals(input, maxBytes === undefined ? {} : { maxBytes })).toEqual(expected);
  });

  it.each(cases)('%s: no JavaScript error name or stack frame', (_what, input, _expected, maxBytes) => {
    for (const message of refusals(input, maxBytes === undefined ? {} : { maxBytes }))
      expect(message).not.toMatch(JS_NOISE);
  });

  it('caps packs at 512 KiB by default', () => {
    const big = `a: "${'x'.repeat(512 * 1024)}"\n`; // 512 KiB of x plus 6 bytes: 524,288 + 6
    expect(refusals(big)).toEqual([
      'pack.yaml › the file is 524294 bytes (512.01 KiB), over the 524288-byte (512 KiB) cap for content files — split it up or trim it; a whole pack fits well within the cap',
    ]);
  });

  it('reports a syntax error at its line, in words, without the parser’s code frame', () => {
    const [message] = refusals('formatVersion: 1\ntitle: [en, fr\nid: x\n');
    expect(message).toMatch(/^pack\.yaml:\d+ › YAML syntax error: /);
    expect(message).not.toMatch(JS_NOISE);
  });

  it('never lets a prototype key reach the data', () => {
    refusals('__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts the size in UTF-8 bytes, as on disk', () => {
    // "a: " + 300 × "é" (2 bytes each) + "\n" is 604 bytes, over a 512-byte cap, though only 304 characters.
    expect(refusals(`a: ${'é'.repeat(300)}\n`, { maxBytes: 512 })[0]).toContain('the file is 604 bytes');
  });
});
