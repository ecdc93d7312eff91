import type { Scenario } from '../content/scenario.schema';
import type { Input } from '../sim/inputs';
import type { SessionLog } from '../sim/replay';
import type { RejectionReason, SimEvent } from '../sim/sim-events';
import { openSession, type SimState } from '../sim/sim-state';
import { step } from '../sim/step';

/** One input given during a quarter: whether `step()` refused it, and the crisis answer it defaulted. */
export interface WalkedInput {
  readonly input: Input;
  readonly rejected?: RejectionReason;
  /** A time-out or the quarter's end left the crisis open: it took this option (`option.defaulted`). */
  readonly defaulted?: { readonly decisionId: string; readonly optionId: string };
}

/** One quarter of a replayed log: what was on the table, what was done, and what its resolution did. */
export interface WalkedQuarter {
  readonly turn: number;
  readonly news: readonly string[]; // incident ids
  readonly crisis?: string; // incident id
  readonly hand: readonly string[]; // decision ids dealt
  /** The inputs given in this quarter, `turn.ended` last (flow inputs left out). */
  readonly inputs: readonly WalkedInput[];
  /** The events of the resolution. */
  readonly resolution: readonly SimEvent[];
}

export interface Walk {
  readonly quarters: readonly WalkedQuarter[];
  /** The events of the after-hand-over step (DESIGN §3), when the run ended. */
  readonly handover: readonly SimEvent[];
  /** Inputs after the last resolved quarter: a log cut mid-quarter, or inputs refused after the end. */
  readonly trailing: readonly WalkedInput[];
  readonly state: SimState;
}

const FLOW_INPUTS: ReadonlySet<Input['type']> = new Set(['briefing.acknowledged', 'review.acknowledged']);
const HANDOVER_TYPES: ReadonlySet<SimEvent['type']> = new Set([
  'driver.changed',
  'effect.landed',
  'effect.lapsed',
  'meter.changed',
  'handover.resolved',
]);

/**
 * Replays `log` input by input, like `replay()`, but keeps the quarters apart: the hand, news and crisis
 * each quarter opened with, its inputs, and the events of its resolution. Balance and replay read this.
 */
export function walkLog(log: SessionLog, scenario: Scenario): Walk {
  let state = openSession(scenario, log).state;
  const quarters: WalkedQuarter[] = [];
  let handover: SimEvent[] = [];
  let inputs: WalkedInput[] = [];
  for (const input of log.inputs) {
    if (FLOW_INPUTS.has(input.type)) {
      state = step(state, input, scenario).state; // the sim ignores them; kept for symmetry with replay()
      continue;
    }
    const before = state;
    const result = step(state, input, scenario);
    state = result.state;
    const rejected = result.events.find((event) => event.type === 'input.rejected');
    const defaulted = result.events.find((event) => event.type === 'option.defaulted');
    inputs.push({
      input,
      ...(rejected?.type === 'input.rejected' ? { rejected: rejected.reason } : {}),
      ...(defaulted?.type === 'option.defaulted'
        ? { defaulted: { decisionId: defaulted.decisionId, optionId: defaulted.optionId } }
        : {}),
    });
    if (rejected || input.type !== 'turn.ended') continue;
    const split = splitResolution(result.events, before.turn, state.status === 'ended');
    quarters.push({
      turn: before.turn,
      news: before.quarter.news,
      ...(before.quarter.crisis ? { crisis: before.quarter.crisis } : {}),
      hand: before.quarter.hand,
      inputs,
      resolution: split.resolution,
    });
    handover = split.handover;
    inputs = [];
  }
  return { quarters, handover, trailing: inputs, state };
}

/**
 * A `turn.ended` step's events are the quarter's resolution, then either the next quarter's opening
 * (its incidents and `quarter.started`, dropped: the next quarter reads them from the state) or, when the
 * run ended, the after-hand-over step and `session.ended`. The hand-over step follows the quarter's last
 * `meter.changed` and only moves drivers and meters (resolve.ts `finish`), so its events are told apart
 * by type; benchmarks, flags and the review that follow the meters belong to the quarter.
 */
function splitResolution(events: readonly SimEvent[], turn: number, ended: boolean) {
  const opening = events.findIndex(
    (event) => event.type === 'quarter.started' || (event.type === 'incident.occurred' && event.turn > turn),
  );
  const own = opening < 0 ? events : events.slice(0, opening);
  if (!ended) return { resolution: own, handover: [] };
  let lastMeter = -1;
  own.forEach((event, i) => {
    if (event.type === 'meter.changed' && event.turn === turn) lastMeter = i;
  });
  const resolution: SimEvent[] = [];
  const handover: SimEvent[] = [];
  own.forEach((event, i) => {
    if (event.type === 'session.ended') return;
    (i > lastMeter && HANDOVER_TYPES.has(event.type) ? handover : resolution).push(event);
  });
  return { resolution, handover };
}
