import { describe, expect, it } from 'vitest';
import { regionalHarm } from '../../src/sim/regions';
import { loadFixture } from '../support/fixture';

describe('regional harm', () => {
  const regions = loadFixture().regions; // capital 0.5/0.2, north hills 0.2/0.5, river plain 0.3/0.3 (forces/threat)

  it('gives each region its share of each harm part', () => {
    const byRegion = regionalHarm({ state: 20, armed: 30 }, regions);
    // north-hills: 0.2 × 20 + 0.5 × 30 = 4 + 15 = 19
    expect(byRegion['north-hills']).toEqual({ state: 4, armed: 15, total: 19 });
    // capital-district: 0.5 × 20 + 0.2 × 30 = 10 + 6 = 16
    expect(byRegion['capital-district']?.total).toBeCloseTo(16, 10);
  });

  it('adds up to the national harm when the shares sum to 1', () => {
    const byRegion = regionalHarm({ state: 17.5, armed: 41.25 }, regions);
    const total = Object.values(byRegion).reduce((sum, region) => sum + region.total, 0);
    expect(total).toBeCloseTo(17.5 + 41.25, 10);
  });
});
