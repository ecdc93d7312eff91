import { parentPort } from 'node:worker_threads';
import { playChunks, type SimJob } from './sim-runs.ts';

// A worker of src/cli/sim-threads.ts, which bundles this file with esbuild and starts workers from that code:
// it waits for the job, plays chunks of it until the shared counter is spent, then posts its results once.
parentPort?.once('message', ({ job, counter }: { job: SimJob; counter: Int32Array }) => {
  parentPort?.postMessage(playChunks(job, counter));
});
