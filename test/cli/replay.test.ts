import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playSession } from '../../src/sim/play';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { loadFixture } from '../support/fixture';

// The CLI as QA runs it on a bug report: a child process, stdout and stderr apart (DESIGN §5).
const FIXTURE = 'test/fixtures/scenarios/fixture.yaml';
const PLAYTHROUGH = 'test/playthroughs/fixture.screen-first.playthrough.json';
const replay = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src/cli/replay.ts', ...args], { encoding: 'utf8' });

const fixture = loadFixture();
const run = playSession(fixture, { turns: 8, difficulty: 'normal', seed: 'qa-report' }, 'random', false);
const code = encodeRunCode(run.log, fixture);
/** The code with one body character changed (the checksum no longer matches). */
const tampered = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;

const folder = mkdtempSync(join(tmpdir(), 'dm-replay-'));
const write = (name: string, value: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

/** Exit code 2, nothing on stdout, one line naming `message`, then the usage hint; never a stack. */
function expectRefusal(result: ReturnType<typeof replay>, message: string) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe(`replay: ${message}`);
  expect(lines[1]).toMatch(/^usage: npm run -s replay -- CODE\|FILE\.json/);
  expect(result.stderr).not.toMatch(/^\s+at |Error\b/m);
}

describe('npm run -s replay', { timeout: 60_000 }, () => {
  it('replays a run code quarter by quarter, to the ending', () => {
    const result = replay(code, '--scenario', FIXTURE);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (let q = 1; q <= run.state.history.length; q++) expect(result.stdout).toContain(`── Quarter ${q} ──`);
    expect(result.stdout).toContain('── After hand-over ──');
    expect(result.stdout).toContain(`(${run.state.ending!.id})`);
  });

  it('prints the machine form under --json, and replays a session log file the same way', () => {
    const fromCode = replay(code, '--scenario', FIXTURE, '--json');
    expect(fromCode.status).toBe(0);
    const json = JSON.parse(fromCode.stdout);
    expect(json).toMatchObject({ scenario: 'fixture', version: 1, seed: 'qa-report', turns: 8 });
    expect(json.ending.id).toBe(run.state.ending!.id);
    const decoded = decodeRunCode(code, fixture);
    if (!decoded.ok) throw new Error(decoded.reason);
    const fromFile = replay(write('log.json', decoded.log), '--json', '--scenario', FIXTURE);
    expect(fromFile.stdout).toBe(fromCode.stdout);
  });

  it('replays a golden playthrough and says whether its expect block holds', () => {
    const result = replay(PLAYTHROUGH, '--scenario', FIXTURE);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No ending yet: the log stops in quarter 4\nExpect block: holds\n$/);
  });

  it('refuses a tampered code with decodeRunCode’s reason', () => {
    const reason = decodeRunCode(tampered, fixture);
    expect(reason.ok).toBe(false);
    expectRefusal(replay(tampered, '--scenario', FIXTURE), (reason as { reason: string }).reason);
  });

  it('refuses a truncated code, naming how much is left', () => {
    expectRefusal(
      replay(code.slice(0, 20), '--scenario', FIXTURE),
      `truncated: 20 of its ${code.length} characters`,
    );
  });

  it('refuses a run played on another version of the pack, naming both versions', () => {
    const v2 = encodeRunCode({ ...run.log, scenarioVersion: 2 }, { ...fixture, version: 2 });
    expectRefusal(replay(v2, '--scenario', FIXTURE), 'played on fixture v2, but the pack is fixture v1');
    const log = write('v2.json', { ...run.log, scenarioVersion: 2 });
    expectRefusal(replay(log, '--scenario', FIXTURE), 'played on fixture v2, but the pack is fixture v1');
  });

  it.each([
    ['no argument', [], 'give a run code or a .json file to replay'],
    ['an unknown flag', [code, '--fast'], 'unknown flag --fast'],
    [
      'a missing --scenario file',
      [code, '--scenario', 'test/fixtures/scenarios/nowhere.yaml'],
      'no such scenario file: test/fixtures/scenarios/nowhere.yaml',
    ],
    [
      'a pack that is not in scenarios/',
      [code],
      'no such scenario file: scenarios/fixture.yaml (no pack "fixture" in scenarios/); ' +
        'for a pack elsewhere, add --scenario PATH.yaml',
    ],
    [
      'another pack under --scenario',
      [code, '--scenario', 'test/fixtures/scenarios/minimal.yaml'],
      'the run is for "fixture", but --scenario test/fixtures/scenarios/minimal.yaml is "minimal"',
    ],
    ['a missing file', ['nowhere/log.json'], 'no such file: nowhere/log.json'],
  ])('exits 2 with one line and a usage hint on %s', (_, args, message) => {
    expectRefusal(replay(...args), message);
  });

  it('exits 2 on a JSON file that is neither a session log nor a playthrough', () => {
    const result = replay(write('other.json', { hello: 'world' }));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^replay: .*other\.json is neither a session log .* nor a golden playthrough/,
    );
  });
});
