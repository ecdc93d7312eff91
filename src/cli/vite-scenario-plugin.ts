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
import { NOT_PACKS } from './load-scenario.ts';

/** The title screen's list of packs: `import index from 'virtual:scenario-index'` (DESIGN §8). */
export const SCENARIO_INDEX = 'virtual:scenario-index';
const RESOLVED_INDEX = `\0${SCENARIO_INDEX}`;
/** The lazy pack loader: `import packs from 'virtual:scenario-packs'`; `await packs[id]()` gives `{ default: pack }`. */
export const SCENARIO_PACKS = 'virtual:scenario-packs';
const RESOLVED_PACKS = `\0${SCENARIO_PACKS}`;

/**
 * `DM_EXTRA_PACKS` — for local development and the browser tests only, never set for a release build: a
 * comma-separated list of pack files outside scenarios/ (paths from the project root) that join the shipped
 * packs in the index and the lazy pack loader, checked like them. Example:
 * `DM_EXTRA_PACKS=test/fixtures/scenarios/fixture.yaml npx vite`. Unset, only scenarios/*.yaml is built.
 */
export const EXTRA_PACKS_VARIABLE = 'DM_EXTRA_PACKS';

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
 */
export function scenarioYaml(): Plugin {
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
    return [...shipped, ...extraPacks()];
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

  return {
    name: 'dual-mandate:scenario-yaml',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === SCENARIO_PACKS) return RESOLVED_PACKS;
      return id === SCENARIO_INDEX ? RESOLVED_INDEX : null;
    },
    load(id) {
      if (id === RESOLVED_PACKS) {
        // One dynamic import per pack, so each pack is its own chunk, fetched only when chosen (DESIGN §8).
        const loaders = packFiles().map((file) => {
          const path = `/${relative(root, file).split(sep).join('/')}`;
          return `  ${JSON.stringify(basename(file, '.yaml'))}: () => import(${JSON.stringify(path)}),`;
        });
        return `export default {\n${loaders.join('\n')}\n};`;
      }
      if (id !== RESOLVED_INDEX) return null;
      const index: ScenarioIndexEntry[] = [];
      for (const file of packFiles()) {
        this.addWatchFile(file);
        const scenario = pack(file, readFileSync(file));
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
