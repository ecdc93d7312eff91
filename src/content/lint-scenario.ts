import { formatPath, type ContentIssue, type DataPath } from './issues';
import { citationsResolve, quoteLength } from './lint/citations';
import { conditionReferences } from './lint/conditions';
import type { LintContext, LintRule } from './lint/context';
import { frenchTranslated, frenchTypography } from './lint/french';
import { uniqueIds } from './lint/ids';
import { endingOrder, idMatchesFile } from './lint/pack';
import { regionLabels, regionReferences, regionShares } from './lint/regions';
import { optionTags, stanceCoverage } from './lint/tags';
import { cardWindows, crisisOptions, effectReach } from './lint/timing';
import type { Scenario } from './scenario.schema';
import type { Sources } from './sources';

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
