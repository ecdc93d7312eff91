import { describe, expect, it } from 'vitest';
import { DEFAULT_COEFFICIENTS } from '../../src/sim/defaults';
import { playSession } from '../../src/sim/play';
import { replay } from '../../src/sim/replay';
import type { QuarterRecord } from '../../src/sim/sim-state';
import { METER_IDS } from '../../src/sim/meters';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const HARD_NOISE = fixture.coefficients?.hardNoise ?? DEFAULT_COEFFICIENTS.hardNoise; // 4: the fixture keeps the default

/** A random-policy session on Normal, and the same log replayed on Hard: same seed, same inputs. */
function pairedRuns(seed: string) {
  const normal = playSession(fixture, { turns: 12, difficulty: 'normal', seed }, 'random');
  const hard = replay({ ...normal.log, difficulty: 'hard' }, fixture).state;
  return { normal: normal.state, hard };
}
const records = (state: { history: readonly QuarterRecord[]; afterHandover?: QuarterRecord }) => [
  ...state.history,
  ...(state.afterHandover ? [state.afterHandover] : []),
];

describe('Hard difficulty', () => {
  const seeds = Array.from({ length: 20 }, (_, i) => `hard-${i}`);

  it('never changes the simulation: drivers and meters equal Normal’s for the same seed and inputs', () => {
    for (const seed of seeds) {
      const { normal, hard } = pairedRuns(seed);
      expect(hard.drivers).toEqual(normal.drivers);
      expect(hard.meters).toEqual(normal.meters);
      expect(hard.ending).toEqual(normal.ending);
      expect(records(hard).map((r) => [r.drivers, r.meters])).toEqual(
        records(normal).map((r) => [r.drivers, r.meters]),
      );
    }
  });

  it('reports meters within ±hardNoise of their true values', () => {
    let blurred = 0;
    for (const seed of seeds) {
      for (const record of records(pairedRuns(seed).hard)) {
        for (const meter of METER_IDS) {
          const error = Math.abs(record.report[meter] - record.meters[meter]);
          expect(error).toBeLessThanOrEqual(HARD_NOISE);
          expect(record.report[meter]).toBeGreaterThanOrEqual(0);
          expect(record.report[meter]).toBeLessThanOrEqual(100);
          if (error > 0) blurred++;
        }
      }
    }
    expect(blurred).toBeGreaterThan(0); // the reports really are noisy
  });

  it('on Normal, reports the meters as they are', () => {
    for (const record of records(pairedRuns('normal-0').normal)) expect(record.report).toEqual(record.meters);
  });
});
