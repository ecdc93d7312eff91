import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/sim/inputs';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode, peekRunCode } from '../../src/sim/run-code';
import { checksum30, checksumDigits } from '../../src/sim/run-code-bits';
import { compactLog, decisionIndex } from '../../src/sim/run-code-index';
import { aRunCodeScenario } from './run-code.scenario';

const pack = aRunCodeScenario(); // 40 cards + 12 crises of 4 options each, version 3

const aLog = (inputs: Input[], overrides: Partial<SessionLog> = {}): SessionLog => ({
  formatVersion: 1,
  scenarioId: pack.id,
  scenarioVersion: pack.version,
  turns: 12,
  difficulty: 'normal',
  seed: 'seed-1',
  inputs,
  ...overrides,
});
const chosen = (decisionId: string, optionId: string, votes?: Record<string, number>): Input => ({
  type: 'option.chosen',
  decisionId,
  optionId,
  ...(votes && { votes }),
});
const withdrawn = (decisionId: string): Input => ({ type: 'option.withdrawn', decisionId });
const END: Input = { type: 'turn.ended' };

/** Re-signs an edited code, as a forger (or a future format) would: the checksum then passes. */
const resign = (unsigned: string) => unsigned + checksumDigits(checksum30(unsigned));

describe('the run-code index space', () => {
  it('numbers the initiative cards in file order, then the crises, skipping news', () => {
    const { refs } = decisionIndex(pack);
    expect(refs).toHaveLength(52); // 40 cards + 12 crises; the one news item has no options
    expect(refs[0]).toMatchObject({ id: 'card-1', kind: 'initiative' });
    expect(refs[40]).toMatchObject({ id: 'crisis-1', kind: 'crisis' });
    expect(refs[40]?.optionIds).toEqual([
      'crisis-1-option-1',
      'crisis-1-option-2',
      'crisis-1-option-3',
      'crisis-1-option-4',
    ]);
  });
});

describe('encodeRunCode / decodeRunCode', () => {
  const every: Input[] = [
    { type: 'briefing.acknowledged' },
    chosen('crisis-3', 'crisis-3-option-2'),
    chosen('card-40', 'card-40-option-4', {
      'card-40-option-4': 17,
      'card-40-option-1': 0,
      'card-40-option-2': 13,
    }),
    { type: 'decision.timedOut', decisionId: 'card-7' },
    END,
    { type: 'review.acknowledged' },
    withdrawn('card-1'), // a lone withdrawal (no choice this quarter) is kept as it is
  ];

  it('round-trips every kind of input, votes and the header', () => {
    const log = aLog(every, { difficulty: 'hard', seed: 'A.z_9-Q', turns: 8 });
    const code = encodeRunCode(log, pack);
    expect(code).toMatch(/^DM1[A-Za-z0-9_-]+$/); // versioned, and only the base64url alphabet
    expect(decodeRunCode(code, pack)).toEqual({ ok: true, log });
  });

  it('leaves out a choice withdrawn in its own quarter, and nothing else', () => {
    const log = aLog([
      chosen('card-1', 'card-1-option-1'),
      chosen('card-2', 'card-2-option-1'),
      withdrawn('card-1'), // same quarter: both go
      END,
      chosen('card-3', 'card-3-option-1'),
      END,
      withdrawn('card-3'), // a later quarter: a different input, kept
      chosen('crisis-1', 'crisis-1-option-1'),
      withdrawn('crisis-1'), // a crisis answer is never withdrawn, so nothing pairs
    ]);
    const decoded = decodeRunCode(encodeRunCode(log, pack), pack);
    expect(decoded.ok && decoded.log.inputs).toEqual([
      log.inputs[1],
      END,
      log.inputs[4],
      END,
      ...log.inputs.slice(6),
    ]);
  });

  it('keeps both choices of a card chosen twice before a withdrawal (only an accepted log compacts)', () => {
    const log = aLog([
      chosen('card-1', 'card-1-option-1'),
      chosen('card-1', 'card-1-option-2'),
      withdrawn('card-1'),
    ]);
    expect(compactLog(log, pack)).toBe(log);
  });

  it('looks the pack up by id when given a lookup', () => {
    const code = encodeRunCode(aLog(every), pack);
    expect(decodeRunCode(code, (id) => (id === pack.id ? pack : undefined))).toEqual({
      ok: true,
      log: aLog(every),
    });
  });

  it('ignores spaces around the code (as pasted from chat)', () => {
    const code = encodeRunCode(aLog(every), pack);
    expect(decodeRunCode(`  ${code}\n`, pack).ok).toBe(true);
  });

  it('refuses to encode a log that the pack cannot index', () => {
    expect(() => encodeRunCode(aLog([chosen('no-such-card', 'x')]), pack)).toThrow(
      /no decision "no-such-card"/,
    );
    expect(() => encodeRunCode(aLog([chosen('card-1', 'card-2-option-1')]), pack)).toThrow(/no option/);
    expect(() => encodeRunCode(aLog([], { seed: 'has space' }), pack)).toThrow(/seed/);
  });
});

describe('peekRunCode', () => {
  it('reads the header without the pack', () => {
    const code = encodeRunCode(aLog([END], { seed: 'x', difficulty: 'hard' }), pack);
    expect(peekRunCode(code)).toEqual({
      ok: true,
      header: {
        formatVersion: 1,
        scenarioId: pack.id,
        scenarioVersion: 3,
        turns: 12,
        difficulty: 'hard',
        seed: 'x',
      },
    });
  });
});

describe('decodeRunCode refuses, with the reason', () => {
  const code = encodeRunCode(aLog([chosen('card-2', 'card-2-option-3'), END, END]), pack);

  it.each([
    '',
    'hello world',
    'https://example.org/?run=',
    'XY1AAAAAAAAAA',
    'DMxAAAAAAAAAA',
    `${code.slice(0, 9)}!${code.slice(10)}`,
  ])('%j: not a run code', (text) => {
    expect(decodeRunCode(text, pack)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a run code/),
    });
  });

  it('a cut code: truncated, with both lengths', () => {
    expect(decodeRunCode(code.slice(0, -4), pack)).toEqual({
      ok: false,
      reason: `truncated: ${code.length - 4} of its ${code.length} characters`,
    });
    expect(decodeRunCode('DM1AB', pack)).toEqual({ ok: false, reason: expect.stringMatching(/^truncated/) });
  });

  it('a changed character: checksum mismatch', () => {
    const middle = Math.floor(code.length / 2);
    const changed = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    expect(decodeRunCode(changed, pack)).toEqual({
      ok: false,
      reason: 'checksum mismatch: the code was changed or mistyped',
    });
  });

  it('another code-format version, naming both', () => {
    const v2 = resign(`DM2${code.slice(3, -5)}`);
    expect(decodeRunCode(v2, pack)).toEqual({
      ok: false,
      reason: 'made by run-code format v2; this game reads v1',
    });
    expect(peekRunCode(v2)).toEqual({ ok: false, reason: 'made by run-code format v2; this game reads v1' });
  });

  it('another pack version, naming both', () => {
    const v4 = aRunCodeScenario({ version: 4 });
    expect(decodeRunCode(code, v4)).toEqual({
      ok: false,
      reason: 'played on run-code-pack v3; this game has v4',
    });
  });

  it('an unknown pack', () => {
    expect(decodeRunCode(code, () => undefined)).toEqual({
      ok: false,
      reason: 'unknown scenario "run-code-pack"',
    });
    expect(decodeRunCode(code)).toEqual({ ok: false, reason: 'unknown scenario "run-code-pack"' });
    expect(decodeRunCode(code, aRunCodeScenario({ id: 'other' }))).toEqual({
      ok: false,
      reason: 'unknown scenario "run-code-pack" (this game has other)',
    });
  });

  it('a decision or option index past the pack (a forged code of the same id and version)', () => {
    // 52 decisions and 44 both take 6 bits per index, so the forged pack reads the same stream.
    const late = encodeRunCode(aLog([chosen('crisis-12', 'crisis-12-option-1')]), pack); // index 51
    const smaller = aRunCodeScenario({ crises: 4 });
    expect(decodeRunCode(late, smaller)).toEqual({
      ok: false,
      reason: 'not a valid run code: decision index 51 is out of range (run-code-pack v3 has 44)',
    });
    const fourth = encodeRunCode(aLog([chosen('card-1', 'card-1-option-4')]), pack); // option index 3 in 2 bits
    expect(decodeRunCode(fourth, aRunCodeScenario({ optionsPer: 3 }))).toEqual({
      ok: false,
      reason: 'not a valid run code: option index 3 is out of range ("card-1" in run-code-pack v3 has 3)',
    });
  });

  it('a re-signed code with extra characters: its declared length disagrees', () => {
    const padded = resign(`${code.slice(0, -5)}A`);
    expect(decodeRunCode(padded, pack)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a valid run code: it says/),
    });
  });
});
