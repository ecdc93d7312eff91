import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, FIXTURES, JS_NOISE } from './content-helpers';

/** Runs the CLI as `npm run -s check:scenarios` does: through tsx, from the repository root. */
const run = (...args: string[]) => {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/check-scenarios.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run -s check:scenarios', () => {
  it('exits 0 on a clean pack and says so in one line', () => {
    expect(run(`${FIXTURES}/minimal.yaml`)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'check:scenarios: 1 file checked, no issues\n',
    });
  });

  it('prints each issue with file, line, path and fix, then a summary, and exits 1', () => {
    const { code, stdout, stderr } = run(`${BROKEN}/target-typo.yaml`, `${FIXTURES}/minimal.yaml`);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `${BROKEN}/target-typo.yaml:72 › decisions[0].options[1].effects[1].target: "acountability" is not a driver — did you mean "accountability"? (options move drivers only)\n` +
        'check:scenarios: 1 issue in 1 of 2 files\n',
    );
    expect(stderr).not.toMatch(JS_NOISE);
  });

  it('exits 2 with a one-line error and the usage on a missing file', () => {
    const { code, stderr } = run('scenarios/no-such-pack.yaml');
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'check:scenarios: no such file: scenarios/no-such-pack.yaml',
      'usage: npm run -s check:scenarios [-- FILE.yaml …]   (default: every pack in scenarios/)',
      '',
    ]);
    expect(stderr).not.toMatch(JS_NOISE);
  });

  it('exits 2 on an unknown flag', () => {
    const { code, stderr } = run('--fix');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^check:scenarios: unknown flag "--fix"\nusage: /);
    expect(stderr).not.toMatch(JS_NOISE);
  });

  it('refuses unsafe YAML in words, not with a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-scenarios-'));
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n');
    try {
      const { code, stderr } = run(file);
      expect(code).toBe(1);
      expect(stderr).toContain(`${file}:1 › a: anchor "&a" is not allowed`);
      expect(stderr).not.toMatch(JS_NOISE);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
