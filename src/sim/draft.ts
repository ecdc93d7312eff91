import type { Scenario } from '../content/scenario.schema';
import type { Coefficients } from './defaults';
import { resolveCoefficients } from './defaults';
import { dictionaryOf } from './dictionary';
import { freshMoveLog, type MoveLog } from './move-log';
import { DRIVER_IDS, type DriverId } from './drivers';
import { METER_IDS, type MeterId } from './meters';
import type { PendingEffect } from './pending-effects';
import type { SimEvent } from './sim-events';
import type { QuarterRecord, SimState } from './sim-state';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A working copy of the state for one resolution. `step()` stays pure: it copies what it will change,
 * mutates the copy locally, and returns it as the new (read-only) state.
 */
export interface Draft extends Omit<Mutable<SimState>, 'drivers' | 'ledger' | 'gap' | 'pending' | 'history'> {
  drivers: Record<DriverId, number>;
  ledger: Record<DriverId, number[]>;
  gap: Record<MeterId, number[]>;
  pending: PendingEffect[];
  history: QuarterRecord[];
  /** Which of the records below this draft already copied ({@linkcode own}); until then they are the state's. */
  owned: number;
  /** False when the caller wants no events (the sim CLI, the bench): `events` then stays empty. */
  readonly recording: boolean;
  /** How the step was asked to treat its state ({@linkcode StepMode}): 'consume' lets the draft write into it. */
  readonly mode: StepMode;
  events: SimEvent[];
  /** Every ledger write of this resolution as triples (driver index, entry, amount): what meter attribution reads. */
  moves: MoveLog;
  /** The state the resolution started from: the "before" of every decomposition. */
  readonly start: SimState;
  readonly k: Coefficients;
}

/**
 * How a step treats the state it is given:
 * - `record` (the default): pure, with every event — what the game, replay and the debrief use;
 * - `quiet`: pure, without the resolution's events (nobody reads them);
 * - `consume`: quiet, and the step may reuse the state's ledgers, gaps, pending effects, history, flags,
 *   benchmarks and outputs in the state it returns, writing into them. The caller gives the state up and
 *   must never read it again: only a loop that keeps nothing but the newest state may ask for it (the
 *   headless runs of `playSession`).
 */
export type StepMode = 'record' | 'quiet' | 'consume';

export function draftOf(state: SimState, scenario: Scenario, mode: StepMode = 'record'): Draft {
  const consume = mode === 'consume';
  let ledger = state.ledger as Record<DriverId, number[]>;
  let gap = state.gap as Record<MeterId, number[]>;
  if (!consume) {
    ledger = {} as Record<DriverId, number[]>;
    for (const id of DRIVER_IDS) ledger[id] = state.ledger[id].slice();
    gap = {} as Record<MeterId, number[]>;
    for (const id of METER_IDS) gap[id] = state.gap[id].slice();
  }
  // Every field written out (no spread): one object shape for every draft and state keeps V8 on its fast path.
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    settings: state.settings,
    turn: state.turn,
    status: state.status,
    drivers: { ...state.drivers }, // copied even when consuming: `start.drivers` is the "before" of the meters
    meters: state.meters,
    targets: state.targets,
    harm: state.harm,
    ledger,
    causes: state.causes,
    causeKeys: state.causeKeys,
    causeCount: state.causeCount,
    causeIndex: state.causeIndex,
    entryKeys: state.entryKeys,
    entryCount: state.entryCount,
    entryIds: state.entryIds,
    gap,
    pending: consume ? (state.pending as PendingEffect[]) : [...state.pending],
    flags: state.flags,
    benchmarks: state.benchmarks,
    outputs: state.outputs,
    capital: state.capital,
    quarter: state.quarter,
    funded: state.funded,
    lastFired: state.lastFired,
    suspendedLevers: state.suspendedLevers,
    reviews: state.reviews,
    consentZeroQuarters: state.consentZeroQuarters,
    history: consume ? (state.history as QuarterRecord[]) : [...state.history],
    afterHandover: state.afterHandover,
    ending: state.ending,
    owned: consume ? ALL_OWNED : 0, // consuming, the state's records are the draft's to write
    mode,
    recording: mode === 'record',
    events: [],
    moves: freshMoveLog(),
    start: state,
    k: coefficientsOf(scenario),
  };
}

const OWNED = { flags: 1, benchmarks: 2, outputs: 4 } as const;
const ALL_OWNED = OWNED.flags | OWNED.benchmarks | OWNED.outputs;
type OwnedRecord = keyof typeof OWNED;
type Writable<K extends OwnedRecord> = Record<
  string,
  SimState[K] extends Readonly<Record<string, infer T>> ? T : never
>;

/**
 * The draft's own, writable copy of one of its records (flags, benchmarks, outputs). A draft reads
 * its state's records until it first writes one (most resolutions write few of them): copy-on-write. A
 * `conditionContext` built before the write still holds the old record, so build it after, or refresh it.
 */
export function own<K extends OwnedRecord>(draft: Draft, field: K): Writable<K> {
  if ((draft.owned & OWNED[field]) === 0) {
    (draft as Record<K, unknown>)[field] = dictionaryOf(draft[field] as Readonly<Record<string, unknown>>);
    draft.owned |= OWNED[field];
  }
  return draft[field] as Writable<K>;
}

/** Drops the working fields. */
export function stateOf(draft: Draft): SimState {
  return withQuarter(draft, draft.quarter, draft.capital);
}

/** The state with another quarter-in-progress and capital (what choosing and withdrawing change). */
export function withQuarter(draft: SimState, quarter: SimState['quarter'], capital: number): SimState {
  return {
    scenarioId: draft.scenarioId,
    scenarioVersion: draft.scenarioVersion,
    settings: draft.settings,
    turn: draft.turn,
    status: draft.status,
    drivers: draft.drivers,
    meters: draft.meters,
    targets: draft.targets,
    harm: draft.harm,
    ledger: draft.ledger,
    causes: draft.causes,
    causeKeys: draft.causeKeys,
    causeCount: draft.causeCount,
    causeIndex: draft.causeIndex,
    entryKeys: draft.entryKeys,
    entryCount: draft.entryCount,
    entryIds: draft.entryIds,
    gap: draft.gap,
    pending: draft.pending,
    flags: draft.flags,
    benchmarks: draft.benchmarks,
    outputs: draft.outputs,
    capital,
    quarter,
    funded: draft.funded,
    lastFired: draft.lastFired,
    suspendedLevers: draft.suspendedLevers,
    reviews: draft.reviews,
    consentZeroQuarters: draft.consentZeroQuarters,
    history: draft.history,
    afterHandover: draft.afterHandover,
    ending: draft.ending,
  };
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
