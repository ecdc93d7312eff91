import { formatPath, type DataPath } from '../issues.ts';
import { cardsOf, optionsOf, type LintRule } from './context.ts';

/**
 * Ids are unique in their kind (options pack-wide), and decisions and crises share one namespace: both are
 * cards, named by `decisionId` in saved logs and run codes.
 */
export const uniqueIds: LintRule = ({ scenario, report }) => {
  const list = <T extends { id: string }>(items: readonly T[], key: string) =>
    items.map((item, i) => ({ id: item.id, path: [key, i] as DataPath }));
  const groups: [kind: string, entries: { id: string; path: DataPath }[]][] = [
    ['decision', list(scenario.decisions, 'decisions')],
    ['option', optionsOf(scenario).map((o) => ({ id: o.value.id, path: o.path }))],
    ['incident', list(scenario.incidents, 'incidents')],
    ['region', list(scenario.regions, 'regions')],
    ['actor', list(scenario.actors, 'actors')],
    ['benchmark', list(scenario.benchmarks, 'benchmarks')],
    ['ending', list(scenario.endings, 'endings')],
    ['mandate change', list(scenario.mandateReviews, 'mandateReviews')],
    ['objective', list(scenario.objectives, 'objectives')],
    ['question', list(scenario.questions, 'questions')],
    ['tutorial step', list(scenario.tutorial, 'tutorial')],
    ['glossary entry', list(scenario.glossary ?? [], 'glossary')],
  ];
  for (const [kind, entries] of groups) {
    const first = new Map<string, DataPath>();
    for (const { id, path } of entries) {
      const earlier = first.get(id);
      if (earlier)
        report(
          [...path, 'id'],
          `duplicate ${kind} id "${id}" (first used at ${formatPath(earlier)})`,
          'rename one of them; ids are stable forever once shipped',
        );
      else first.set(id, path);
    }
  }
  const decisionIds = new Map(scenario.decisions.map((d, i) => [d.id, ['decisions', i] as DataPath]));
  for (const card of cardsOf(scenario)) {
    const decision = card.kind === 'crisis' ? decisionIds.get(card.card.id) : undefined;
    if (decision) {
      report(
        [...card.path, 'id'],
        `crisis id "${card.card.id}" is also the id of ${formatPath(decision)}`,
        'rename one; decisions and crises share one id space in saved logs and run codes',
      );
    }
  }
};
