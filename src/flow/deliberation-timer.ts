import type { SimState } from '../sim/sim-state';

/** The default deliberation time per decision phase in group mode: 3 minutes. */
export const DEFAULT_DELIBERATION_MS = 180_000;

/** The timer counts down in ticks of at most this many ms (so the projector can show a countdown). */
export const TIMER_TICK_MS = 1_000;

/**
 * The group-mode deliberation timer of one decision phase (DESIGN §6). Time lives here as plain data
 * counted down by the machine's delayed ticks, so a `SimulatedClock` drives it in tests; its expiry
 * enters the log as the input `decision.timedOut`, so a replay never depends on the clock.
 *
 * - `off`: solo and course modes, a quarter with nothing to decide, or the facilitator turned it off;
 * - `running` / `paused`: counting down / held by the facilitator;
 * - `expired`: it ran out (its `decision.timedOut` was sent once).
 */
export interface DeliberationTimer {
  readonly status: 'off' | 'running' | 'paused' | 'expired';
  readonly remainingMs: number;
  /** The facilitator turned the timer off: it stays off for the rest of the session. */
  readonly isDisabled: boolean;
}

export const TIMER_OFF: DeliberationTimer = { status: 'off', remainingMs: 0, isDisabled: false };

/** A fresh timer for a decision phase, running when `isTimed` and not turned off. */
export function startTimer(
  timer: DeliberationTimer,
  isTimed: boolean,
  deliberationMs: number,
): DeliberationTimer {
  if (!isTimed || timer.isDisabled) return { ...timer, status: 'off', remainingMs: 0 };
  return { ...timer, status: 'running', remainingMs: deliberationMs };
}

/** How long until the next tick: a whole tick, or what is left when that is less. */
export function nextTickMs(timer: DeliberationTimer): number {
  return Math.max(0, Math.min(TIMER_TICK_MS, timer.remainingMs));
}

/** The timer one tick later; it reaches 0 exactly when its time is up. */
export function tickTimer(timer: DeliberationTimer): DeliberationTimer {
  const remainingMs = timer.remainingMs - nextTickMs(timer);
  return remainingMs > 0 ? { ...timer, remainingMs } : { ...timer, status: 'expired', remainingMs: 0 };
}

export const pauseTimer = (timer: DeliberationTimer): DeliberationTimer => ({ ...timer, status: 'paused' });
export const resumeTimer = (timer: DeliberationTimer): DeliberationTimer => ({ ...timer, status: 'running' });
export const extendTimer = (timer: DeliberationTimer, ms: number): DeliberationTimer => ({
  ...timer,
  remainingMs: timer.remainingMs + ms,
});
export const disableTimer = (): DeliberationTimer => ({ status: 'off', remainingMs: 0, isDisabled: true });

/** Whether an extension of `ms` makes sense: a positive, finite number of milliseconds. */
export function isValidExtension(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0;
}

/**
 * The decision an expiry times out: the open crisis while it is unanswered, otherwise a card of the hand
 * (step() then closes the whole initiatives phase). `undefined` when there is nothing left to time out.
 */
export function timeoutDecisionId(sim: SimState): string | undefined {
  const { crisis, hand, chosen, timedOut } = sim.quarter;
  if (timedOut || sim.status === 'ended') return undefined;
  if (crisis !== undefined && !chosen.some((choice) => choice.decisionId === crisis)) return crisis;
  return hand[0];
}
