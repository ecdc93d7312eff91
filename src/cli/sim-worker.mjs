// The sim CLI's worker thread starts here: Node 20 does not pass tsx's loader on to workers, so this plain
// module registers it, then loads the TypeScript worker (src/cli/sim-worker-main.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
