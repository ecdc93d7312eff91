import type { Option, Scenario } from '../content/scenario.schema';
import { lookup, optionOf } from './lookup';
import type { SimState } from './sim-state';

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
  let capital = scenario.capitalPerQuarter;
  let consent = state.drivers.consent;
  for (const chosen of state.quarter.chosen) {
    if (chosen.decisionId === decisionId) continue;
    const option = optionOf(scenario, chosen.decisionId, chosen.optionId);
    capital -= option?.cost ?? 0;
    consent -= option?.consentCost ?? 0;
  }
  return { capital, consent };
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
