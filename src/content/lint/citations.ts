import type { DataPath } from '../issues.ts';
import { resolveCitation } from '../sources.ts';
import { citesOf, type LintRule } from './context.ts';

/** DESIGN §5: quotes are at most 25 words. */
export const MAX_QUOTE_WORDS = 25;

/** Every `cites` entry resolves in `scenarios/sources.yaml` (skipped when no sources were given). */
export const citationsResolve: LintRule = ({ scenario, sources, report }) => {
  if (!sources) return;
  for (const { value: cites, path } of citesOf(scenario)) {
    cites.forEach((code, i) => {
      const resolved = resolveCitation(code, sources);
      if (!resolved.ok) report([...path, i], resolved.message, resolved.fix);
    });
  }
};

/** Every quote (options and incidents) is at most 25 words. */
export const quoteLength: LintRule = ({ scenario, report }) => {
  const check = (quote: string | undefined, path: DataPath) => {
    const words =
      quote
        ?.trim()
        .split(/\s+/u)
        .filter((w) => w !== '').length ?? 0;
    if (words > MAX_QUOTE_WORDS) {
      report(
        [...path, 'quote'],
        `quote has ${words} words; at most ${MAX_QUOTE_WORDS} are allowed`,
        'cut it to the words that carry the claim (DESIGN §5)',
      );
    }
  };
  scenario.decisions.forEach((d, i) =>
    d.options.forEach((o, j) => check(o.quote, ['decisions', i, 'options', j])),
  );
  scenario.incidents.forEach((incident, i) => {
    check(incident.quote, ['incidents', i]);
    if (incident.kind === 'crisis')
      incident.options.forEach((o, j) => check(o.quote, ['incidents', i, 'options', j]));
  });
};
