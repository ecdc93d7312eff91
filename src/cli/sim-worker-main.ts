import { playChunks, type RunResult, type SimJob } from './sim-runs.ts';

/**
 * A worker's share of a job (src/cli/sim-threads.ts bundles this file with esbuild and hands the bundle to
 * its workers with the job): it plays chunks of the job until the shared counter is spent.
 */
export function playShare(job: SimJob, counter: Int32Array): RunResult[] {
  return playChunks(job, counter);
}
