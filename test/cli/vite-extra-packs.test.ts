import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTRA_PACKS_VARIABLE, scenarioYaml } from '../../src/cli/vite-scenario-plugin';
import { COURSE_VARIABLE } from '../../src/lms/course-options';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
/** The assets the plugin emitted, by name (a build's content files). */
let emitted: Map<string, string>;
const context = {
  error: (message: string) => {
    throw new Error(message);
  },
  addWatchFile: () => {},
  emitFile: ({ name, source }: { name: string; source: string }) => {
    emitted.set(name, source);
    return `ref-${name}`;
  },
};
/** The plugin in a build (`inline`: the single file's, whose packs are chunks of its one script). */
function plugin(root: string, inline = true) {
  const instance = scenarioYaml({ inline }) as unknown as Record<string, Hook>;
  instance.configResolved!.call(context, { root, command: 'build' });
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
  delete process.env[COURSE_VARIABLE];
  emitted = new Map();
});
afterEach(() => {
  delete process.env[EXTRA_PACKS_VARIABLE];
  delete process.env[COURSE_VARIABLE];
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
      'export default {\n  "minimal": { module: () => import("/scenarios/minimal.yaml") },\n};',
    );
    expect(plugin(root).transform('a: 1\n', join(root, 'dev/minimal.yaml'))).toBeNull();
  });

  it('adds the listed pack files to the index and the lazy loader, checked like shipped packs', () => {
    process.env[EXTRA_PACKS_VARIABLE] = ' dev/minimal.yaml ,';
    const built = plugin(root);
    expect(built.index().map((entry: { id: string }) => entry.id)).toEqual(['minimal']);
    expect(built.packs()).toBe(
      'export default {\n  "minimal": { module: () => import("/dev/minimal.yaml") },\n};',
    );
    const out = built.transform(readFileSync(FIXTURE, 'utf8'), join(root, 'dev/minimal.yaml'));
    expect(JSON.parse(out!.code.replace(/^export default /, '').replace(/;$/, ''))).toMatchObject({
      id: 'minimal',
    });
  });

  it('emits the listed pack files as JSON in a build that fetches its packs', () => {
    process.env[EXTRA_PACKS_VARIABLE] = 'dev/minimal.yaml';
    expect(plugin(root, false).packs()).toBe(
      'export default {\n  "minimal": { url: import.meta.ROLLUP_FILE_URL_ref-pack-minimal.json },\n};',
    );
    expect(JSON.parse(emitted.get('pack-minimal.json')!)).toMatchObject({ id: 'minimal' });
  });

  it('serves an empty loader when no pack exists', () => {
    expect(plugin(root).packs()).toBe('export default {\n\n};');
    expect(plugin(root, false).packs()).toBe('export default {\n\n};');
  });
});

describe(`scenarioYaml() in a course package's build (${COURSE_VARIABLE})`, () => {
  const ids = (built: ReturnType<typeof plugin>) => built.index().map((entry: { id: string }) => entry.id);
  beforeEach(() => {
    copyFileSync(FIXTURE, join(root, 'scenarios/minimal.yaml'));
    copyFileSync('test/fixtures/scenarios/fixture.yaml', join(root, 'scenarios/fixture.yaml'));
  });

  it('holds the course’s pack alone: the package never shows the title, so it carries no other', () => {
    expect(ids(plugin(root))).toEqual(['fixture', 'minimal']);
    process.env[COURSE_VARIABLE] = JSON.stringify({ scenario: 'minimal', turns: 8, lang: 'en' });
    const built = plugin(root, false);
    expect(ids(built)).toEqual(['minimal']);
    expect(built.packs()).toBe(
      'export default {\n  "minimal": { url: import.meta.ROLLUP_FILE_URL_ref-pack-minimal.json },\n};',
    );
    expect([...emitted.keys()].filter((name) => name.startsWith('pack-'))).toEqual(['pack-minimal.json']);
  });

  it('holds every pack when the options are unreadable (the app then says what is wrong)', () => {
    process.env[COURSE_VARIABLE] = '{not json';
    expect(ids(plugin(root))).toEqual(['fixture', 'minimal']);
  });
});
