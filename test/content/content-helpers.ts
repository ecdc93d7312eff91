import { readFileSync } from 'node:fs';
import { formatIssue, parseScenarioText } from '../../src/content/parse-scenario';
import { parseSourcesText } from '../../src/content/parse-sources';
import { lintScenario } from '../../src/content/lint-scenario';
import type { Scenario } from '../../src/content/scenario.schema';
import type { Sources } from '../../src/content/sources';

export const FIXTURES = 'test/fixtures/scenarios';
export const BROKEN = `${FIXTURES}/broken`;

let cached: Sources | undefined;
/** `scenarios/sources.yaml`, parsed once. */
export function sources(): Sources {
  if (cached) return cached;
  const parsed = parseSourcesText(readFileSync('scenarios/sources.yaml'), 'scenarios/sources.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return (cached = parsed.sources);
}

/** Every issue of a fixture, formatted as the CLI prints it; the file is named by its base name. */
export function checkFixture(path: string): string[] {
  const result = parseScenarioText(readFileSync(path), path.split('/').at(-1)!, { sources: sources() });
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** The valid fixture pack as data, for variants built in memory (a fresh copy each call). */
export function minimal(): Scenario {
  const result = parseScenarioText(readFileSync(`${FIXTURES}/minimal.yaml`), 'minimal.yaml', {
    sources: sources(),
  });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** Lints `minimal` after `change`, without lines (the pack never went through YAML). */
export function lintVariant(change: (pack: Scenario) => void): string[] {
  const pack = minimal();
  change(pack);
  return lintScenario(pack, { file: 'minimal.yaml', sources: sources() }).map(formatIssue);
}

/** What a message must never contain: a JavaScript error name or a stack frame. */
export const JS_NOISE = /Error:|TypeError|RangeError|SyntaxError|\n\s+at |\bat .*\(.*:\d+:\d+\)/;
