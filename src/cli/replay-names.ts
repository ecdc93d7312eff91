import type { Scenario } from '../content/scenario.schema';
import { lookup, optionOf } from '../sim/lookup';
import type { Cause } from '../sim/sim-events';
import type { StoryInput } from './replay-story';
import type { WalkedInput } from './walk';

/** A cause in words, with the quarter it originated in. */
export function describeCause(cause: Cause, scenario: Scenario): string {
  const { cards, incidents } = lookup(scenario);
  switch (cause.kind) {
    case 'option':
    case 'delayed': {
      const card = cause.decisionId ?? '';
      const label = optionOf(scenario, card, cause.sourceId)?.label.en ?? cause.sourceId;
      const what = cause.kind === 'delayed' ? 'delayed effect of option' : 'option';
      return `${what} "${label}" (${cards.has(card) ? `${card}, ` : ''}Q${cause.turn})`;
    }
    case 'incident':
      return `incident "${incidents.get(cause.sourceId)?.title.en ?? cause.sourceId}" (Q${cause.turn})`;
    case 'mandate': {
      const change = scenario.mandateReviews.find((m) => m.id === cause.sourceId);
      return `mandate change "${change?.title.en ?? cause.sourceId}" (review after Q${cause.turn})`;
    }
    case 'drift':
      return `drift rule ${cause.sourceId}`; // the rule runs in the quarter it is listed in
    case 'initial':
      return 'starting value';
  }
}

/** English titles for the ids of a pack; an unknown id stands for itself. */
export function namer(scenario: Scenario) {
  const { cards, incidents } = lookup(scenario);
  const title = (list: readonly { id: string; title: { en: string } }[]) => (id: string) => ({
    id,
    title: list.find((item) => item.id === id)?.title.en ?? id,
  });
  const card = (id: string) => cards.get(id)?.card.title.en ?? id;
  const option = (cardId: string, id: string) => optionOf(scenario, cardId, id)?.label.en ?? id;
  /** An input's line, and a line for the crisis default it set off; `turn.ended` has no line of its own. */
  const input = ({ input, rejected, defaulted }: WalkedInput): StoryInput[] => {
    const text =
      input.type === 'option.chosen'
        ? `${card(input.decisionId)} → ${option(input.decisionId, input.optionId)}`
        : input.type === 'option.withdrawn'
          ? `${card(input.decisionId)}: choice withdrawn`
          : input.type === 'decision.timedOut'
            ? `${card(input.decisionId)}: the deliberation timer ran out`
            : input.type;
    const own =
      input.type === 'turn.ended' && !rejected
        ? []
        : [{ input, text, ...(rejected ? { refused: rejected } : {}) }];
    const fallback = defaulted && {
      text: `${card(defaulted.decisionId)} left open → ${option(defaulted.decisionId, defaulted.optionId)} (its default)`,
    };
    return fallback ? [...own, fallback] : own;
  };
  return {
    card,
    option,
    input,
    incident: (id: string) => ({ id, title: incidents.get(id)?.title.en ?? id }),
    benchmark: title(scenario.benchmarks),
    change: title(scenario.mandateReviews),
    ending: title(scenario.endings),
  };
}
