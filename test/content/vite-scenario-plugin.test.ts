import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioYaml } from '../../src/cli/vite-scenario-plugin';
import { BROKEN, FIXTURES, minimal } from './content-helpers';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
/** The plugin's hooks, called the way Vite calls them, with a context whose error() throws as Vite's does. */
function plugin(root: string) {
  const instance = scenarioYaml() as unknown as Record<string, Hook>;
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    addWatchFile: () => {},
  };
  instance.configResolved!.call(context, { root });
  return {
    transform: (code: string, id: string) =>
      instance.transform!.call(context, code, id) as { code: string } | null,
    loadIndex: () => {
      const id = instance.resolveId!.call(context, 'virtual:scenario-index') as string;
      return instance.load!.call(context, id) as string;
    },
  };
}
/** `export default <json>;` → the data. */
const data = (module: { code: string } | string | null) =>
  JSON.parse(
    String(typeof module === 'object' ? module?.code : module)
      .replace(/^export default /, '')
      .replace(/;$/, ''),
  );

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scenario-plugin-'));
  mkdirSync(join(root, 'scenarios'));
  copyFileSync('scenarios/sources.yaml', join(root, 'scenarios/sources.yaml'));
});
afterEach(() => rmSync(root, { recursive: true }));

describe('scenarioYaml()', () => {
  it('turns a pack into the same data Node tests see', () => {
    const file = join(root, 'scenarios/minimal.yaml');
    const out = plugin(root).transform(readFileSync(`${FIXTURES}/minimal.yaml`, 'utf8'), file);
    expect(data(out)).toEqual(JSON.parse(JSON.stringify(minimal())));
  });

  it('fails the build with the check’s own lines', () => {
    const file = join(root, 'scenarios/target-typo.yaml');
    const code = readFileSync(`${BROKEN}/target-typo.yaml`, 'utf8');
    expect(() => plugin(root).transform(code, file)).toThrow(
      'scenario check failed:\nscenarios/target-typo.yaml:72 › decisions[0].options[1].effects[1].target: "acountability" is not a driver — did you mean "accountability"? (options move drivers only)',
    );
  });

  it('passes sources.yaml and glossary.yaml through as plain data', () => {
    const out = plugin(root).transform('terms:\n  - { id: ssr }\n', join(root, 'scenarios/glossary.yaml'));
    expect(data(out)).toEqual({ terms: [{ id: 'ssr' }] });
  });

  it('leaves YAML outside scenarios/ and other files alone', () => {
    expect(plugin(root).transform('a: 1\n', join(root, 'test/fixtures/other.yaml'))).toBeNull();
    expect(plugin(root).transform('export {}', join(root, 'scenarios/readme.ts'))).toBeNull();
  });

  it('serves an empty index when no pack exists yet', () => {
    expect(plugin(root).loadIndex()).toBe('export default [];');
  });

  it('indexes every pack by id, title, blurb, turns and map thumbnail', () => {
    copyFileSync(`${FIXTURES}/minimal.yaml`, join(root, 'scenarios/minimal.yaml'));
    writeFileSync(join(root, 'scenarios/glossary.yaml'), 'terms: []\n');
    expect(data(plugin(root).loadIndex())).toEqual([
      {
        id: 'minimal',
        title: { en: 'Minimal', fr: 'Minimal' },
        blurb: { en: 'A short test country.', fr: 'Un petit pays de test.' },
        turns: 8,
        thumbnail: expect.stringMatching(/^data:image\/svg\+xml,%3Csvg%20.*%3Cpolygon%20/) as unknown,
      },
    ]);
  });
});
