import { parentPort, workerData } from 'node:worker_threads';
import { playChunks, type SimJob } from './sim-runs.ts';

// A worker of src/cli/sim-runs.ts: plays chunks of the job until the shared counter is spent, then posts
// its results once.
const { job, counter } = workerData as { job: SimJob; counter: Int32Array };
parentPort?.postMessage(playChunks(job, counter));
