import { formatPath, type ContentIssue, type DataPath } from './issues.ts';
import { citationsResolve, quoteLength } from './lint/citations.ts';
import { conditionReferences } from './lint/conditions.ts';
import type { LintContext, LintRule } from './lint/context.ts';
import { frenchTranslated, frenchTypography } from './lint/french.ts';
import { uniqueIds } from './lint/ids.ts';
import { endingOrder, idMatchesFile } from './lint/pack.ts';
import { regionLabels, regionReferences, regionShares } from './lint/regions.ts';
import { optionTags, stanceCoverage } from './lint/tags.ts';
import { cardWindows, crisisOptions, effectReach } from './lint/timing.ts';
import type { Scenario } from './scenario.schema.ts';
import type { Sources } from './sources.ts';

/** The second stage of the content check (STYLE §6): meaning the schema cannot express. In report order. */
export const LINT_RULES: readonly LintRule[] = [
  idMatchesFile,
  uniqueIds,
  optionTags,
  stanceCoverage,
  crisisOptions,
  cardWindows,
  effectReach,
  conditionReferences,
  regionReferences,
  regionShares,
  regionLabels,
  endingOrder,
  citationsResolve,
  quoteLength,
  frenchTranslated,
  frenchTypography,
];

export interface LintOptions {
  /** The file the pack came from; its base name must equal the pack's id. */
  readonly file: string;
  /** `scenarios/sources.yaml`; without it citations are not resolved. */
  readonly sources?: Sources;
  /** The line of a data path in the file, when the pack came from YAML. */
  readonly locate?: (path: DataPath) => number | undefined;
}

/**
 * Checks a schema-valid pack for what JSON Schema cannot say: unique ids, tags, stance coverage, crisis
 * defaults, quarters inside the game, conditions that can be met, regions, endings, citations, French.
 * Returns every issue with its path and fix (and line, given `locate`); an empty list means the pack is sound.
 */
export function lintScenario(scenario: Scenario, options: LintOptions): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const context: LintContext = {
    scenario,
    file: options.file,
    ...(options.sources ? { sources: options.sources } : {}),
    report(path, message, fix) {
      const line = path.length > 0 ? options.locate?.(path) : undefined;
      issues.push({
        file: options.file,
        ...(line === undefined ? {} : { line }),
        path: formatPath(path),
        message,
        ...(fix === undefined ? {} : { fix }),
      });
    },
  };
  for (const rule of LINT_RULES) rule(context);
  return issues;
}
