import type { Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';
import { lookup, optionOf } from '../sim/lookup';
import type { SimState } from '../sim/sim-state';

/** One earlier decision with consequences still to come. */
export interface LedgerItem {
  /** Stable across renders: `${turn}/${decisionId}/${optionId}`. */
  readonly key: string;
  readonly decisionId: string;
  readonly optionId: string;
  /** The quarter the decision was taken. */
  readonly turn: number;
  /** The quarters in which more of it lands, ascending; past the last quarter means "after the hand-over". */
  readonly dueTurns: readonly number[];
  readonly text: string;
}

/**
 * The pending-consequences ledger of DESIGN §2: which decisions still have consequences coming and in
 * which quarter — never their sign or size, which would turn the lesson into arithmetic. `undefined` on
 * Hard, where it is hidden. Effects whose `when` may still lapse are listed: they are still coming.
 */
export function selectPendingLedger(
  sim: SimState,
  scenario: Scenario,
  locale: Locale,
): LedgerItem[] | undefined {
  if (sim.settings.difficulty === 'hard') return undefined;
  const byDecision = new Map<
    string,
    { decisionId: string; optionId: string; turn: number; due: Set<number> }
  >();
  for (const effect of sim.pending) {
    const { cause } = effect;
    if (cause.decisionId === undefined) continue; // incidents and mandate changes are not the trainee's decisions
    const key = `${cause.turn}/${cause.decisionId}/${cause.sourceId}`;
    const entry = byDecision.get(key) ?? {
      decisionId: cause.decisionId,
      optionId: cause.sourceId,
      turn: cause.turn,
      due: new Set<number>(),
    };
    entry.due.add(effect.dueTurn);
    byDecision.set(key, entry);
  }
  const { cards } = lookup(scenario);
  const turns = sim.settings.turns;
  return [...byDecision.entries()]
    .sort(([, a], [, b]) => a.turn - b.turn || Math.min(...a.due) - Math.min(...b.due))
    .map(([key, entry]) => {
      const dueTurns = [...entry.due].sort((a, b) => a - b);
      const quarters = dueTurns.filter((turn) => turn <= turns);
      const due = quarters.map((turn) => locale.t('ledger.dueQuarter', { turn }));
      if (quarters.length < dueTurns.length) due.push(locale.t('ledger.afterHandover'));
      const card = cards.get(entry.decisionId)?.card;
      const option = optionOf(scenario, entry.decisionId, entry.optionId);
      return {
        key,
        decisionId: entry.decisionId,
        optionId: entry.optionId,
        turn: entry.turn,
        dueTurns,
        text: locale.t('ledger.item', {
          option: option ? locale.text(option.label) : entry.optionId,
          card: card ? locale.text(card.title) : entry.decisionId,
          turn: entry.turn,
          due: locale.list(due),
        }),
      };
    });
}
