import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The CLI as a designer runs it: a child process, stdout and stderr apart (DESIGN §5).
const FIXTURE = 'test/fixtures/scenarios/fixture.yaml';
const balance = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src/cli/balance.ts', ...args], { encoding: 'utf8' });

const keysSorted = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.join() === [...keys].sort().join() && Object.values(value).every(keysSorted);
};

describe('npm run -s balance', { timeout: 60_000 }, () => {
  it('prints the designer’s report, ending with the Unreached section, and exits 0', () => {
    const result = balance('--scenario', FIXTURE, '--runs', '20', '--seed', 'cli', '--turns', '8');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0); // informative, not a gate: 0 even when something is unreached
    expect(result.stdout).toMatch(
      /^fixture v1 · 20 random runs · 8 quarters · normal · seeds cli, cli\.1 … cli\.19\n/,
    );
    expect(result.stdout).toMatch(/^Endings\n/m);
    expect(result.stdout).toMatch(/\nUnreached\n( {2}.*\n)+$/); // the last section
    expect(result.stdout).toMatch(/ {2}calibration \(issues 4–6\): (met|not met) — /);
  });

  it('prints one JSON object with sorted keys under --json, the same for the same arguments', () => {
    const args = ['--scenario', FIXTURE, '--runs', '10', '--difficulty', 'hard', '--json'];
    const result = balance(...args);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(keysSorted(out)).toBe(true);
    expect(out).toMatchObject({ scenario: 'fixture', version: 1, runs: 10, turns: 12, difficulty: 'hard' });
    expect(Object.values<number>(out.endings).reduce((sum, n) => sum + n, 0)).toBe(10);
    expect(out.meters.security.p10).toHaveLength(12);
    expect(Object.keys(out.unreached)).toEqual([
      'benchmarks',
      'cards',
      'endings',
      'incidents',
      'mandateChanges',
      'options',
    ]);
    expect(balance(...args).stdout).toBe(result.stdout);
  });

  it.each([
    ['an unknown flag', ['--scenario', FIXTURE, '--runs', '5', '--fast'], 'unknown flag --fast'],
    ['no --runs', ['--scenario', FIXTURE], '--runs is required'],
    ['--runs 0', ['--scenario', FIXTURE, '--runs', '0'], '--runs must be a whole number from 1'],
    ['a seed with a slash', ['--scenario', FIXTURE, '--runs', '5', '--seed', 'a/b'], '--seed must be'],
    ['--difficulty easy', ['--scenario', FIXTURE, '--runs', '5', '--difficulty', 'easy'], 'normal or hard'],
    [
      'a missing scenario file',
      ['--scenario', 'test/fixtures/scenarios/nowhere.yaml', '--runs', '5'],
      'no such scenario file: test/fixtures/scenarios/nowhere.yaml',
    ],
    ['an unknown pack id', ['--scenario', 'atlantis', '--runs', '5'], 'no pack "atlantis" in scenarios/'],
  ])('exits 2 with one line and a usage hint on %s', (_, args, message) => {
    const result = balance(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^balance: /);
    expect(lines[0]).toContain(message);
    expect(lines[1]).toMatch(/^usage: npm run -s balance -- /);
    expect(result.stderr).not.toMatch(/^\s+at |Error\b/m); // never a stack trace or an error class name
  });
});
