import type { Scenario } from '../content/scenario.schema';
import type { DriverId } from '../sim/drivers';
import type { MeterId } from '../sim/meters';
import { replay, type SessionLog } from '../sim/replay';
import type { SimEvent } from '../sim/sim-events';
import { initialState, type Harm, type SimState } from '../sim/sim-state';

/**
 * One run as the debrief reads it: its log, the final state and every event of the replay (the opened
 * session's included). `replay(log, scenario)` and `playSession(…)` both give this shape.
 */
export interface DebriefRun {
  readonly log: SessionLog;
  readonly state: SimState;
  readonly events: readonly SimEvent[];
}

/**
 * Replays `log` into a {@linkcode DebriefRun}. The debrief is derived, not recorded (STYLE §3): everything
 * it shows comes from this replay and the pack.
 */
export function debriefRunOf(log: SessionLog, scenario: Scenario): DebriefRun {
  const { state, events } = replay(log, scenario);
  return { log, state, events };
}

/** The values at the end of one step of a run: quarter 0 is the start, the last is after hand-over. */
export interface QuarterValues {
  readonly turn: number;
  readonly drivers: Readonly<Record<DriverId, number>>;
  readonly meters: Readonly<Record<MeterId, number>>;
  readonly harm: Harm;
}

const startCache = new WeakMap<SimState, QuarterValues>();

/** The values before the first quarter (meters equal their targets, DESIGN §3). */
export function startOf(run: DebriefRun, scenario: Scenario): QuarterValues {
  const cached = startCache.get(run.state);
  if (cached) return cached;
  const opened = initialState(scenario, run.state.settings);
  const start = { turn: 0, drivers: opened.drivers, meters: opened.meters, harm: opened.harm };
  startCache.set(run.state, start);
  return start;
}

/**
 * The run's values step by step: the start (turn 0), the end of each resolved quarter (1…n), then the
 * after-hand-over step (turn n + 1) once the run has ended.
 */
export function valuesOf(run: DebriefRun, scenario: Scenario): readonly QuarterValues[] {
  const after = run.state.afterHandover;
  return [startOf(run, scenario), ...run.state.history, ...(after ? [after] : [])];
}

/** The values at the end of quarter `turn` (0: the start; n + 1: after hand-over), if the run reached it. */
export function valuesAt(run: DebriefRun, scenario: Scenario, turn: number): QuarterValues | undefined {
  return valuesOf(run, scenario)[turn];
}

/** The last step of the run that has values: the after-hand-over step when the run ended. */
export function lastStep(run: DebriefRun): number {
  return run.state.history.length + (run.state.afterHandover ? 1 : 0);
}

const quarterCache = new WeakMap<readonly SimEvent[], readonly number[]>();

/**
 * For each event, the quarter it belongs to: the quarter being decided (inputs refused), the quarter whose
 * resolution produced it (the after-hand-over step counts as one more quarter), or the quarter whose draws
 * it reports (`incident.occurred`, `quarter.started`). A resolution's landings and driver changes come before
 * its `meter.changed` events, which carry the turn.
 */
export function eventQuarters(events: readonly SimEvent[]): readonly number[] {
  const cached = quarterCache.get(events);
  if (cached) return cached;
  const quarters = new Array<number>(events.length).fill(-1);
  let next = -1; // the quarter of the nearest later meter.changed or draw; −1 while unknown
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'meter.changed') next = event.turn;
    else if (event.type === 'incident.occurred' || event.type === 'quarter.started') next = event.turn - 1; // what comes before a quarter's draws is the previous quarter's resolution
    quarters[i] = 'turn' in event ? event.turn : next;
  }
  // Only `handover.resolved` follows the last meter change without a turn: it closes the last step.
  for (let i = 1; i < quarters.length; i++) if (quarters[i] === -1) quarters[i] = quarters[i - 1]!;
  quarterCache.set(events, quarters);
  return quarters;
}
