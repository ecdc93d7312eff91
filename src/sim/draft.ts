import type { Scenario } from '../content/scenario.schema';
import type { Coefficients } from './defaults';
import { resolveCoefficients } from './defaults';
import type { DriverId } from './drivers';
import type { MeterId } from './meters';
import type { PendingEffect } from './pending-effects';
import type { Cause, SimEvent } from './sim-events';
import type { FlagState, QuarterRecord, SimState } from './sim-state';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A working copy of the state for one resolution. `step()` stays pure: it copies what it will change,
 * mutates the copy locally, and returns it as the new (read-only) state.
 */
export interface Draft extends Omit<
  Mutable<SimState>,
  'drivers' | 'ledger' | 'causes' | 'gap' | 'pending' | 'flags' | 'benchmarks' | 'outputs' | 'history'
> {
  drivers: Record<DriverId, number>;
  ledger: Record<DriverId, Map<string, number>>;
  causes: Record<string, Cause>;
  gap: Record<MeterId, Map<string, number>>;
  pending: PendingEffect[];
  flags: Record<string, FlagState>;
  benchmarks: Record<string, number>;
  outputs: Record<string, number>;
  history: QuarterRecord[];
  events: SimEvent[];
  /** The state the resolution started from: the "before" of every decomposition. */
  readonly start: SimState;
  readonly k: Coefficients;
}

function copyMaps<K extends string>(
  maps: Readonly<Record<K, ReadonlyMap<string, number>>>,
): Record<K, Map<string, number>> {
  const copy = {} as Record<K, Map<string, number>>;
  for (const key in maps) copy[key] = new Map(maps[key]);
  return copy;
}

export function draftOf(state: SimState, scenario: Scenario): Draft {
  return {
    ...state,
    drivers: { ...state.drivers },
    ledger: copyMaps(state.ledger),
    causes: { ...state.causes },
    gap: copyMaps(state.gap),
    pending: [...state.pending],
    flags: { ...state.flags },
    benchmarks: { ...state.benchmarks },
    outputs: { ...state.outputs },
    history: [...state.history],
    events: [],
    start: state,
    k: coefficientsOf(scenario),
  };
}

/** Drops the working fields. */
export function stateOf(draft: Draft): SimState {
  const { events: _events, start: _start, k: _k, ...state } = draft;
  return state;
}

const coefficientCache = new WeakMap<Scenario, Coefficients>();
/** The pack's coefficients (defaults with its overrides), computed once per scenario object. */
export function coefficientsOf(scenario: Scenario): Coefficients {
  let k = coefficientCache.get(scenario);
  if (k === undefined) {
    k = resolveCoefficients(scenario.coefficients);
    coefficientCache.set(scenario, k);
  }
  return k;
}
