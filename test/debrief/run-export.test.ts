import { describe, expect, it } from 'vitest';
import {
  exportRun,
  MAX_NOTE_LENGTH,
  parseRunExport,
  readRunText,
  type RunExportParsed,
} from '../../src/debrief/run-export';
import type { SessionLog } from '../../src/sim/replay';
import { encodeRunCode } from '../../src/sim/run-code';
import { aRunCodeScenario } from '../sim/run-code.scenario';

const pack = aRunCodeScenario();
const log: SessionLog = {
  formatVersion: 1,
  scenarioId: pack.id,
  scenarioVersion: pack.version,
  turns: 12,
  difficulty: 'normal',
  seed: 'export-1',
  inputs: [{ type: 'briefing.acknowledged' }, { type: 'turn.ended' }],
};
const code = encodeRunCode(log, pack);
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'dual-mandate-run', formatVersion: 1, code, ...fields });

function refused(parsed: RunExportParsed) {
  if (parsed.ok) throw new Error(`accepted: ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('exportRun', () => {
  it('writes the format, its version, the code and the notes in quarter order', () => {
    const text = exportRun(code, { '10': 'Dissent on vetting', '2': 'Ask about <b>trust</b>' });
    expect(JSON.parse(text)).toEqual({
      format: 'dual-mandate-run',
      formatVersion: 1,
      code,
      notes: { '2': 'Ask about <b>trust</b>', '10': 'Dissent on vetting' },
    });
    // quarter order, not string order ("10" < "2")
    expect(text.indexOf('"2"')).toBeLessThan(text.indexOf('"10"'));
  });

  it('leaves out blank notes, and the notes key when none is left', () => {
    expect(JSON.parse(exportRun(code, { '3': '  ' }))).toEqual({
      format: 'dual-mandate-run',
      formatVersion: 1,
      code,
    });
    expect(exportRun(code)).not.toContain('notes');
  });

  it('never puts a note in the code', () => {
    const parsed = parseRunExport(exportRun(code, { '1': 'secret remark' }));
    expect(parsed).toEqual({ ok: true, code, notes: { '1': 'secret remark' } });
  });

  it('refuses what the reader would refuse', () => {
    expect(() => exportRun(code, { '1': 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toThrow(RangeError);
    expect(() => exportRun(code, { Q1: 'x' })).toThrow(/quarter number/);
  });
});

describe('parseRunExport', () => {
  it('reads an export with no notes', () => {
    expect(parseRunExport(file({}))).toEqual({ ok: true, code, notes: {} });
  });

  it('keeps markup in a note as plain text (rendering it is the view’s care)', () => {
    const parsed = parseRunExport(file({ notes: { '4': '<img src=x onerror=alert(1)>' } }));
    expect(parsed).toEqual({ ok: true, code, notes: { '4': '<img src=x onerror=alert(1)>' } });
  });

  it('refuses more than 1 MB, counted in UTF-8 bytes, before parsing', () => {
    const padded = file({}) + ' '.repeat(1_000_001);
    expect(refused(parseRunExport(padded)).problem.kind).toBe('too-large');
    // 500,001 "é" are 500,001 characters but 1,000,002 bytes
    const accented = refused(parseRunExport(JSON.stringify({ x: 'é'.repeat(500_001) })));
    expect(accented.problem).toMatchObject({ kind: 'too-large', max: 1_000_000 });
    expect(accented.reason).toMatch(/too large/);
    // just under the cap is read
    expect(parseRunExport(file({}) + ' '.repeat(900_000)).ok).toBe(true);
  });

  it('names each problem', () => {
    expect(refused(parseRunExport('DM1abc')).problem.kind).toBe('not-json');
    expect(refused(parseRunExport('[1, 2]')).problem.kind).toBe('not-an-object');
    expect(refused(parseRunExport('null')).problem.kind).toBe('not-an-object');
    const wrong = refused(parseRunExport(file({ format: 'other-game' })));
    expect(wrong.problem).toEqual({ kind: 'wrong-format', found: '"other-game"' });
    expect(refused(parseRunExport(file({ format: undefined }))).problem).toEqual({
      kind: 'wrong-format',
      found: 'missing',
    });
    const version = refused(parseRunExport(file({ formatVersion: 2 })));
    expect(version.problem).toEqual({ kind: 'other-version', found: '2', supported: 1 });
    expect(version.reason).toContain('v2');
    expect(version.reason).toContain('v1');
    expect(refused(parseRunExport(file({ votes: { a: 1 } }))).problem).toEqual({
      kind: 'unknown-key',
      key: 'votes',
    });
    expect(refused(parseRunExport(file({ code: undefined }))).problem.kind).toBe('missing-code');
    expect(refused(parseRunExport(file({ code: 42 }))).problem.kind).toBe('invalid-code');
  });

  it('checks the code’s checksum and length without the pack', () => {
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    const tampered = refused(parseRunExport(file({ code: code.slice(0, -1) + last })));
    expect(tampered.problem.kind).toBe('invalid-code');
    expect(tampered.reason).toMatch(/checksum/);
    const cut = refused(parseRunExport(file({ code: code.slice(0, 12) })));
    expect(cut.problem.kind).toBe('invalid-code');
  });

  it('refuses notes that are not text, too long, or not keyed by a quarter', () => {
    expect(refused(parseRunExport(file({ notes: ['a'] }))).problem.kind).toBe('bad-notes');
    expect(refused(parseRunExport(file({ notes: { '2': 7 } }))).problem).toMatchObject({
      kind: 'bad-notes',
      quarter: '2',
    });
    const long = refused(parseRunExport(file({ notes: { '2': 'x'.repeat(MAX_NOTE_LENGTH + 1) } })));
    expect(long.reason).toContain(`${MAX_NOTE_LENGTH + 1} characters`);
    for (const key of ['0', 'Q3', '100', '__proto__', '01']) {
      expect(
        refused(
          parseRunExport(
            `{"format":"dual-mandate-run","formatVersion":1,"code":"${code}","notes":{"${key}":"x"}}`,
          ),
        ).problem,
      ).toMatchObject({ kind: 'bad-notes', quarter: key });
    }
    expect(parseRunExport(file({ notes: { '99': 'x'.repeat(MAX_NOTE_LENGTH) } })).ok).toBe(true);
  });
});

describe('readRunText', () => {
  it('takes a bare code, a ?run= link or an export', () => {
    expect(readRunText(`  ${code}\n`)).toEqual({ ok: true, code, notes: {} });
    expect(readRunText(`https://example.org/game/?lang=fr&run=${code}#x`)).toEqual({
      ok: true,
      code,
      notes: {},
    });
    expect(readRunText(exportRun(code, { '1': 'n' }))).toEqual({ ok: true, code, notes: { '1': 'n' } });
  });

  it('refuses blank and oversized text', () => {
    expect(refused(readRunText('   ')).problem.kind).toBe('missing-code');
    expect(refused(readRunText('D'.repeat(1_000_001))).problem.kind).toBe('too-large');
  });
});
