import type { Scenario } from '../content/scenario.schema';
import type { Input } from '../sim/inputs';
import type { SessionLog } from '../sim/replay';
import type { SimEvent } from '../sim/sim-events';
import { initialState, type RunSettings, type SimState } from '../sim/sim-state';
import { step } from '../sim/step';
import {
  DEFAULT_DELIBERATION_MS,
  startTimer,
  TIMER_OFF,
  timeoutDecisionId,
  type DeliberationTimer,
} from './deliberation-timer';

/** Solo (self-paced), group (facilitated, projector, timer and votes) or course (launched by an LMS). */
export type SessionMode = 'solo' | 'group' | 'course';

/** What the title screen (or an LMS launch, or a resume) starts a session with. */
export interface SessionInput {
  readonly scenario: Scenario;
  readonly settings: RunSettings;
  readonly mode: SessionMode;
  /** A saved log to resume: its own turns, difficulty and seed win over `settings`. */
  readonly log?: SessionLog;
  /** Group mode: deliberation time per decision phase, default {@linkcode DEFAULT_DELIBERATION_MS}. */
  readonly deliberationMs?: number;
}

export interface SessionContext {
  readonly scenario: Scenario;
  readonly mode: SessionMode;
  readonly sim: SimState;
  /** Every input step() accepted, in order: the run's identity (saves, run codes, LMS resume). */
  readonly log: SessionLog;
  /** What the last input set off: a resolution's changes for the report, or an `input.rejected`. */
  readonly lastEvents: readonly SimEvent[];
  readonly deliberationMs: number;
  readonly timer: DeliberationTimer;
}

/**
 * The context of a new or resumed session. A resume replays `input.log` through step(), so the sim is
 * exactly the one the log describes. Throws when the log is for another pack or pack version: check
 * saves with `isSessionLog` and run codes with `decodeRunCode` first, which say why.
 */
export function createSessionContext(input: SessionInput): SessionContext {
  const { scenario, mode } = input;
  const saved = input.log;
  if (saved && (saved.scenarioId !== scenario.id || saved.scenarioVersion !== scenario.version)) {
    throw new Error(
      `the log is for ${saved.scenarioId} v${saved.scenarioVersion}, not ${scenario.id} v${scenario.version}`,
    );
  }
  const settings: RunSettings = saved ?? input.settings;
  let context: SessionContext = {
    scenario,
    mode,
    sim: initialState(scenario, settings),
    log: {
      formatVersion: 1,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      turns: settings.turns,
      difficulty: settings.difficulty,
      seed: settings.seed,
      inputs: [],
    },
    lastEvents: [],
    deliberationMs: input.deliberationMs ?? DEFAULT_DELIBERATION_MS,
    timer: TIMER_OFF,
  };
  for (const logged of saved?.inputs ?? []) context = applyInput(context, logged);
  return context;
}

/**
 * Hands one input to step(). An accepted input is appended to the log; a rejected one (step() answers
 * `input.rejected`) changes nothing but `lastEvents`, so the log holds only inputs that did something.
 */
export function applyInput(context: SessionContext, input: Input): SessionContext {
  const result = step(context.sim, input, context.scenario);
  if (result.events.some((event) => event.type === 'input.rejected'))
    return { ...context, lastEvents: result.events };
  return {
    ...context,
    sim: result.state,
    log: { ...context.log, inputs: [...context.log.inputs, input] },
    lastEvents: result.events,
  };
}

/** Copies only the fields of an input, so whatever else a scene put on the event never reaches the log. */
export function toInput(event: Input): Input {
  switch (event.type) {
    case 'option.chosen':
      return {
        type: event.type,
        decisionId: event.decisionId,
        optionId: event.optionId,
        ...(event.votes && { votes: { ...event.votes } }),
      };
    case 'option.withdrawn':
    case 'decision.timedOut':
      return { type: event.type, decisionId: event.decisionId };
    default:
      return { type: event.type };
  }
}

/** The crisis of the quarter, if any, has an answer (a quarter cannot end before). */
export function isCrisisAnswered(sim: SimState): boolean {
  const { crisis, chosen } = sim.quarter;
  return crisis === undefined || chosen.some((choice) => choice.decisionId === crisis);
}

/** A mandate review happened at the end of the quarter just resolved (quarters 4 and 8, not the last). */
export function isReviewDue(sim: SimState): boolean {
  return sim.status === 'running' && sim.reviews.at(-1)?.turn === sim.turn - 1;
}

/** Where a resumed session lands: the ending, a review not yet acknowledged, the decisions, or the briefing. */
export function resumeTarget(context: SessionContext): 'ending' | 'review' | 'deciding' | 'briefing' {
  const last = context.log.inputs.at(-1);
  if (last === undefined) return 'briefing';
  if (context.sim.status === 'ended') return 'ending';
  if (last.type === 'turn.ended' && isReviewDue(context.sim)) return 'review';
  return 'deciding';
}

/** The timer for a decision phase that opens now: running in group mode when there is something to decide. */
export function openDecisionTimer(context: SessionContext): DeliberationTimer {
  const isTimed = context.mode === 'group' && timeoutDecisionId(context.sim) !== undefined;
  return startTimer(context.timer, isTimed, context.deliberationMs);
}
