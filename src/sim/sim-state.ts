import type { Scenario } from '../content/scenario.schema';
import { coefficientsOf, draftOf, stateOf } from './draft';
import { DRIVER_IDS, type DriverId } from './drivers';
import { DRIFT_RULES } from './drift-rules';
import { dictionaryOf } from './dictionary';
import { INITIAL_KEY, newBook } from './ledger';

/**
 * Causes the ledgers have room for up front (they grow as causes appear; a 12-quarter session registers
 * 52–59). N.B. room for a whole session (64) made growing rare, and the first growth, hundreds of runs into
 * a batch, then deoptimised causeIndexOf, applyCaused, applyDrift and updateMeters (`--trace-deopt`).
 */
const INITIAL_CAUSES = 16;
import { evaluateAt } from './model';
import { startQuarter } from './quarter-start';
import type { MeterId } from './meters';
import type { PendingEffect } from './pending-effects';
import type { Cause, SimEvent } from './sim-events';
import type { Lever } from './tags';
import { emptyList } from './zeros';

export type Difficulty = 'normal' | 'hard';

/** What identifies a run besides its inputs (DESIGN §3). */
export interface RunSettings {
  readonly turns: number; // 12 (Standard) or 8 (Short)
  readonly difficulty: Difficulty;
  readonly seed: string;
}

export interface ChosenOption {
  readonly decisionId: string;
  readonly optionId: string;
  readonly votes?: Readonly<Record<string, number>>;
}

/** The quarter being decided: what was drawn at its start and what has been chosen so far. */
export interface QuarterState {
  readonly turn: number;
  readonly news: readonly string[]; // incident ids of the news items drawn
  readonly crisis?: string; // incident id of the crisis that must be answered
  readonly hand: readonly string[]; // decision ids of the initiative cards dealt
  readonly chosen: readonly ChosenOption[]; // in the order chosen; the crisis answer included
  readonly timedOut: boolean; // group mode: the initiatives phase is closed
}

/** A flag is active while the current quarter is ≤ `until` (no `until`: for good). */
export interface FlagState {
  readonly setTurn: number;
  readonly until?: number;
  readonly cause: string; // the cause key that set it last
}

/** Harm split into its two parts (DESIGN §3). */
export interface Harm {
  readonly state: number;
  readonly armed: number;
}

/** The values at the end of one quarter's resolution: what the per-quarter arrays and the debrief read. */
export interface QuarterRecord {
  readonly turn: number;
  readonly drivers: Readonly<Record<DriverId, number>>;
  readonly meters: Readonly<Record<MeterId, number>>;
  readonly harm: Harm;
  readonly report: Readonly<Record<MeterId, number>>; // what the trainee is told: noisy on Hard
}

export interface SimState {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly settings: RunSettings;
  readonly turn: number; // 1-based quarter being decided; game time is turns, never milliseconds
  readonly status: 'running' | 'ended';
  readonly drivers: Readonly<Record<DriverId, number>>; // hidden, 0..100, unrounded
  readonly meters: Readonly<Record<MeterId, number>>; // with inertia, 0..100, unrounded
  readonly targets: Readonly<Record<MeterId, number>>; // what the meters move toward, from the drivers
  readonly harm: Harm; // the two parts of the civilian-harm target
  /**
   * By driver: contributions by ledger entry (ledger.ts), summing (to float precision) to the driver.
   * Dense and internal: read it through `ledgerOf` (attribution.ts). Never mutated once in a state.
   */
  readonly ledger: Readonly<Record<DriverId, readonly number[]>>;
  /** The session's causes, by index; index 0 is the initial value. */
  readonly causes: readonly Cause[];
  readonly causeKeys: readonly string[];
  /** How many causes of the (append-only, shared) registry arrays belong to this state. */
  readonly causeCount: number;
  readonly causeIndex: ReadonlyMap<string, number>;
  /** Entry id → entry key (ledger.ts); ids are assigned to (cause, slot) pairs as they are first written. */
  readonly entryKeys: readonly string[];
  readonly entryCount: number;
  /** cause × SLOTS + slot → entry id, or −1 (or an id ≥ entryCount: another branch's) when never written. */
  readonly entryIds: readonly number[];
  /** By meter: the gap to the target, attributed to ledger entries (how meter attribution stays exact). */
  readonly gap: Readonly<Record<MeterId, readonly number[]>>;
  readonly pending: readonly PendingEffect[]; // delayed consequences, oldest first
  readonly flags: Readonly<Record<string, FlagState>>;
  readonly benchmarks: Readonly<Record<string, number>>; // benchmark id → quarter met
  readonly outputs: Readonly<Record<string, number>>; // "vanity" counters, e.g. personnel-trained
  readonly capital: number; // political capital left this quarter
  readonly quarter: QuarterState;
  readonly funded: readonly string[]; // decision ids funded in earlier quarters: never dealt again
  /** By incident, in the pack's order: the last quarter it was drawn, 0 if never. */
  readonly lastFired: readonly number[];
  readonly suspendedLevers: Readonly<Partial<Record<Lever, number>>>; // lever → last quarter suspended
  readonly reviews: readonly { readonly turn: number; readonly changes: readonly string[] }[];
  readonly consentZeroQuarters: number; // consecutive quarters with consent at 0
  readonly history: readonly QuarterRecord[]; // one entry per resolved quarter
  readonly afterHandover?: QuarterRecord; // the step where effects still pending at the end land
  readonly ending?: {
    readonly id: string;
    readonly reason: 'lastTurn' | 'collapse' | 'consentWithdrawn';
    readonly turn: number;
  };
}

/**
 * The state before the first input: drivers at their starting values (each ledger holds only the initial
 * value), meters equal to their targets (DESIGN §3), and quarter 1 opened (news, crisis, hand drawn).
 */
export function initialState(scenario: Scenario, settings: RunSettings): SimState {
  return openSession(scenario, settings).state;
}

/** The initial cause's entry ids: slot 0 is entry 0, its rule slots have none yet (packed, like zerosByIncident). */
function noEntryYet(): number[] {
  const ids = [0];
  for (let rule = 0; rule < DRIFT_RULES.length; rule++) ids.push(-1);
  return ids;
}

/**
 * A packed array of small integers, one 0 per incident. Not `incidents.map(() => 0)`: once V8 optimises the
 * caller, map() makes a holey array, and a `lastFired` of another array kind than the earlier ones
 * deoptimised every function that reads it, a thousand runs into a batch (seen with --trace-deopt).
 */
function zerosByIncident(scenario: Scenario): number[] {
  const zeros: number[] = [];
  for (let i = 0; i < scenario.incidents.length; i++) zeros.push(0);
  return zeros;
}

/** {@linkcode initialState} with the events of opening quarter 1 (its incidents), for replays and the debrief. */
export function openSession(
  scenario: Scenario,
  settings: RunSettings,
): { state: SimState; events: SimEvent[] } {
  const drivers = { ...scenario.startingDrivers };
  const book = newBook(INITIAL_CAUSES);
  DRIVER_IDS.forEach((id) => (book.ledger[id][0] = drivers[id])); // entry 0: the initial value's direct contribution
  const { targets, harm } = evaluateAt(drivers, coefficientsOf(scenario));
  // Every field written out in withQuarter's order: the first state has the same shape as all that follow.
  const base: SimState = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    settings: { turns: settings.turns, difficulty: settings.difficulty, seed: settings.seed },
    turn: 1,
    status: 'running',
    drivers,
    meters: targets,
    targets,
    harm,
    ledger: book.ledger,
    causes: [{ kind: 'initial', sourceId: scenario.id, turn: 0 }],
    causeKeys: [INITIAL_KEY],
    causeCount: 1,
    causeIndex: new Map([[INITIAL_KEY, 0]]),
    entryKeys: [INITIAL_KEY],
    entryCount: 1,
    entryIds: noEntryYet(),
    gap: book.gap,
    pending: emptyList(),
    flags: dictionaryOf({}),
    benchmarks: dictionaryOf({}),
    outputs: dictionaryOf({}),
    capital: scenario.capitalPerQuarter,
    quarter: { turn: 1, news: [], hand: [], chosen: [], timedOut: false },
    funded: [],
    lastFired: zerosByIncident(scenario),
    suspendedLevers: dictionaryOf({}),
    reviews: emptyList(),
    consentZeroQuarters: 0,
    history: emptyList(),
    afterHandover: undefined,
    ending: undefined,
  };
  const draft = draftOf(base, scenario);
  startQuarter(draft, scenario);
  return { state: stateOf(draft), events: draft.events };
}
