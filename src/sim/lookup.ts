import type { Crisis, Decision, Incident, Option, Scenario } from '../content/scenario.schema';
import { leverOf, type Lever } from './tags';

/** A card the trainee answers: an initiative (decision) or a crisis. */
export type Card =
  | { readonly kind: 'initiative'; readonly card: Decision }
  | { readonly kind: 'crisis'; readonly card: Crisis };

export interface Lookup {
  readonly cards: ReadonlyMap<string, Card>;
  readonly incidents: ReadonlyMap<string, Incident>;
  readonly incidentIndex: ReadonlyMap<string, number>; // incident id → its place in the pack's list
  readonly decisionIndex: ReadonlyMap<string, number>; // decision id → its place in the pack's list
  /** Option id → its option and the card it belongs to (option ids are unique in a pack). */
  readonly options: ReadonlyMap<string, { readonly option: Option; readonly cardId: string }>;
  readonly levers: ReadonlyMap<string, ReadonlySet<Lever>>; // card id → levers of its options
  readonly byCard: ReadonlyMap<string, ReadonlyMap<string, Option>>; // card id → option id → option
}

const cache = new WeakMap<Scenario, Lookup>();
/**
 * The last pack asked for and its maps: a run asks about one pack thousands of times, and a comparison is
 * cheaper than a WeakMap probe. It keeps that one pack alive until another is asked for.
 */
let last: { scenario: Scenario; lookup: Lookup } | undefined;

/** Id maps over a pack, built once per scenario object. */
export function lookup(scenario: Scenario): Lookup {
  if (last !== undefined && last.scenario === scenario) return last.lookup;
  const cached = cache.get(scenario);
  if (cached) {
    last = { scenario, lookup: cached };
    return cached;
  }
  const cards = new Map<string, Card>();
  const options = new Map<string, { option: Option; cardId: string }>();
  const levers = new Map<string, Set<Lever>>();
  const byCard = new Map<string, Map<string, Option>>();
  const addOptions = (cardId: string, list: readonly Option[]) => {
    byCard.set(cardId, new Map(list.map((option) => [option.id, option])));
    const set = new Set<Lever>();
    for (const option of list) {
      options.set(`${cardId}/${option.id}`, { option, cardId });
      const lever = leverOf(option.tags);
      if (lever) set.add(lever);
    }
    levers.set(cardId, set);
  };
  for (const card of scenario.decisions) {
    cards.set(card.id, { kind: 'initiative', card });
    addOptions(card.id, card.options);
  }
  for (const incident of scenario.incidents) {
    if (incident.kind !== 'crisis') continue;
    cards.set(incident.id, { kind: 'crisis', card: incident });
    addOptions(incident.id, incident.options);
  }
  const result: Lookup = {
    cards,
    incidents: new Map(scenario.incidents.map((incident) => [incident.id, incident])),
    incidentIndex: new Map(scenario.incidents.map((incident, index) => [incident.id, index])),
    decisionIndex: new Map(scenario.decisions.map((decision, index) => [decision.id, index])),
    options,
    levers,
    byCard,
  };
  cache.set(scenario, result);
  last = { scenario, lookup: result };
  return result;
}

/** The option `optionId` of card `cardId`, if both exist. */
export function optionOf(scenario: Scenario, cardId: string, optionId: string): Option | undefined {
  return lookup(scenario).byCard.get(cardId)?.get(optionId);
}
