import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/sim/replay';
import { encodeRunCode } from '../../src/sim/run-code';
import { checksum30, checksumDigits } from '../../src/sim/run-code-bits';
import {
  checkRunCode,
  decodeForReview,
  MAX_RUN_CODE_LENGTH,
  problemOfExport,
} from '../../src/view-model/run-request';
import { aRunCodeScenario } from '../sim/run-code.scenario';
import { LOCALES } from '../support/session';

const { en, fr } = LOCALES;
const pack = aRunCodeScenario(); // id run-code-pack, version 3
const log: SessionLog = {
  formatVersion: 1,
  scenarioId: pack.id,
  scenarioVersion: pack.version,
  turns: 12,
  difficulty: 'normal',
  seed: 'request-1',
  inputs: [{ type: 'briefing.acknowledged' }, { type: 'turn.ended' }, { type: 'turn.ended' }],
};
const code = encodeRunCode(log, pack);
const IDS = [pack.id];
const resign = (unsigned: string) => unsigned + checksumDigits(checksum30(unsigned));

function problemOf(text: string, ids = IDS) {
  const checked = checkRunCode(text, ids);
  if (checked.ok) throw new Error(`accepted ${text}`);
  return checked.problem;
}

describe('checkRunCode', () => {
  it('accepts a good code (spaces around it too) and names its pack', () => {
    const checked = checkRunCode(` ${code}\n`, IDS);
    expect(checked.ok && checked.header.scenarioId).toBe(pack.id);
  });

  it('calls a changed character tampered', () => {
    const i = 8;
    const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    const problem = problemOf(changed);
    expect(problem.key).toBe('aar.problem.tampered');
    expect(en.t(problem.key, problem.values)).toMatch(/changed or mistyped/);
    expect(fr.t(problem.key, problem.values)).toMatch(/modifié ou mal recopié/);
  });

  it('calls a cut code truncated, with how much is left of how much', () => {
    const cut = code.slice(0, code.length - 6);
    const problem = problemOf(cut);
    expect(problem).toEqual({
      key: 'aar.problem.truncated',
      values: { length: cut.length, expected: code.length },
    });
    expect(en.t(problem.key, problem.values)).toBe(
      `This run code is truncated: ${cut.length} of its ${code.length} characters.`,
    );
  });

  it('names both versions for a code of another format version', () => {
    const v2 = resign(`DM2${code.slice(3, -5)}`);
    const problem = problemOf(v2);
    expect(problem).toEqual({ key: 'aar.problem.otherVersion', values: { found: 2, supported: 1 } });
    expect(fr.t(problem.key, problem.values)).toContain('v2');
    expect(fr.t(problem.key, problem.values)).toContain('v1');
  });

  it('refuses an oversized code unread, and text that is not a code', () => {
    const long = `DM1${'A'.repeat(MAX_RUN_CODE_LENGTH)}`;
    expect(problemOf(long)).toEqual({
      key: 'aar.problem.tooLong',
      values: { length: long.length, max: MAX_RUN_CODE_LENGTH },
    });
    expect(problemOf('hello <script>').key).toBe('aar.problem.notACode');
    expect(problemOf('   ').key).toBe('aar.problem.empty');
  });

  it('names a pack this build does not have', () => {
    expect(problemOf(code, ['kessaria'])).toEqual({
      key: 'aar.problem.unknownScenario',
      values: { scenario: pack.id },
    });
  });
});

describe('decodeForReview', () => {
  it('decodes against the pack', () => {
    const decoded = decodeForReview(code, pack);
    expect(decoded.ok && decoded.log).toEqual(log);
  });

  it('names both pack versions when the run was played on another', () => {
    const newer = aRunCodeScenario({ version: 4 });
    const decoded = decodeForReview(code, newer);
    expect(decoded.ok ? undefined : decoded.problem).toEqual({
      key: 'aar.problem.otherScenarioVersion',
      values: { scenario: pack.id, found: 3, current: 4 },
    });
  });
});

describe('problemOfExport', () => {
  it('names the limit an oversized file passed', () => {
    const problem = problemOfExport({ kind: 'too-large', bytes: 2_500_000, max: 1_000_000 });
    expect(en.t(problem.key, problem.values)).toBe('This file is too large: more than 1 MB.');
    expect(fr.t(problem.key, problem.values)).toBe(
      'Ce fichier est trop volumineux\u00a0: plus de 1\u00a0Mo.',
    );
  });

  it('passes a bad code in an export on as the code’s own problem', () => {
    expect(
      problemOfExport({ kind: 'invalid-code', reason: 'checksum mismatch: the code was changed' }),
    ).toEqual({
      key: 'aar.problem.tampered',
    });
  });
});
