import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { playChunks, playRun, type RunResult, type SimJob } from './sim-runs.ts';

/** Below this many runs a worker's start-up costs more than it saves. */
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

/**
 * The workers' code: `sim-worker-main.ts` and the sim it imports, bundled into one CommonJS script by esbuild.
 * The build runs in esbuild's own process, so it overlaps the main thread reading the pack; a worker then
 * starts from plain JavaScript in ~10 ms, where one that loaded the TypeScript through tsx took ~0.3 s of CPU
 * (and a loader thread of its own) just when the main thread needed the cores. Undefined if the build fails.
 */
async function workerCode(): Promise<string | undefined> {
  try {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./sim-worker-main.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text;
  } catch {
    return undefined;
  }
}

/**
 * What a worker runs from its start: it waits for one message carrying the workers' code and the job, runs the
 * code (a CommonJS bundle exporting `playShare`) and posts back the runs it played.
 */
const BOOTSTRAP = `
const { parentPort } = require('node:worker_threads');
parentPort.once('message', ({ code, job, counter }) => {
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  parentPort.postMessage(module.exports.playShare(job, counter));
});`;

/**
 * Worker threads for the sim CLI. `SimThreads.start` begins building their code at once (before the pack is
 * even parsed) and starts the workers themselves: a worker's own start-up (~40 ms of a core each) then
 * overlaps the main thread reading and checking the pack, when the other core is mostly idle. `play` hands
 * each worker the code and the job, and spreads the job's runs over them. When workers play, the main
 * thread only hands out the job and gathers: the workers run the bundled code with a larger young
 * generation, and a main thread playing beside them under tsx was the slower third (~7 % less throughput,
 * measured on Kessaria with 2 cores).
 */
export class SimThreads {
  private readonly workers: Worker[] = [];
  /** How many runs of the last `play` the workers played (0 if the build failed and the main thread played all). */
  workerRuns = 0;

  private constructor(
    count: number,
    private readonly code: Promise<string | undefined>,
  ) {
    for (let i = 0; i < count; i++) this.spawn();
  }

  /** Prepares the threads for a job played on `threads` threads: 1 is the main thread alone, more are workers. */
  static start(threads: number): SimThreads {
    const count = threads > 1 ? threads : 0;
    return new SimThreads(count, count > 0 ? workerCode() : Promise.resolve(undefined));
  }

  /**
   * Plays every run of the job on the workers (on the main thread when there are none, or when the workers'
   * code did not build) and returns the results in run order. Each run depends only on its index, so the
   * output is the same for any number of threads (test/cli/sim-runs.test.ts). Runs a worker took and did
   * not finish (it failed) are played on the main thread at the end.
   */
  async play(job: SimJob): Promise<RunResult[]> {
    const code = await this.code;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const workers = code === undefined ? [] : this.workers;
    const shares = workers.map((worker) => shareOf(worker, code!, job, counter));
    const byIndex = new Array<RunResult | undefined>(job.runs);
    if (workers.length === 0) for (const result of playChunks(job, counter)) byIndex[result.index] = result;
    this.workerRuns = 0;
    for (const share of await Promise.all(shares)) {
      this.workerRuns += share.length;
      for (const result of share) byIndex[result.index] = result;
    }
    return Array.from(byIndex, (result, index) => result ?? playRun(job, index));
  }

  private spawn(): void {
    try {
      this.workers.push(
        new Worker(BOOTSTRAP, {
          eval: true,
          // A playthrough allocates many short-lived objects: a larger young generation means fewer
          // scavenges (about 8 % faster on Kessaria, measured with --max-semi-space-size=32).
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        }),
      );
    } catch {
      // No worker_threads: the main thread plays its share.
    }
  }

  /** Ends every worker (after `play`, or when the job never came: a bad pack). */
  async close(): Promise<void> {
    await this.code;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Sends the code and the job to one worker and waits for the runs it played (none if it fails). */
function shareOf(worker: Worker, code: string, job: SimJob, counter: Int32Array): Promise<RunResult[]> {
  return new Promise((resolve) => {
    worker.once('message', (results: RunResult[]) => resolve(results));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
    worker.postMessage({ code, job, counter });
  });
}

/** Plays a job on `threads` threads in all (the main thread among them), then ends the workers. */
export async function playRuns(job: SimJob, threads = threadsFor(job.runs)): Promise<RunResult[]> {
  const pool = SimThreads.start(threads);
  try {
    return await pool.play(job);
  } finally {
    await pool.close();
  }
}
