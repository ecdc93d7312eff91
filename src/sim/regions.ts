import type { Region } from '../content/scenario.schema';
import type { Harm } from './sim-state';

export interface RegionHarm {
  readonly state: number; // this region's share of harm by state forces
  readonly armed: number; // this region's share of harm by armed groups
  readonly total: number;
}

/**
 * A region's harm is its share of the two harm parts (DESIGN §3): `forcesShare` of harm by state forces plus
 * `threatShare` of harm by armed groups. Shares sum to 1 over the regions (the lint checks it), so the
 * regions' totals add up to the national civilian-harm target.
 */
export function regionalHarm(harm: Harm, regions: readonly Region[]): Record<string, RegionHarm> {
  return Object.fromEntries(
    regions.map((region) => {
      const state = region.forcesShare * harm.state;
      const armed = region.threatShare * harm.armed;
      return [region.id, { state, armed, total: state + armed }];
    }),
  );
}
