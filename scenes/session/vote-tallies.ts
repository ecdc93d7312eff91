import type { SessionEvent } from '../../src/flow/session.machine';
import type { Input } from '../../src/sim/inputs';
import type { SimState } from '../../src/sim/sim-state';
import type { VoteActions } from '../overlay/cards';

/**
 * Group mode's vote tallies for the quarter on screen: what the facilitator typed under each option, sent
 * with the choice as `votes` (DESIGN §3: part of the input, so of the log and the run code). A tally typed
 * after the choice re-sends the same choice with the new votes (step() replaces a card's choice). Tallies
 * of a choice already made come back from the sim state (a resume or a redraw shows them).
 */
export function voteTallies(
  sim: () => SimState,
  send: (event: SessionEvent) => void,
): Omit<VoteActions, 'label'> & { readonly choice: (decisionId: string, optionId: string) => Input } {
  let turn = -1;
  let typed = new Map<string, Record<string, number>>();
  const current = () => {
    if (sim().turn !== turn) {
      turn = sim().turn;
      typed = new Map();
    }
    return typed;
  };
  const votesOf = (decisionId: string): Record<string, number> | undefined => {
    const own = current().get(decisionId);
    if (own) return own;
    return sim().quarter.chosen.find((c) => c.decisionId === decisionId)?.votes;
  };
  const choice = (decisionId: string, optionId: string): Input => {
    const votes = votesOf(decisionId);
    return votes && Object.keys(votes).length > 0
      ? { type: 'option.chosen', decisionId, optionId, votes: { ...votes } }
      : { type: 'option.chosen', decisionId, optionId };
  };
  return {
    get: (decisionId, optionId) => votesOf(decisionId)?.[optionId],
    set: (decisionId, optionId, count) => {
      const votes = { ...(votesOf(decisionId) ?? {}) };
      if (count === undefined || count === 0) delete votes[optionId];
      else votes[optionId] = count;
      current().set(decisionId, votes);
      const chosen = sim().quarter.chosen.find((c) => c.decisionId === decisionId);
      if (chosen && !sim().quarter.timedOut) send(choice(decisionId, chosen.optionId));
    },
    choice,
  };
}
