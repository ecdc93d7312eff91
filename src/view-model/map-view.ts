import type { Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';
import { lookup } from '../sim/lookup';
import { regionalHarm } from '../sim/regions';
import type { SimState } from '../sim/sim-state';

export type HarmLevel = 'low' | 'moderate' | 'high' | 'severe';

/**
 * Harm level words for a region. A region's harm is its share of national harm, so it is first scaled by
 * the number of regions: the harm the whole country would have if every region were like this one. That
 * is read on the civilian-harm meter's own 0–100 scale, in four bands of 20 points (60 and over: severe).
 */
export function harmLevel(regionTotal: number, regionCount: number): HarmLevel {
  const asNational = regionTotal * regionCount;
  if (asNational < 20) return 'low';
  if (asNational < 40) return 'moderate';
  if (asNational < 60) return 'high';
  return 'severe';
}

export interface RegionView {
  readonly id: string;
  readonly name: string;
  readonly level: HarmLevel;
  /** "North Hills: civilian harm high". */
  readonly text: string;
  /** Titles of this quarter's news and crisis that happen in this region. */
  readonly incidents: readonly string[];
  /** "This quarter: A detainee beaten", or absent. */
  readonly incidentsText?: string;
}

/** The text alternative of the map: each region with its harm level in words and this quarter's incidents. */
export function selectMapView(sim: SimState, scenario: Scenario, locale: Locale): RegionView[] {
  const harm = regionalHarm(sim.harm, scenario.regions);
  const { incidents } = lookup(scenario);
  const drawn = [...(sim.quarter.crisis ? [sim.quarter.crisis] : []), ...sim.quarter.news]
    .map((id) => incidents.get(id))
    .filter((incident) => incident !== undefined);
  return scenario.regions.map((region) => {
    const level = harmLevel(harm[region.id]?.total ?? 0, scenario.regions.length);
    const name = locale.text(region.name);
    const here = drawn.filter((incident) => incident.region === region.id).map((i) => locale.text(i.title));
    return {
      id: region.id,
      name,
      level,
      text: locale.t('map.region', { region: name, level: locale.t(`map.level.${level}`) }),
      incidents: here,
      ...(here.length > 0
        ? { incidentsText: locale.t('map.incidents', { incidents: locale.list(here) }) }
        : {}),
    };
  });
}
