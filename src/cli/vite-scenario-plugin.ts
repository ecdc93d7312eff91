import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, type ContentIssue } from '../content/issues.ts';
import { parseScenarioText } from '../content/parse-scenario.ts';
import { parseSourcesText } from '../content/parse-sources.ts';
import type { Scenario } from '../content/scenario.schema.ts';
import type { Sources } from '../content/sources.ts';
import { thumbnailDataUri } from '../content/thumbnail.ts';
import { readYaml } from '../content/yaml-guard.ts';
import { COURSE_VARIABLE } from '../lms/course-options.ts';
import { NOT_PACKS } from './load-scenario.ts';
import { buildTarget } from './vite-offline-plugin.ts';

/** The title screen's list of packs: `import index from 'virtual:scenario-index'` (DESIGN §8). */
export const SCENARIO_INDEX = 'virtual:scenario-index';
const RESOLVED_INDEX = `\0${SCENARIO_INDEX}`;
/**
 * The packs by id: `import packs from 'virtual:scenario-packs'`, each a content source (below) that
 * scenes/adapters/content-data.ts reads when the pack is played.
 */
export const SCENARIO_PACKS = 'virtual:scenario-packs';
const RESOLVED_PACKS = `\0${SCENARIO_PACKS}`;
/** The packs' shared glossary (scenarios/glossary.yaml), a content source: `import glossary from 'virtual:shared-glossary'`. */
export const SHARED_GLOSSARY = 'virtual:shared-glossary';
const RESOLVED_GLOSSARY = `\0${SHARED_GLOSSARY}`;
/** Where the dev server serves the content files, e.g. `/@dual-mandate/content/pack-kessaria.json`. */
export const DEV_CONTENT_PATH = '/@dual-mandate/content/';

/**
 * The pack id of the course package being built (its baked options' `scenario`), or undefined for every other
 * build. The options are checked where they are read (`parseCourseOptions`, and the packagers before they
 * build); here a missing or unreadable value means "not a course".
 */
function coursePack(): string | undefined {
  try {
    const options = JSON.parse(process.env[COURSE_VARIABLE] ?? '') as { scenario?: unknown } | null;
    return typeof options?.scenario === 'string' ? options.scenario : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `DM_EXTRA_PACKS` — for local development and the browser tests only, never set for a release build: a
 * comma-separated list of pack files outside scenarios/ (paths from the project root) that join the shipped
 * packs in the index and the lazy pack loader, checked like them. Example:
 * `DM_EXTRA_PACKS=test/fixtures/scenarios/fixture.yaml npx vite`. Unset, only scenarios/*.yaml is built.
 */
export const EXTRA_PACKS_VARIABLE = 'DM_EXTRA_PACKS';

/** A content file read for the bundle: its plain data, or what is wrong with it. */
type ContentRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** One entry of the scenario index: what the title screen shows before any pack loads. */
export interface ScenarioIndexEntry {
  readonly id: string;
  readonly title: Scenario['title'];
  readonly blurb: Scenario['briefing']['blurb'];
  readonly turns: number;
  readonly thumbnail: string; // a small SVG map as a data: URI (src/content/thumbnail.ts)
}

/**
 * YAML in the repo, JSON in the bundle (STYLE §6). A pack imported from `scenarios/` goes through the same
 * `parseScenarioText` as `npm run -s check:scenarios` (a pack that fails fails the build with the same lines);
 * `sources.yaml` and `glossary.yaml` become plain data after the same YAML safety checks. No YAML parser
 * reaches the bundle. Also serves `virtual:scenario-index`: `[{ id, title, blurb, turns, thumbnail }]` for every pack.
 *
 * The packs and the glossary are data the first screen does not need (DESIGN §8: "packs load lazily"), served
 * as content sources — `virtual:scenario-packs` (`{ [id]: source }`) and `virtual:shared-glossary` (one source):
 * - `{ url }` in a build: a JSON file the plugin emits as an asset (`assets/pack-kessaria-<hash>.json`,
 *   `assets/glossary-<hash>.json`), fetched when needed, precached by the PWA, listed in the LMS packages;
 * - `{ url }` on the dev server: the same JSON, made on request under {@linkcode DEV_CONTENT_PATH};
 * - `{ module }` when `inline` (the single file, `DM_TARGET=single`, which opens from file:// where nothing
 *   can be fetched): a chunk of the bundle, which the single build inlines into its one script.
 */
export function scenarioYaml({ inline = buildTarget() === 'single' }: { inline?: boolean } = {}): Plugin {
  let command: 'build' | 'serve' = 'build';
  let root = process.cwd();
  const scenariosDir = () => resolve(root, 'scenarios');
  const extraPacks = () =>
    (process.env[EXTRA_PACKS_VARIABLE] ?? '')
      .split(',')
      .map((path) => path.trim())
      .filter((path) => path !== '')
      .map((path) => resolve(root, path));
  /** Every pack file this build holds: scenarios/*.yaml, then the extra packs; the file name is the pack id. */
  const packFiles = () => {
    const dir = scenariosDir();
    const shipped = existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.yaml') && !NOT_PACKS.has(name))
          .sort()
          .map((name) => resolve(dir, name))
      : [];
    const all = [...shipped, ...extraPacks()];
    // A course package plays its one pack and never shows the title: it carries no other.
    const course = coursePack();
    return course === undefined ? all : all.filter((file) => basename(file, '.yaml') === course);
  };
  const shown = (file: string) => relative(root, file) || file;
  const fail = (issues: readonly ContentIssue[]) =>
    `scenario check failed:\n${issues.map(formatIssue).join('\n')}`;
  const sources = (): Sources | ContentIssue[] => {
    const file = resolve(scenariosDir(), 'sources.yaml');
    if (!existsSync(file))
      return [
        {
          file: shown(file),
          path: '',
          message: 'the citation sources file is missing',
          fix: 'restore scenarios/sources.yaml',
        },
      ];
    const parsed = parseSourcesText(readFileSync(file), shown(file));
    return parsed.ok ? parsed.sources : parsed.issues;
  };
  const pack = (file: string, text: string | Uint8Array): Scenario | ContentIssue[] => {
    const known = sources();
    if (Array.isArray(known)) return known;
    const result = parseScenarioText(text, shown(file), { sources: known });
    return result.ok ? result.scenario : result.issues;
  };

  const glossaryFile = () => resolve(scenariosDir(), 'glossary.yaml');
  /** The glossary as plain data, after the YAML safety checks. */
  const readGlossary = (): ContentRead => {
    const file = glossaryFile();
    const read = readYaml(readFileSync(file), shown(file));
    return read.ok ? { ok: true, value: read.yaml.value } : read;
  };
  const packData = (file: string): Scenario | ContentIssue[] => pack(file, readFileSync(file));
  const readPack = (file: string): ContentRead => {
    const scenario = packData(file);
    return Array.isArray(scenario) ? { ok: false, issues: scenario } : { ok: true, value: scenario };
  };
  /** A content file's path in the bundle's imports: `/scenarios/kessaria.yaml`. */
  const importPath = (file: string) => `/${relative(root, file).split(sep).join('/')}`;
  const packId = (file: string) => basename(file, '.yaml');

  return {
    name: 'dual-mandate:scenario-yaml',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    configureServer(server) {
      // The dev server's content sources: each JSON made from its YAML on request, so an edit shows on reload.
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(DEV_CONTENT_PATH)) return next();
        const name = path.slice(DEV_CONTENT_PATH.length);
        const file = packFiles().find((candidate) => name === `pack-${packId(candidate)}.json`);
        const read = name === 'glossary.json' ? readGlossary() : file ? readPack(file) : undefined;
        if (read === undefined) return next();
        response.statusCode = read.ok ? 200 : 500;
        response.setHeader('Content-Type', read.ok ? 'application/json' : 'text/plain; charset=utf-8');
        response.end(read.ok ? JSON.stringify(read.value) : fail(read.issues));
      });
    },
    resolveId(id) {
      if (id === SCENARIO_PACKS) return RESOLVED_PACKS;
      if (id === SHARED_GLOSSARY) return RESOLVED_GLOSSARY;
      return id === SCENARIO_INDEX ? RESOLVED_INDEX : null;
    },
    load(id) {
      /** One content source as JS: a chunk when inlined, else the URL of its JSON file (see above). */
      const source = (name: string, file: string, read: () => ContentRead): string => {
        if (inline) return `{ module: () => import(${JSON.stringify(importPath(file))}) }`;
        if (command === 'serve') return `{ url: ${JSON.stringify(`${DEV_CONTENT_PATH}${name}.json`)} }`;
        this.addWatchFile(file);
        const data = read();
        if (!data.ok) return this.error(fail(data.issues));
        const reference = this.emitFile({
          type: 'asset',
          name: `${name}.json`,
          source: JSON.stringify(data.value),
        });
        return `{ url: import.meta.ROLLUP_FILE_URL_${reference} }`;
      };
      if (id === RESOLVED_PACKS) {
        // One source per pack, so a pack is fetched only when chosen (DESIGN §8).
        const entries = packFiles().map(
          (file) =>
            `  ${JSON.stringify(packId(file))}: ${source(`pack-${packId(file)}`, file, () => readPack(file))},`,
        );
        return `export default {\n${entries.join('\n')}\n};`;
      }
      if (id === RESOLVED_GLOSSARY)
        return `export default ${source('glossary', glossaryFile(), readGlossary)};`;
      if (id !== RESOLVED_INDEX) return null;
      const index: ScenarioIndexEntry[] = [];
      for (const file of packFiles()) {
        this.addWatchFile(file);
        const scenario = packData(file);
        if (Array.isArray(scenario)) return this.error(fail(scenario));
        index.push({
          id: scenario.id,
          title: scenario.title,
          blurb: scenario.briefing.blurb,
          turns: scenario.turns,
          thumbnail: thumbnailDataUri(scenario.regions),
        });
      }
      return `export default ${JSON.stringify(index)};`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const isExtraPack = extraPacks().includes(file);
      if (!file.endsWith('.yaml') || !(file.startsWith(scenariosDir() + sep) || isExtraPack)) return null;
      if (NOT_PACKS.has(basename(file))) {
        const read = readYaml(code, shown(file));
        if (!read.ok) return this.error(fail(read.issues));
        return { code: `export default ${JSON.stringify(read.yaml.value)};`, map: null };
      }
      this.addWatchFile(resolve(scenariosDir(), 'sources.yaml'));
      const scenario = pack(file, code);
      if (Array.isArray(scenario)) return this.error(fail(scenario));
      return { code: `export default ${JSON.stringify(scenario)};`, map: null };
    },
  };
}
