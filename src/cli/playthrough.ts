import { isDriverId } from '../sim/drivers';
import type { Input } from '../sim/inputs';
import { isMeterId } from '../sim/meters';
import type { SessionLog } from '../sim/replay';
import { isInput } from '../sim/session-log-guard';
import type { SimEvent } from '../sim/sim-events';
import type { Difficulty, SimState } from '../sim/sim-state';

/** What a golden playthrough pins (STYLE §6): every key optional; numbers rounded to 2 decimals. */
export interface PlaythroughExpect {
  readonly turn?: number;
  readonly drivers?: Readonly<Record<string, number>>;
  readonly meters?: Readonly<Record<string, number>>;
  readonly flags?: readonly string[]; // every flag set during the run, sorted
  readonly incidents?: readonly string[]; // every incident drawn, in order
  readonly benchmarks?: readonly string[]; // the benchmarks met, sorted
  readonly ending?: string;
}

/** A golden playthrough file, `test/playthroughs/<pack>.<name>.playthrough.json` (STYLE §6). */
export interface Playthrough {
  readonly scenario: string;
  readonly scenarioVersion: number;
  readonly turns: number;
  readonly difficulty: Difficulty;
  readonly seed: string;
  readonly inputs: readonly Input[];
  readonly expect: PlaythroughExpect;
}

/** How far a pinned number may be from the replayed one: pinned values are rounded to 2 decimals. */
export const TOLERANCE = 0.01;

type Fields = Record<string, unknown>;
const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNumbers = (v: unknown, isKey: (k: string) => boolean) =>
  isRecord(v) && Object.entries(v).every(([k, n]) => isKey(k) && typeof n === 'number');
const EXPECT_KEYS = ['turn', 'drivers', 'meters', 'flags', 'incidents', 'benchmarks', 'ending'];
const KEYS = ['scenario', 'scenarioVersion', 'turns', 'difficulty', 'seed', 'inputs', 'expect'];

/** Whether `value` has the shape of a {@linkcode Playthrough}; the run itself is checked by replaying it. */
export function isPlaythrough(value: unknown): value is Playthrough {
  if (!isRecord(value) || !Object.keys(value).every((k) => KEYS.includes(k))) return false;
  const e = value.expect;
  return (
    typeof value.scenario === 'string' &&
    Number.isSafeInteger(value.scenarioVersion) &&
    Number.isSafeInteger(value.turns) &&
    (value.difficulty === 'normal' || value.difficulty === 'hard') &&
    typeof value.seed === 'string' &&
    Array.isArray(value.inputs) &&
    value.inputs.every(isInput) &&
    isRecord(e) &&
    Object.keys(e).every((k) => EXPECT_KEYS.includes(k)) &&
    (e.turn === undefined || Number.isSafeInteger(e.turn)) &&
    (e.drivers === undefined || isNumbers(e.drivers, isDriverId)) &&
    (e.meters === undefined || isNumbers(e.meters, isMeterId)) &&
    [e.flags, e.incidents, e.benchmarks].every((list) => list === undefined || isStrings(list)) &&
    (e.ending === undefined || typeof e.ending === 'string')
  );
}

/** The run a playthrough describes, as the {@linkcode SessionLog} that replays it. */
export function logOf(playthrough: Playthrough): SessionLog {
  const { scenario, scenarioVersion, turns, difficulty, seed, inputs } = playthrough;
  return { formatVersion: 1, scenarioId: scenario, scenarioVersion, turns, difficulty, seed, inputs };
}

/** What an expect block can pin, read off a replayed run (unrounded). */
export function observed(state: SimState, events: readonly SimEvent[]) {
  return {
    turn: state.turn,
    drivers: state.drivers as Readonly<Record<string, number>>,
    meters: state.meters as Readonly<Record<string, number>>,
    flags: Object.keys(state.flags).sort(),
    incidents: events.flatMap((e) => (e.type === 'incident.occurred' ? [e.incidentId] : [])),
    benchmarks: Object.keys(state.benchmarks).sort(),
    ending: state.ending?.id,
  };
}

/**
 * The differences between an expect block and a replayed run, one sentence each (none: it holds).
 * Numbers match within {@linkcode TOLERANCE}; lists must match exactly (flags and benchmarks as sorted sets).
 */
export function checkExpect(
  expect: PlaythroughExpect,
  state: SimState,
  events: readonly SimEvent[],
): string[] {
  const seen = observed(state, events);
  const problems: string[] = [];
  if (expect.turn !== undefined && expect.turn !== seen.turn)
    problems.push(`turn: expected ${expect.turn}, replayed ${seen.turn}`);
  for (const kind of ['drivers', 'meters'] as const) {
    for (const [id, value] of Object.entries(expect[kind] ?? {})) {
      const actual = seen[kind][id];
      if (actual === undefined || Math.abs(actual - value) > TOLERANCE + 1e-9)
        problems.push(`${kind}.${id}: expected ${value}, replayed ${actual?.toFixed(4) ?? 'nothing'}`);
    }
  }
  const sorted = (list: readonly string[]) => [...list].sort();
  const lists = {
    flags: [expect.flags && sorted(expect.flags), seen.flags],
    incidents: [expect.incidents, seen.incidents],
    benchmarks: [expect.benchmarks && sorted(expect.benchmarks), seen.benchmarks],
  } as const;
  for (const [key, [wanted, actual]] of Object.entries(lists)) {
    if (wanted !== undefined && wanted.join() !== actual.join())
      problems.push(`${key}: expected [${wanted.join(', ')}], replayed [${actual.join(', ')}]`);
  }
  if (expect.ending !== undefined && expect.ending !== seen.ending)
    problems.push(`ending: expected ${expect.ending}, replayed ${seen.ending ?? 'none (the run goes on)'}`);
  return problems;
}
