import type { Scenario } from '../content/scenario.schema';
import type { Input } from './inputs';
import { policyInputs, type Policy } from './policy';
import type { SessionLog } from './replay';
import type { SimEvent } from './sim-events';
import { openSession, type RunSettings, type SimState } from './sim-state';
import { step } from './step';

export interface PlayedRun {
  readonly log: SessionLog;
  readonly state: SimState;
  readonly events: readonly SimEvent[];
}

/**
 * Plays a whole session with a headless policy: briefing, then each quarter's policy inputs, acknowledging
 * the mandate reviews as a trainee would. `keepEvents: false` records no events at all (the bench and sim CLI), and
 * steps in 'consume' mode (the loop keeps only the newest state, so each step may write into the last): the
 * states are the same.
 */
export function playSession(
  scenario: Scenario,
  settings: RunSettings,
  policy: Policy,
  keepEvents = true,
): PlayedRun {
  const opened = openSession(scenario, settings);
  let state = opened.state;
  const events: SimEvent[] = keepEvents ? [...opened.events] : [];
  const inputs: Input[] = [];
  const apply = (input: Input) => {
    const result = step(state, input, scenario, keepEvents ? 'record' : 'consume');
    state = result.state;
    inputs.push(input);
    if (keepEvents) for (let i = 0; i < result.events.length; i++) events.push(result.events[i]!);
  };
  apply({ type: 'briefing.acknowledged' });
  while (state.status === 'running') {
    const before = state.reviews.length;
    const quarterInputs = policyInputs(state, scenario, policy);
    for (let i = 0; i < quarterInputs.length; i++) apply(quarterInputs[i]!);
    if (state.status === 'running' && state.reviews.length > before) apply({ type: 'review.acknowledged' });
  }
  const log: SessionLog = {
    formatVersion: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    turns: settings.turns,
    difficulty: settings.difficulty,
    seed: settings.seed,
    inputs,
  };
  return { log, state, events };
}
