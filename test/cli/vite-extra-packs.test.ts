import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTRA_PACKS_VARIABLE, scenarioYaml } from '../../src/cli/vite-scenario-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const context = {
  error: (message: string) => {
    throw new Error(message);
  },
  addWatchFile: () => {},
};
function plugin(root: string) {
  const instance = scenarioYaml() as unknown as Record<string, Hook>;
  instance.configResolved!.call(context, { root });
  const load = (name: string) =>
    instance.load!.call(context, instance.resolveId!.call(context, name)) as string;
  return {
    transform: (code: string, id: string) =>
      instance.transform!.call(context, code, id) as { code: string } | null,
    index: () =>
      JSON.parse(
        load('virtual:scenario-index')
          .replace(/^export default /, '')
          .replace(/;$/, ''),
      ),
    packs: () => load('virtual:scenario-packs'),
  };
}

const FIXTURE = 'test/fixtures/scenarios/minimal.yaml';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'extra-packs-'));
  mkdirSync(join(root, 'scenarios'));
  mkdirSync(join(root, 'dev'));
  copyFileSync('scenarios/sources.yaml', join(root, 'scenarios/sources.yaml'));
  copyFileSync(FIXTURE, join(root, 'dev/minimal.yaml'));
  delete process.env[EXTRA_PACKS_VARIABLE];
});
afterEach(() => {
  delete process.env[EXTRA_PACKS_VARIABLE];
  rmSync(root, { recursive: true });
});

describe(`scenarioYaml() and ${EXTRA_PACKS_VARIABLE}`, () => {
  it('builds only scenarios/*.yaml when the variable is unset', () => {
    copyFileSync(FIXTURE, join(root, 'scenarios/minimal.yaml'));
    expect(
      plugin(root)
        .index()
        .map((entry: { id: string }) => entry.id),
    ).toEqual(['minimal']);
    expect(plugin(root).packs()).toBe(
      'export default {\n  "minimal": () => import("/scenarios/minimal.yaml"),\n};',
    );
    expect(plugin(root).transform('a: 1\n', join(root, 'dev/minimal.yaml'))).toBeNull();
  });

  it('adds the listed pack files to the index and the lazy loader, checked like shipped packs', () => {
    process.env[EXTRA_PACKS_VARIABLE] = ' dev/minimal.yaml ,';
    const built = plugin(root);
    expect(built.index().map((entry: { id: string }) => entry.id)).toEqual(['minimal']);
    expect(built.packs()).toBe('export default {\n  "minimal": () => import("/dev/minimal.yaml"),\n};');
    const out = built.transform(readFileSync(FIXTURE, 'utf8'), join(root, 'dev/minimal.yaml'));
    expect(JSON.parse(out!.code.replace(/^export default /, '').replace(/;$/, ''))).toMatchObject({
      id: 'minimal',
    });
  });

  it('serves an empty loader when no pack exists', () => {
    expect(plugin(root).packs()).toBe('export default {\n\n};');
  });
});
