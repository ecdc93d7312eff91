import type { ContentIssue } from './issues.ts';
import { sortIssues } from './issues.ts';
import { lintScenario } from './lint-scenario.ts';
import { ScenarioSchema, type Scenario } from './scenario.schema.ts';
import type { Sources } from './sources.ts';
import { readYaml } from './yaml-guard.ts';
import { describeZodIssues } from './zod-issues.ts';

export { formatIssue, type ContentIssue } from './issues.ts';

export interface ParseScenarioOptions {
  /**
   * `scenarios/sources.yaml`, parsed (see `parseSourcesText`). Without it, citations are checked for
   * their form only: the CLI, the Vite plugin and `loadScenario` always pass it.
   */
  readonly sources?: Sources;
  /** Size cap in bytes; default 512 KiB (DESIGN §8). */
  readonly maxBytes?: number;
}

export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ContentIssue[] };

/**
 * Reads one pack in two stages (STYLE §6): safe YAML, then the Zod schema, then the semantic lint of
 * `lintScenario`. Returns the typed scenario, or every issue found, in file order, each with its line,
 * path and fix. Never throws on bad input.
 * @example
 * const result = parseScenarioText(readFileSync('scenarios/kessaria.yaml'), 'scenarios/kessaria.yaml', { sources });
 * if (!result.ok) for (const issue of result.issues) console.error(formatIssue(issue));
 */
export function parseScenarioText(
  input: Uint8Array | string,
  file: string,
  options: ParseScenarioOptions = {},
): ParseScenarioResult {
  const read = readYaml(input, file, options.maxBytes);
  if (!read.ok) return { ok: false, issues: sortIssues(read.issues) };
  const { value, lineOf } = read.yaml;
  const parsed = ScenarioSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: sortIssues(describeZodIssues(parsed.error.issues, ScenarioSchema, value, file, lineOf)),
    };
  }
  const issues = lintScenario(parsed.data, {
    file,
    ...(options.sources ? { sources: options.sources } : {}),
    locate: lineOf,
  });
  return issues.length > 0 ? { ok: false, issues: sortIssues(issues) } : { ok: true, scenario: parsed.data };
}
