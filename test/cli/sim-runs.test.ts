import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { playRun, VALUES_PER_QUARTER, type SimJob } from '../../src/cli/sim-runs';
import { playRuns, SimThreads, threadsFor } from '../../src/cli/sim-threads';

const job: SimJob = {
  scenario: loadScenario('test/fixtures/scenarios/minimal.yaml'),
  policy: 'random',
  runs: 70, // three chunks of 32 runs, the last one short
  seed: 'threads',
  turns: 8,
  difficulty: 'normal',
  codes: true,
};

describe('the sim CLI spread over threads (src/cli/sim-threads.ts)', { timeout: 60_000 }, () => {
  it('gives worker threads the same results as the main thread, in run order', async () => {
    const onMain = await playRuns(job, 1);
    const workers = SimThreads.start(2);
    const onWorkers = await workers.play(job);
    await workers.close();
    expect(workers.workerRuns).toBe(70); // the bundled worker code built and played: no fallback to main
    expect(onMain.map((run) => run.index)).toEqual([...Array(70).keys()]);
    expect(onWorkers).toEqual(onMain);
    // Run i is seed `threads.i`: the second run differs from the first, and from a run of another seed.
    expect(onMain[1]!.code).not.toBe(onMain[0]!.code);
    expect(onMain[5]).toEqual(playRun(job, 5));
  });

  it('keeps T quarters of four values per run', async () => {
    const [first] = await playRuns({ ...job, runs: 1 });
    expect(first!.values).toHaveLength(8 * VALUES_PER_QUARTER);
    expect(first!.ending).toMatch(/^[a-z0-9-]+$/);
  });

  it('starts workers only for jobs large enough to repay them, as many as asked', () => {
    expect(threadsFor(100, { DM_SIM_THREADS: '4' })).toBe(1);
    expect(threadsFor(4020, { DM_SIM_THREADS: '4' })).toBe(4);
    expect(threadsFor(4020, { DM_SIM_THREADS: '1' })).toBe(1);
    expect(threadsFor(4020, { DM_SIM_THREADS: 'many' })).toBeGreaterThanOrEqual(1);
  });
});
