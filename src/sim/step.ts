import type { Scenario } from '../content/scenario.schema';
import type { Input } from './inputs';
import { lookup, optionOf } from './lookup';
import { budgetAfter, unavailability } from './offers';
import { withQuarter, type StepMode } from './draft';
import { resolveQuarter } from './resolve';
import type { RejectionReason, SimEvent } from './sim-events';
import type { ChosenOption, QuarterState, SimState } from './sim-state';

export interface StepResult {
  readonly state: SimState;
  readonly events: readonly SimEvent[];
}

/**
 * Applies one trainee input and everything it sets off this turn.
 *
 * `mode` (see {@linkcode StepMode}): 'quiet' skips the events of a resolution (headless runs never read them), and
 * 'consume' also lets the resolution write into the given state's arrays; the resulting state is the same.
 *
 * Pure: the same (state, input, scenario) always gives the same result, which is what lets a saved log
 * replay into the identical session (see replay.ts). An input that does not fit the state (a card not
 * offered, an option over budget…) never throws: the state is returned unchanged with `input.rejected`.
 *
 * @example
 * let { state } = step(initialState(scenario, settings), { type: 'option.chosen', decisionId: 'sixty-day-list', optionId: 'screen-first' }, scenario);
 * ({ state } = step(state, { type: 'turn.ended' }, scenario));
 */
export function step(
  state: SimState,
  input: Input,
  scenario: Scenario,
  mode: StepMode = 'record',
): StepResult {
  if (
    state.status === 'ended' &&
    input.type !== 'briefing.acknowledged' &&
    input.type !== 'review.acknowledged'
  ) {
    return reject(state, input, 'session-ended');
  }
  switch (input.type) {
    case 'option.chosen':
      return chooseOption(state, input, scenario);
    case 'option.withdrawn':
      return withdrawOption(state, input, scenario);
    case 'decision.timedOut':
      return timeOut(state, input.decisionId, scenario);
    case 'turn.ended': {
      const answered = answerCrisisByDefault(state, scenario);
      const resolved = resolveQuarter(answered.state, scenario, mode);
      return { state: resolved.state, events: [...answered.events, ...resolved.events] };
    }
    case 'briefing.acknowledged':
    case 'review.acknowledged':
      return { state, events: [] }; // flow inputs: logged because a resume needs them; the sim ignores them
  }
}

function reject(state: SimState, input: Input, reason: RejectionReason): StepResult {
  return { state, events: [{ type: 'input.rejected', input: input.type, reason }] };
}

function kindOf(state: SimState, decisionId: string): 'crisis' | 'initiative' | undefined {
  if (state.quarter.crisis === decisionId) return 'crisis';
  return state.quarter.hand.includes(decisionId) ? 'initiative' : undefined;
}

/** Records a choice for a card (replacing that card's earlier choice), if it fits capital and consent. */
function chooseOption(
  state: SimState,
  input: Extract<Input, { type: 'option.chosen' }>,
  scenario: Scenario,
): StepResult {
  if (!lookup(scenario).cards.has(input.decisionId)) return reject(state, input, 'unknown-decision');
  const kind = kindOf(state, input.decisionId);
  if (!kind) return reject(state, input, 'not-offered');
  const option = optionOf(scenario, input.decisionId, input.optionId);
  if (!option) return reject(state, input, 'unknown-option');
  const reason = unavailability(state, scenario, input.decisionId, option, kind);
  if (reason) return reject(state, input, reason);
  const chosen: { decisionId: string; optionId: string; votes?: ChosenOption['votes'] } = {
    decisionId: input.decisionId,
    optionId: input.optionId,
  };
  if (input.votes) chosen.votes = input.votes;
  return {
    state: withChosen(state, scenario, [
      ...state.quarter.chosen.filter((c) => c.decisionId !== input.decisionId),
      chosen,
    ]),
    events: [],
  };
}

function withdrawOption(
  state: SimState,
  input: Extract<Input, { type: 'option.withdrawn' }>,
  scenario: Scenario,
): StepResult {
  if (!state.quarter.chosen.some((c) => c.decisionId === input.decisionId))
    return reject(state, input, 'not-chosen');
  // N.B. a crisis must be answered: the trainee may switch its answer (choose another option), not withdraw it.
  if (kindOf(state, input.decisionId) === 'crisis') return reject(state, input, 'crisis-withdrawal');
  if (kindOf(state, input.decisionId) === 'initiative' && state.quarter.timedOut)
    return reject(state, input, 'timed-out');
  return {
    state: withChosen(
      state,
      scenario,
      state.quarter.chosen.filter((c) => c.decisionId !== input.decisionId),
    ),
    events: [],
  };
}

/** The state with these choices and the capital they leave. */
function withChosen(state: SimState, scenario: Scenario, chosen: readonly ChosenOption[]): SimState {
  const { capital } = budgetAfter(scenario, chosen, state.drivers.consent);
  const q = state.quarter;
  // Written out, not spread: one allocation and the same key order as quarter-start's.
  const quarter: QuarterState =
    q.crisis === undefined
      ? { turn: q.turn, news: q.news, hand: q.hand, chosen, timedOut: q.timedOut }
      : { turn: q.turn, news: q.news, crisis: q.crisis, hand: q.hand, chosen, timedOut: q.timedOut };
  return withQuarter(state, quarter, capital);
}

/** The deliberation timer ran out: an open crisis takes its default option; initiatives fund nothing more. */
function timeOut(state: SimState, decisionId: string, scenario: Scenario): StepResult {
  if (!kindOf(state, decisionId))
    return reject(state, { type: 'decision.timedOut', decisionId }, 'not-offered');
  const answered = answerCrisisByDefault(state, scenario);
  return {
    state: withQuarter(answered.state, { ...answered.state.quarter, timedOut: true }, answered.state.capital),
    events: answered.events,
  };
}

/**
 * An unanswered crisis takes its `defaultOptionId` — or, if the capital already spent leaves no room for
 * it, its first zero-cost option (every crisis has one).
 */
function answerCrisisByDefault(state: SimState, scenario: Scenario): StepResult {
  const crisisId = state.quarter.crisis;
  if (!crisisId || state.quarter.chosen.some((c) => c.decisionId === crisisId)) return { state, events: [] };
  const card = lookup(scenario).cards.get(crisisId);
  if (!card || card.kind !== 'crisis') return { state, events: [] };
  const zeroCost = card.card.options.filter((o) => o.cost === 0);
  const fallback =
    zeroCost.find((o) => !unavailability(state, scenario, crisisId, o, 'crisis')) ??
    zeroCost[0] ??
    card.card.options[0]!;
  const preferred = card.card.options.find((o) => o.id === card.card.defaultOptionId) ?? fallback;
  const option = unavailability(state, scenario, crisisId, preferred, 'crisis') ? fallback : preferred;
  const chosen = [...state.quarter.chosen, { decisionId: crisisId, optionId: option.id }];
  return {
    state: withChosen(state, scenario, chosen),
    events: [{ type: 'option.defaulted', decisionId: crisisId, optionId: option.id, turn: state.turn }],
  };
}
