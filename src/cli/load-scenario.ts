import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, type ContentIssue } from '../content/issues.ts';
import { parseScenarioText } from '../content/parse-scenario.ts';
import { parseSourcesText } from '../content/parse-sources.ts';
import { SLUG_PATTERN, type Scenario } from '../content/scenario.schema.ts';
import type { Sources } from '../content/sources.ts';
import { CliError } from './cli-error.ts';

/** The repository's `scenarios/` folder, wherever the CLI is run from. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Files in `scenarios/` that are not packs. */
export const NOT_PACKS = new Set(['sources.yaml', 'glossary.yaml']);

/** A path as the user should see it: relative to where they ran the command. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/** A content check that failed: the message is the formatted issues, one per line. */
export class ContentError extends CliError {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'), 1);
  }
}

let sources: Sources | undefined;
/** `scenarios/sources.yaml`, parsed once per process. Throws a {@linkcode ContentError} when it is broken. */
export function loadSources(): Sources {
  if (sources) return sources;
  const path = resolve(SCENARIOS_DIR, 'sources.yaml');
  if (!existsSync(path))
    throw new CliError(`missing ${displayPath(path)}: the citation sources every pack is checked against`, 1);
  const parsed = parseSourcesText(readFileSync(path), displayPath(path));
  if (!parsed.ok) throw new ContentError(parsed.issues);
  return (sources = parsed.sources);
}

/**
 * Where a scenario argument points: an id (`kessaria`) is `scenarios/<id>.yaml`; anything with a slash or a
 * `.yaml` ending is a path, read as given.
 */
export function scenarioPath(idOrPath: string): string {
  if (/[\\/]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath)) return resolve(idOrPath);
  if (SLUG_PATTERN.test(idOrPath)) return resolve(SCENARIOS_DIR, `${idOrPath}.yaml`);
  throw new CliError(`"${idOrPath}" is neither a scenario id (like kessaria) nor a path to a .yaml file`);
}

/**
 * Reads and checks one pack for a CLI: the same checks as `npm run -s check:scenarios`, citations included.
 * Throws a {@linkcode CliError} (exit code 2) for a missing file and a {@linkcode ContentError} (exit code 1,
 * the formatted issues as its message) for a pack that does not pass; CLIs print either without a stack.
 * @example
 * const scenario = loadScenario('kessaria'); // or loadScenario('test/fixtures/scenarios/minimal.yaml')
 */
export function loadScenario(idOrPath: string): Scenario {
  const path = scenarioPath(idOrPath);
  if (!existsSync(path)) {
    const hint =
      path.startsWith(SCENARIOS_DIR) && !/[\\/]/.test(idOrPath)
        ? ` (no pack "${idOrPath}" in scenarios/)`
        : '';
    throw new CliError(`no such scenario file: ${displayPath(path)}${hint}`);
  }
  const result = parseScenarioText(readFileSync(path), displayPath(path), { sources: loadSources() });
  if (!result.ok) throw new ContentError(result.issues);
  return result.scenario;
}
