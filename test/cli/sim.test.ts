import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as a designer runs it: a child process, stdout and stderr apart (DESIGN §5). The pack is the
// content tests' minimal one (8 quarters), which passes every check loadScenario runs.
const PACK = 'test/fixtures/scenarios/minimal.yaml';
const sim = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src/cli/sim.ts', ...args], { encoding: 'utf8' });
/** The arguments of a small valid run, with `flags` replacing or adding values, then `--json`. */
const contract = (flags: Record<string, string> = {}, ...switches: string[]) =>
  Object.entries({ scenario: PACK, policy: 'random', runs: '5', seed: 'cli-test', ...flags })
    .flatMap(([name, value]) => [`--${name}`, value])
    .concat(switches, '--json');

const keysSorted = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.join() === [...keys].sort().join() && Object.values(value).every(keysSorted);
};

describe('npm run -s sim', { timeout: 60_000 }, () => {
  it('prints one JSON object in the shape of DESIGN §5, with T entries per array', () => {
    const result = sim(...contract({ turns: '6' }, '--codes'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual([
      'benchmarks',
      'codes',
      'endings',
      'harmByState',
      'meters',
      'runs',
      'scenario',
      'turns',
      'version',
    ]);
    expect(out).toMatchObject({ scenario: 'minimal', version: 1, runs: 5, turns: 6 });
    const arrays = [
      out.harmByState.mean,
      ...['security', 'legitimacy', 'civilianHarm'].flatMap((m) => [
        out.meters[m].mean,
        out.meters[m].p10,
        out.meters[m].p90,
      ]),
    ];
    for (const array of arrays) expect(array).toHaveLength(6); // --turns 6: the end of quarters 1..6
    for (const meter of ['security', 'legitimacy', 'civilianHarm']) {
      const { p10, p90 } = out.meters[meter];
      p10.forEach((low: number, q: number) => expect(low).toBeLessThanOrEqual(p90[q])); // nearest ranks 1 and 5 of 5
    }
    const endings = Object.values<number>(out.endings);
    expect(endings.reduce((sum, n) => sum + n, 0)).toBe(5); // every run ends with exactly one ending
    for (const share of Object.values<number>(out.benchmarks))
      expect(share * 5).toBeCloseTo(Math.round(share * 5), 6);
    expect(out.codes).toHaveLength(5);
    expect(keysSorted(out)).toBe(true);
  });

  it('prints byte-identical output for the same arguments', () => {
    const first = sim(...contract({ policy: 'test/doctrine/policies/mixed.json' }, '--codes'));
    const second = sim(...contract({ policy: 'test/doctrine/policies/mixed.json' }, '--codes'));
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('plays run 0 on seed S itself, so --runs 1 --seed S is the first run of --runs 3 --seed S', () => {
    const one = JSON.parse(sim(...contract({ runs: '1', seed: 'same' }, '--codes')).stdout);
    const three = JSON.parse(sim(...contract({ runs: '3', seed: 'same' }, '--codes')).stdout);
    expect(three.codes[0]).toBe(one.codes[0]); // a run code is the whole run: seed and inputs
    expect(three.codes[1]).not.toBe(three.codes[0]);
  });

  const folder = mkdtempSync(join(tmpdir(), 'dm-sim-'));
  const badJson = join(folder, 'bad.json');
  writeFileSync(badJson, '{"name": "half", "prefer": [');
  const noPrefer = join(folder, 'no-prefer.json');
  writeFileSync(noPrefer, '{"name": "lazy"}');

  it.each([
    ['an unknown flag', contract({}, '--fast'), 'unknown flag --fast'],
    [
      'a missing scenario file',
      contract({ scenario: 'test/fixtures/scenarios/nowhere.yaml' }),
      'no such scenario file',
    ],
    ['a missing policy file', contract({ policy: join(folder, 'nowhere.json') }), 'policy file not found'],
    ['a seed with a slash', contract({ seed: 'a/b' }), '--seed must be 1–26 characters'],
    ['a seed of 27 characters', contract({ seed: 'x'.repeat(27) }), '--seed must be 1–26 characters'],
    ['policy JSON that does not parse', contract({ policy: badJson }), 'is not valid JSON'],
    [
      'a policy without prefer (parsePolicy’s message)',
      contract({ policy: noPrefer }),
      'the policy needs "prefer"',
    ],
    ['no --json', contract().slice(0, -1), '--json is required'],
  ])('exits 2 with one line and a usage hint on %s', (_, args, message) => {
    const result = sim(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(message);
    expect(lines[1]).toMatch(/^usage: npm run -s sim -- /);
    expect(result.stderr).not.toMatch(/^\s+at |Error\b/m); // never a stack trace or an error class name
  });
});
