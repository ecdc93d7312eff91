import type { Scenario } from '../content/scenario.schema';
import type { Input } from './inputs';
import type { Difficulty, SimState } from './sim-state';
import { openSession } from './sim-state';
import type { SimEvent } from './sim-events';
import { step, type StepResult } from './step';

/** A run's identity (DESIGN §3): saves, replays, bug reports, run codes and LMS resume are all this object. */
export interface SessionLog {
  readonly formatVersion: 1;
  readonly scenarioId: string;
  readonly scenarioVersion: number; // the pack's `version` when the run was played
  readonly turns: number; // 12 (Standard) or 8 (Short)
  readonly difficulty: Difficulty; // Hard hides pending consequences and adds report noise
  readonly seed: string;
  readonly inputs: readonly Input[];
}

/**
 * Rebuilds a session from its log. Saves, run codes, golden playthroughs and the debrief all use it.
 *
 * @example
 * const { state, events } = replay(log, scenario);
 */
export function replay(log: SessionLog, scenario: Scenario): StepResult {
  const opened = openSession(scenario, log);
  let state: SimState = opened.state;
  const events: SimEvent[] = [...opened.events];
  for (const input of log.inputs) {
    const result = step(state, input, scenario);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}
