import { didYouMean, type DataPath } from '../issues.ts';
import type { Scenario } from '../scenario.schema.ts';
import { effectsOf, type LintRule } from './context.ts';

/** Shares over the regions sum to 1 within this tolerance. */
export const SHARE_TOLERANCE = 0.001;

/** Every region an effect, incident, decision or actor names exists; every actor an incident names exists. */
export const regionReferences: LintRule = ({ scenario, report }) => {
  const regions = scenario.regions.map((r) => r.id);
  const check = (region: string | undefined, path: DataPath) => {
    if (region === undefined || regions.includes(region)) return;
    report(
      [...path, 'region'],
      `no region "${region}"`,
      didYouMean(region, regions) ?? `use one of ${regions.join(', ')}`,
    );
  };
  for (const { value, path } of regionHolders(scenario)) check(value, path);
  for (const { value, path } of effectsOf(scenario)) check(value.region, path);
  const actors = scenario.actors.map((a) => a.id);
  scenario.incidents.forEach((incident, i) =>
    (incident.actors ?? []).forEach((actor, k) => {
      if (!actors.includes(actor))
        report(
          ['incidents', i, 'actors', k],
          `no actor "${actor}"`,
          didYouMean(actor, actors) ?? `use one of ${actors.join(', ') || '(no actors yet)'}`,
        );
    }),
  );
};

function regionHolders(scenario: Scenario): { value: string | undefined; path: DataPath }[] {
  return [
    ...scenario.decisions.map((d, i) => ({ value: d.region, path: ['decisions', i] })),
    ...scenario.incidents.map((d, i) => ({ value: d.region, path: ['incidents', i] })),
    ...scenario.actors.map((d, i) => ({ value: d.region, path: ['actors', i] })),
  ];
}

/** `threatShare` and `forcesShare` each sum to 1 over the regions (DESIGN §3). */
export const regionShares: LintRule = ({ scenario, report }) => {
  for (const key of ['threatShare', 'forcesShare'] as const) {
    const sum = scenario.regions.reduce((total, region) => total + region[key], 0);
    if (Math.abs(sum - 1) <= SHARE_TOLERANCE) continue;
    report(
      ['regions'],
      `${key} sums to ${Number(sum.toFixed(4))} over the regions, not 1`,
      `adjust the regions’ ${key} so they add up to 1 (±${SHARE_TOLERANCE})`,
    );
  }
};

/** A region's label (and capital) sits inside its polygon, so the map writes each name on its own region. */
export const regionLabels: LintRule = ({ scenario, report }) => {
  scenario.regions.forEach((region, i) => {
    for (const key of ['label', 'capital'] as const) {
      const point = region[key];
      if (point === undefined || insidePolygon(point, region.polygon)) continue;
      report(
        ['regions', i, key],
        `${key} [${point.join(', ')}] lies outside the region’s polygon`,
        `move it inside the region’s outline`,
      );
    }
  });
};

/** Ray casting; a point on an edge counts as inside. */
export function insidePolygon(
  [x, y]: readonly [number, number],
  polygon: readonly (readonly [number, number])[],
): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (
      cross === 0 &&
      Math.min(xi, xj) <= x &&
      x <= Math.max(xi, xj) &&
      Math.min(yi, yj) <= y &&
      y <= Math.max(yi, yj)
    )
      return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
