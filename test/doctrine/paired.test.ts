import { describe, expect, it } from 'vitest';
import { COEFFICIENT_IDS, DEFAULT_COEFFICIENTS } from '../../src/sim/defaults';
import type { QuarterRecord } from '../../src/sim/sim-state';
import { loadFixture } from '../support/fixture';
import { perturbed } from './claims';
import { compare, later, now, type PairedRuns } from './paired';

// Hand-made results: one quarter record per quarter, security set per run, everything else irrelevant.
const runsOf = (policy: string, security: number[][]): PairedRuns => ({
  policy,
  turns: security[0]!.length,
  runs: security.map((quarters, i) => ({
    seed: `s.${i}`,
    quarters: quarters.map((value) => ({ meters: { security: value } }) as unknown as QuarterRecord),
  })),
});

describe('the one rule of the doctrine claims', () => {
  it('holds for a difference of exactly 2 points with no spread (SE 0)', () => {
    const a = runsOf('a', [
      [0, 0, 0, 12],
      [0, 0, 0, 12],
      [0, 0, 0, 12],
    ]);
    const b = runsOf('b', [
      [0, 0, 0, 10],
      [0, 0, 0, 10],
      [0, 0, 0, 10],
    ]);
    expect(compare(a, b, later('security'))).toMatchObject({ mean: 2, se: 0, n: 3, holds: true });
  });

  it('fails below 2 points, however small the standard error', () => {
    const a = runsOf('a', [
      [0, 0, 0, 11.9],
      [0, 0, 0, 11.9],
    ]);
    const b = runsOf('b', [
      [0, 0, 0, 10],
      [0, 0, 0, 10],
    ]);
    expect(compare(a, b, later('security')).holds).toBe(false);
  });

  it('fails when the mean is not more than twice its standard error', () => {
    // differences 0 and 8: mean 4, sample SD √32, SE √32/√2 = 4, so 4 < 2 × 4
    const a = runsOf('a', [
      [0, 0, 0, 10],
      [0, 0, 0, 18],
    ]);
    const b = runsOf('b', [
      [0, 0, 0, 10],
      [0, 0, 0, 10],
    ]);
    const comparison = compare(a, b, later('security'));
    expect(comparison.mean).toBe(4);
    expect(comparison.se).toBeCloseTo(4, 10);
    expect(comparison.holds).toBe(false);
  });

  it('reads "now" as the mean of quarters 2–3 and "later" as the last quarter', () => {
    const run = runsOf('a', [[100, 4, 8, 30]]).runs[0]!;
    expect(now('security').of(run)).toBe(6);
    expect(later('security').of(run)).toBe(30);
  });

  it('refuses results that were not played on the same seeds', () => {
    const a = runsOf('a', [[0, 0, 0, 1]]);
    const b = { ...runsOf('b', [[0, 0, 0, 1]]), runs: [{ seed: 'other', quarters: a.runs[0]!.quarters }] };
    expect(() => compare(a, b, later('security'))).toThrow('were not played on the same seeds');
  });
});

describe('perturbed packs', () => {
  it('scale every coefficient by a factor in [0.8, 1.2], the same for the same k', () => {
    const fixture = loadFixture();
    const pack = perturbed(fixture, 3);
    for (const id of COEFFICIENT_IDS) {
      const factor = pack.coefficients![id]! / (fixture.coefficients?.[id] ?? DEFAULT_COEFFICIENTS[id]);
      expect(factor).toBeGreaterThanOrEqual(0.8);
      expect(factor).toBeLessThanOrEqual(1.2);
    }
    expect(perturbed(fixture, 3)).toBe(pack);
    expect(perturbed({ ...fixture }, 3).coefficients).toEqual(pack.coefficients); // drawn from perturb.3, not by chance
    expect(perturbed(fixture, 4).coefficients).not.toEqual(pack.coefficients);
  });
});
