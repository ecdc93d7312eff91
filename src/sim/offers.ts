import type { Option, Scenario } from '../content/scenario.schema';
import { lookup, optionOf } from './lookup';
import type { ChosenOption, SimState } from './sim-state';

export interface OfferedOption {
  readonly optionId: string;
  readonly cost: number;
  readonly consentCost: number;
  readonly available: boolean;
  /** Why it is unavailable (DESIGN §3: shown, disabled, with the reason). */
  readonly reason?: 'over-capital' | 'over-consent' | 'timed-out';
}

/** One card on the table this quarter: the crisis or an initiative in the hand. */
export interface Offer {
  readonly decisionId: string;
  readonly kind: 'crisis' | 'initiative';
  readonly chosenOptionId?: string;
  readonly options: readonly OfferedOption[];
}

/** Capital and consent still free if the card's current choice (if any) were withdrawn. */
export function budgetExcluding(state: SimState, scenario: Scenario, decisionId: string) {
  return budgetAfter(scenario, state.quarter.chosen, state.drivers.consent, decisionId);
}

/** Capital and consent left after `chosen` (all but `decisionId`'s choice), from a quarter's full capital. */
export function budgetAfter(
  scenario: Scenario,
  chosen: readonly ChosenOption[],
  consent: number,
  decisionId?: string,
): { capital: number; consent: number } {
  let capital = scenario.capitalPerQuarter;
  let left = consent;
  for (const choice of chosen) {
    if (choice.decisionId === decisionId) continue;
    const option = optionOf(scenario, choice.decisionId, choice.optionId);
    capital -= option?.cost ?? 0;
    left -= option?.consentCost ?? 0;
  }
  return { capital, consent: left };
}

/** Why `option` cannot be chosen for `decisionId` now, or undefined when it can. */
export function unavailability(
  state: SimState,
  scenario: Scenario,
  decisionId: string,
  option: Option,
  kind: 'crisis' | 'initiative',
): OfferedOption['reason'] {
  if (kind === 'initiative' && state.quarter.timedOut) return 'timed-out';
  const budget = budgetExcluding(state, scenario, decisionId);
  if (option.cost > budget.capital) return 'over-capital';
  if ((option.consentCost ?? 0) > budget.consent) return 'over-consent';
  return undefined;
}

/** What the screen offers now: the crisis first (if any), then the hand in the order dealt. */
export function listOffers(state: SimState, scenario: Scenario): Offer[] {
  if (state.status === 'ended') return [];
  const { cards } = lookup(scenario);
  const ids = [...(state.quarter.crisis ? [state.quarter.crisis] : []), ...state.quarter.hand];
  return ids.flatMap((decisionId): Offer[] => {
    const card = cards.get(decisionId);
    if (!card) return [];
    const chosen = state.quarter.chosen.find((c) => c.decisionId === decisionId);
    return [
      {
        decisionId,
        kind: card.kind,
        ...(chosen ? { chosenOptionId: chosen.optionId } : {}),
        options: card.card.options.map((option) => {
          const reason = unavailability(state, scenario, decisionId, option, card.kind);
          return {
            optionId: option.id,
            cost: option.cost,
            consentCost: option.consentCost ?? 0,
            available: reason === undefined,
            ...(reason ? { reason } : {}),
          };
        }),
      },
    ];
  });
}
