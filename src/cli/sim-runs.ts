import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
  const last = state.history[state.history.length - 1];
  if (!last || !state.ending) throw new Error(`run ${state.settings.seed} did not finish`);
  const values: number[] = [];
  for (let q = 0; q < turns; q++) {
    const record = state.history[q] ?? last;
    for (const meter of METER_IDS) values.push(record.meters[meter]);
    values.push(record.harm.state);
  }
  const benchmarks = Object.keys(state.benchmarks).filter((id) => state.benchmarks[id] !== undefined);
  return { values, ending: state.ending.id, benchmarks };
}

/** Runs are handed out in chunks from a shared counter, so a slow thread simply takes fewer of them. */
const CHUNK = 32;
/** Below this many runs a worker's start-up (~0.2 s) costs more than it saves. */
const PARALLEL_MIN_RUNS = 256;
const MAX_THREADS = 8;
const YOUNG_GENERATION_MB = 96;

/**
 * How many threads play a job: `DM_SIM_THREADS` when set (1 keeps everything on the main thread), else the
 * machine's available parallelism, capped; always 1 for small jobs.
 */
export function threadsFor(runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.DM_SIM_THREADS === undefined ? NaN : Number(env.DM_SIM_THREADS);
  const threads =
    Number.isInteger(asked) && asked >= 1 ? asked : Math.min(availableParallelism(), MAX_THREADS);
  return runs < PARALLEL_MIN_RUNS ? 1 : Math.min(threads, MAX_THREADS);
}

/** Plays chunks until the shared counter runs past the job. Used by the main thread and every worker. */
export function playChunks(job: SimJob, counter: Int32Array): RunResult[] {
  const results: RunResult[] = [];
  for (;;) {
    const start = Atomics.add(counter, 0, CHUNK);
    if (start >= job.runs) return results;
    for (let i = start; i < Math.min(start + CHUNK, job.runs); i++) results.push(playRun(job, i));
  }
}

/**
 * Worker threads for the sim CLI. They start at once (`SimThreads.start`, before the pack is even parsed, so
 * their own start-up overlaps the main thread's) and wait for a job; `play` then spreads its runs over them
 * and the main thread.
 */
export class SimThreads {
  private constructor(private readonly workers: readonly Worker[]) {}

  /** Starts `count` workers; a worker that cannot start is simply left out. */
  static start(count: number): SimThreads {
    const workers: Worker[] = [];
    for (let i = 0; i < count; i++) {
      try {
        workers.push(
          new Worker(new URL('./sim-worker.mjs', import.meta.url), {
            workerData: { entry: new URL('./sim-worker-main.ts', import.meta.url).href },
            // A playthrough allocates many short-lived objects: a larger young generation means fewer
            // scavenges (about 8 % faster on Kessaria, measured with --max-semi-space-size=32).
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
          }),
        );
      } catch {
        // No worker_threads, or a loader that refuses: the main thread plays its share.
      }
    }
    return new SimThreads(workers);
  }

  /**
   * Plays every run of the job on the workers and (unless `mainThreadPlays` is false, as in a test) on the
   * main thread, and returns the results in run order. Each run depends only on its index, so the output is
   * the same for any number of threads (test/cli/sim-runs.test.ts). A worker that fails leaves what it took
   * to the main thread.
   */
  async play(job: SimJob, { mainThreadPlays = true } = {}): Promise<RunResult[]> {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const shares = this.workers.map((worker) => shareOf(worker, job, counter));
    const byIndex = new Array<RunResult | undefined>(job.runs);
    if (mainThreadPlays) for (const result of playChunks(job, counter)) byIndex[result.index] = result;
    for (const share of await Promise.all(shares)) for (const result of share) byIndex[result.index] = result;
    return Array.from(byIndex, (result, index) => result ?? playRun(job, index));
  }

  /** Ends every worker (after `play`, or when the job never came: a bad pack). */
  close(): Promise<unknown> {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Sends the job to one worker and waits for the runs it played (none if it fails). */
function shareOf(worker: Worker, job: SimJob, counter: Int32Array): Promise<RunResult[]> {
  return new Promise((resolve) => {
    worker.once('message', (results: RunResult[]) => resolve(results));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
    worker.postMessage({ job, counter });
  });
}

/** Plays a job on `threads` threads in all (the main thread among them), then ends the workers. */
export async function playRuns(job: SimJob, threads = threadsFor(job.runs)): Promise<RunResult[]> {
  const pool = SimThreads.start(threads - 1);
  try {
    return await pool.play(job);
  } finally {
    await pool.close();
  }
}
