import type { Scenario } from '../content/scenario.schema';
import type { SessionContext } from '../flow/session-context';
import type { Locale } from '../i18n/i18n';
import { lookup } from '../sim/lookup';
import { METER_IDS, type MeterId } from '../sim/meters';
import { regionalHarm } from '../sim/regions';
import { harmLevel, type HarmLevel } from './map-view';
import { initialMeters } from './meters-view';

/**
 * The shade of each harm level on the drawn map (0xRRGGBB): one sequential ramp from pale sand to deep
 * brick, light to dark, so it reads in greyscale and for every kind of colour blindness; the labels also
 * say the level in words, and the overlay's text map says it all (nothing by colour alone).
 */
export const HARM_SHADES: Readonly<Record<HarmLevel, number>> = {
  low: 0xeee6d3,
  moderate: 0xdcb98c,
  high: 0xbf7a52,
  severe: 0x8c3a2b,
};

export type Point = readonly [x: number, y: number];

export interface StageRegion {
  readonly id: string;
  readonly polygon: readonly Point[];
  readonly level: HarmLevel;
  readonly shade: number;
  /** The region's short name ("Lirau", not "Lirau (capital district)"), and its harm level in words under it. */
  readonly name: string;
  readonly levelText: string;
  readonly labelAt: Point;
  readonly capital?: Point;
  /** This quarter's crisis or news happens here. */
  readonly incident?: 'crisis' | 'news';
  /** An earlier decision's consequence landed here in the last resolution: a gentle pulse. */
  readonly hasPulse: boolean;
}

/** A key actor the briefing's map places: a numbered marker, the number of its line in the briefing's list. */
export interface StageActor {
  readonly number: number;
  readonly at: Point;
}

export interface StageMeter {
  readonly id: MeterId;
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/**
 * What the Phaser stage draws behind the overlay for one snapshot: the map (briefing, news, decisions,
 * report), or a backdrop (mandate review, ending), or nothing. Map coordinates are the pack's, 0–1.
 */
export interface StageView {
  readonly scene: 'none' | 'map' | 'review' | 'ending';
  readonly regions: readonly StageRegion[];
  /** The briefing's key actors where the pack places them. */
  readonly actors: readonly StageActor[];
  /** On the report: each meter's move in this resolution, to animate. */
  readonly meters: readonly StageMeter[];
  /** True when a delayed consequence landed somewhere the map cannot place: the whole map pulses. */
  readonly hasNationalPulse: boolean;
}

export interface StageSnapshot {
  readonly value: string;
  readonly context: SessionContext;
}

const NONE: StageView = { scene: 'none', regions: [], actors: [], meters: [], hasNationalPulse: false };

/** Where the last resolution's delayed consequences landed: a region id, or `null` for the whole country. */
function pulseRegions(context: SessionContext): Set<string | null> {
  const { cards } = lookup(context.scenario);
  const landed = new Set<string | null>();
  for (const event of context.lastEvents) {
    if (event.type !== 'effect.landed' || event.cause.kind !== 'delayed') continue;
    if (event.cause.decisionId === undefined) continue;
    landed.add(event.region ?? cards.get(event.cause.decisionId)?.card.region ?? null);
  }
  return landed;
}

/** This quarter's crisis and news, by region (a crisis outranks news in the same region). */
function incidentRegions(context: SessionContext): Map<string, 'crisis' | 'news'> {
  const { incidents } = lookup(context.scenario);
  const { quarter } = context.sim;
  const here = new Map<string, 'crisis' | 'news'>();
  for (const id of quarter.news) {
    const region = incidents.get(id)?.region;
    if (region !== undefined) here.set(region, 'news');
  }
  const crisisRegion = quarter.crisis === undefined ? undefined : incidents.get(quarter.crisis)?.region;
  if (crisisRegion !== undefined) here.set(crisisRegion, 'crisis');
  return here;
}

/** The regions shaded by each one's civilian harm, with the levels of the overlay's text map. */
export function stageRegions(
  context: SessionContext,
  locale: Locale,
  marks: { incidents?: Map<string, 'crisis' | 'news'>; pulses?: Set<string | null> } = {},
): StageRegion[] {
  const { scenario, sim } = context;
  const harm = regionalHarm(sim.harm, scenario.regions);
  return scenario.regions.map((region) => {
    const level = harmLevel(harm[region.id]?.total ?? 0, scenario.regions.length);
    const incident = marks.incidents?.get(region.id);
    return {
      id: region.id,
      polygon: region.polygon,
      level,
      shade: HARM_SHADES[level],
      name: withoutAside(locale.text(region.name)),
      levelText: locale.t(`map.level.${level}`),
      labelAt: region.label,
      ...(region.capital ? { capital: region.capital } : {}),
      ...(incident ? { incident } : {}),
      hasPulse: marks.pulses?.has(region.id) ?? false,
    };
  });
}

/**
 * A name without its closing aside in brackets: the map is small, and the overlay's text map and the briefing
 * beside it give the whole name.
 */
export function withoutAside(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '');
}

function actorsOf(scenario: Scenario): StageActor[] {
  return scenario.actors.flatMap((actor, index) =>
    actor.location ? [{ number: index + 1, at: actor.location }] : [],
  );
}

function meterMoves(context: SessionContext, locale: Locale): StageMeter[] {
  const { sim, scenario } = context;
  const last = sim.history.at(-1)?.report;
  if (!last) return [];
  const before = sim.history.at(-2)?.report ?? initialMeters(scenario);
  return METER_IDS.map((id) => ({ id, name: locale.t(`meter.${id}`), from: before[id], to: last[id] }));
}

/** What the stage draws for a session snapshot (pure: tested in Node; the scenes only draw it). */
export function selectStageView(snapshot: StageSnapshot, locale: Locale): StageView {
  const { context } = snapshot;
  switch (snapshot.value) {
    case 'briefing':
      return {
        ...NONE,
        scene: 'map',
        regions: stageRegions(context, locale),
        actors: actorsOf(context.scenario),
      };
    case 'news':
    case 'deciding':
      return {
        ...NONE,
        scene: 'map',
        regions: stageRegions(context, locale, { incidents: incidentRegions(context) }),
      };
    case 'report': {
      const pulses = pulseRegions(context);
      return {
        ...NONE,
        scene: 'map',
        regions: stageRegions(context, locale, { pulses }),
        meters: meterMoves(context, locale),
        hasNationalPulse: pulses.has(null),
      };
    }
    case 'review':
      return { ...NONE, scene: 'review', regions: stageRegions(context, locale) };
    case 'ending':
    case 'debrief':
      return { ...NONE, scene: 'ending', regions: stageRegions(context, locale) };
    default:
      return NONE;
  }
}

/** Height of the report's meter strip under the map, in CSS pixels (20 per meter and a margin). */
export const meterStripHeight = (meterCount: number): number => (meterCount === 0 ? 0 : meterCount * 20 + 10);

/** The margin round a framed map: 4 % of its width, at least 10 pixels. */
export const mapMargin = (width: number): number => Math.max(10, width * 0.04);

/**
 * Fits the pack's 0–1 map coordinates into a `width` × `height` box, keeping the country's shape and
 * centring it within `margin`: the function from map point to box pixel.
 */
export function fitMap(
  regions: readonly Pick<StageRegion, 'polygon'>[],
  width: number,
  height: number,
  margin: number,
): (point: Point) => [number, number] {
  const xs = regions.flatMap((region) => region.polygon.map(([x]) => x));
  const ys = regions.flatMap((region) => region.polygon.map(([, y]) => y));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * margin) / (maxX - minX || 1),
    (height - 2 * margin) / (maxY - minY || 1),
  );
  const offsetX = (width - (maxX - minX) * scale) / 2 - minX * scale;
  const offsetY = (height - (maxY - minY) * scale) / 2 - minY * scale;
  return ([x, y]) => [offsetX + x * scale, offsetY + y * scale];
}
