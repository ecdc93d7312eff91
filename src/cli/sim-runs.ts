import type { Scenario } from '../content/scenario.schema.ts';
import { METER_IDS } from '../sim/meters.ts';
import { playSession } from '../sim/play.ts';
import type { Policy } from '../sim/policy.ts';
import { encodeRunCode } from '../sim/run-code.ts';
import type { Difficulty, SimState } from '../sim/sim-state.ts';

/** What `npm run -s sim` plays: run i uses seed `seed` for i = 0 and `seed.i` after (DESIGN §5). */
export interface SimJob {
  readonly scenario: Scenario;
  readonly policy: Policy;
  readonly runs: number;
  readonly seed: string;
  readonly turns: number;
  readonly difficulty: Difficulty;
  readonly codes: boolean;
}

/**
 * One finished run as the summary needs it: `values` holds, for quarters 1..T, security, legitimacy,
 * civilian harm and harm by state forces (4 numbers a quarter; a run that ended early holds its last values).
 */
export interface RunResult {
  readonly index: number;
  readonly values: readonly number[];
  readonly ending: string;
  readonly benchmarks: readonly string[];
  readonly code?: string;
}

/** Values per quarter in a {@linkcode RunResult}: the three meters, then harm by state forces. */
export const VALUES_PER_QUARTER = METER_IDS.length + 1;

export const seedOfRun = (seed: string, index: number): string => (index === 0 ? seed : `${seed}.${index}`);

/** Plays run `index` of the job. Pure: the same job and index give the same result on any thread. */
export function playRun(job: SimJob, index: number): RunResult {
  const { scenario, policy, turns, difficulty } = job;
  const run = playSession(scenario, { turns, difficulty, seed: seedOfRun(job.seed, index) }, policy, false);
  return {
    index,
    ...resultOf(run.state, turns),
    ...(job.codes ? { code: encodeRunCode(run.log, scenario) } : {}),
  };
}

function resultOf(state: SimState, turns: number): Omit<RunResult, 'index'> {
  const history = state.history;
  const last = history[history.length - 1];
  if (!last || !state.ending) throw new Error(`run ${state.settings.seed} did not finish`);
  const values: number[] = [];
  for (let q = 0; q < turns; q++) {
    // Not `history[q] ?? last`: reading past the end deoptimised this function at the first run that ended early.
    const record = q < history.length ? history[q]! : last;
    for (const meter of METER_IDS) values.push(record.meters[meter]);
    values.push(record.harm.state);
  }
  const benchmarks = Object.keys(state.benchmarks).filter((id) => state.benchmarks[id] !== undefined);
  return { values, ending: state.ending.id, benchmarks };
}

/** Runs are handed out in chunks from a shared counter, so a slow thread simply takes fewer of them. */
const CHUNK = 32;

/** Plays chunks until the shared counter runs past the job. Used by the main thread and every worker. */
export function playChunks(job: SimJob, counter: Int32Array): RunResult[] {
  const results: RunResult[] = [];
  for (;;) {
    const start = Atomics.add(counter, 0, CHUNK);
    if (start >= job.runs) return results;
    for (let i = start; i < Math.min(start + CHUNK, job.runs); i++) results.push(playRun(job, i));
  }
}
