import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatIssue, parseScenarioText } from '../../src/content/parse-scenario';
import type { Crisis, FlagRef, Option, Scenario } from '../../src/content/scenario.schema';
import { leverOf, type Lever } from '../../src/sim/tags';
import { sources } from './content-helpers';

// Helpers for the per-pack tests (issues 4–6): loading a shipped pack, its cards, the map geometry, the French
// texts and the trace from learning objectives to cards and claims.

/** A shipped pack, parsed and linted against the committed sources; throws with the checker's lines. */
export function loadPack(file: string): Scenario {
  const url = new URL(`../../scenarios/${file}`, import.meta.url);
  const result = parseScenarioText(readFileSync(url), `scenarios/${file}`, { sources: sources() });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** The pack's crises, news items, cards (decisions and crises) and every option on a card. */
export function partsOf(pack: Scenario) {
  const crises = pack.incidents.filter((i): i is Crisis => i.kind === 'crisis');
  const news = pack.incidents.filter((i) => i.kind === 'news');
  const cards = [...pack.decisions, ...crises];
  const options: Option[] = cards.flatMap((card) => card.options);
  return { crises, news, cards, options };
}

export const flagId = (ref: FlagRef) => (typeof ref === 'string' ? ref : ref.id);

/** The levers a card's options pull. */
export const leversOf = (card: { options: readonly Option[] }) =>
  new Set(card.options.map((o) => leverOf(o.tags)).filter((l): l is Lever => l !== undefined));

export type Point = readonly [number, number];
const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Two segments cross at a point strictly inside both (shared vertices and collinear shared edges are fine). */
export const properlyCross = (p: Point, q: Point, r: Point, s: Point) =>
  cross(p, q, r) * cross(p, q, s) < 0 && cross(r, s, p) * cross(r, s, q) < 0;

/** Strictly inside (a point on the outline is not inside). */
export function strictlyInside([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (cross(polygon[j]!, polygon[i]!, [x, y]) === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj))
      if (Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) return false;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const edgesOf = (polygon: readonly Point[]) =>
  polygon.map((p, i) => [p, polygon[(i + 1) % polygon.length]!] as const);

/** Every `fr` string of a value (a pack or a parsed YAML document). */
export function frenchTexts(value: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (typeof record.fr === 'string') texts.push(record.fr);
    else Object.values(record).forEach(walk);
  };
  walk(value);
  return texts;
}

/** Each objective of a pack → the digest claims (§4) and the cards that exercise it. */
export type ObjectiveTrace = Readonly<
  Record<string, { claims: readonly number[]; cards: readonly string[] }>
>;

/** The pack has exactly the traced objectives, every traced card exists, and every claim is one of the 34. */
export function expectObjectivesTraced(pack: Scenario, trace: ObjectiveTrace): void {
  expect(pack.objectives.map((o) => o.id).sort()).toEqual(Object.keys(trace).sort());
  const cardIds = new Set(partsOf(pack).cards.map((c) => c.id));
  for (const [objective, { claims, cards }] of Object.entries(trace)) {
    for (const id of cards) expect(cardIds, `${objective} → ${id}`).toContain(id);
    for (const claim of claims) expect(claim).toBeGreaterThanOrEqual(1);
    for (const claim of claims) expect(claim).toBeLessThanOrEqual(34); // digest §4 has 34 claims
  }
}
