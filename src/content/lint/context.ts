import type { DataPath } from '../issues.ts';
import type {
  Condition,
  Crisis,
  Decision,
  Effect,
  IncidentEffect,
  LocalText,
  Option,
  Scenario,
} from '../scenario.schema.ts';
import type { Sources } from '../sources.ts';

/** What every lint rule gets: the pack, the citation sources, and one way to report. */
export interface LintContext {
  readonly scenario: Scenario;
  readonly sources?: Sources;
  /** The file name as given (the id rule compares its base name). */
  readonly file: string;
  readonly report: (path: DataPath, message: string, fix?: string) => void;
}

export type LintRule = (context: LintContext) => void;

export interface Located<T> {
  readonly value: T;
  readonly path: DataPath;
}

/** A card the trainee answers: an initiative (decision) or a crisis. */
export interface CardAt {
  readonly card: Decision | Crisis;
  readonly kind: 'decision' | 'crisis';
  readonly path: DataPath;
}

export function cardsOf(scenario: Scenario): CardAt[] {
  const decisions = scenario.decisions.map((card, i): CardAt => ({
    card,
    kind: 'decision',
    path: ['decisions', i],
  }));
  const crises = scenario.incidents.flatMap((incident, i): CardAt[] =>
    incident.kind === 'crisis' ? [{ card: incident, kind: 'crisis', path: ['incidents', i] }] : [],
  );
  return [...decisions, ...crises];
}

/** Every option of every card, with the card it belongs to. */
export function optionsOf(scenario: Scenario): (Located<Option> & { readonly card: CardAt })[] {
  return cardsOf(scenario).flatMap((card) =>
    card.card.options.map((value, j) => ({ value, path: [...card.path, 'options', j], card })),
  );
}

/** Every effect in the pack: options', incidents' own and mandate changes'. */
export function effectsOf(scenario: Scenario): Located<Effect | IncidentEffect>[] {
  const fromOptions = optionsOf(scenario).flatMap((o) =>
    o.value.effects.map((value, k) => ({ value, path: [...o.path, 'effects', k] })),
  );
  const fromIncidents = scenario.incidents.flatMap((incident, i) =>
    (incident.effects ?? []).map((value, k) => ({ value, path: ['incidents', i, 'effects', k] })),
  );
  const fromMandate = scenario.mandateReviews.flatMap((change, i) =>
    (change.effects ?? []).map((value, k) => ({ value, path: ['mandateReviews', i, 'effects', k] })),
  );
  return [...fromOptions, ...fromIncidents, ...fromMandate];
}

/** Every top-level condition (`when:`), wherever it sits. */
export function conditionsOf(scenario: Scenario): Located<Condition>[] {
  const out: Located<Condition>[] = [];
  const add = (value: Condition | undefined, path: DataPath) => value && out.push({ value, path });
  scenario.decisions.forEach((d, i) => add(d.when, ['decisions', i, 'when']));
  scenario.incidents.forEach((incident, i) => add(incident.when, ['incidents', i, 'when']));
  for (const effect of effectsOf(scenario)) add(effect.value.when, [...effect.path, 'when']);
  scenario.benchmarks.forEach((b, i) => add(b.when, ['benchmarks', i, 'when']));
  scenario.mandateReviews.forEach((m, i) => add(m.when, ['mandateReviews', i, 'when']));
  scenario.endings.forEach((e, i) => add(e.when, ['endings', i, 'when']));
  return out;
}

/** Every player-visible text ({en, fr, …}) in the pack, found by shape. */
export function textsOf(scenario: Scenario): Located<LocalText>[] {
  const out: Located<LocalText>[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.fr === 'string') {
      out.push({ value: record as LocalText, path });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(scenario, []);
  return out;
}

/** Every `cites` list in the pack. */
export function citesOf(scenario: Scenario): Located<readonly string[]>[] {
  const out: Located<readonly string[]>[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'cites' && Array.isArray(child))
        out.push({ value: child as string[], path: [...path, key] });
      else walk(child, [...path, key]);
    }
  };
  walk(scenario, []);
  return out;
}
