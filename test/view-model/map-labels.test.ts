import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actorMarkerBox,
  capitalBox,
  LABEL_GAP,
  labelsOverlap,
  labelWrap,
  mapFontSize,
  placeLabels,
  type LabelBox,
} from '../../src/view-model/map-labels';
import { fitMap, mapMargin, withoutAside } from '../../src/view-model/stage-view';
import { loadPack } from '../content/pack-checks';
import { LOCALES } from '../support/session';

const LEVELS = ['low', 'moderate', 'high', 'severe'] as const;

const box = (x: number, y: number, width = 40, height = 20): LabelBox => ({ x, y, width, height });
const placedBoxes = (labels: readonly LabelBox[], places: readonly (readonly [number, number])[]) =>
  labels.map((label, i) => ({ ...label, x: places[i]![0], y: places[i]![1] }));

/** Every way the placed labels break the rules: overlaps, a covered fixed box, a label out of the canvas. */
function problems(
  labels: readonly LabelBox[],
  fixed: readonly LabelBox[],
  width: number,
  height: number,
): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    labels.slice(i + 1).forEach((b, k) => {
      if (labelsOverlap(a, b)) found.push(`labels ${i} and ${i + k + 1} overlap`);
    });
    fixed.forEach((f, k) => {
      if (labelsOverlap(a, f)) found.push(`label ${i} covers fixed box ${k}`);
    });
    const inside =
      a.x - a.width / 2 >= LABEL_GAP - 1e-9 &&
      a.x + a.width / 2 <= width - LABEL_GAP + 1e-9 &&
      a.y - a.height / 2 >= LABEL_GAP - 1e-9 &&
      a.y + a.height / 2 <= height - LABEL_GAP + 1e-9;
    if (!inside) found.push(`label ${i} leaves the canvas`);
  });
  return found;
}

describe('placeLabels', () => {
  it('leaves labels that overlap nothing where the pack puts them', () => {
    const labels = [box(50, 50), box(150, 50), box(100, 150)];
    expect(placeLabels(labels, [box(100, 100, 10, 10)], 200, 200)).toEqual([
      [50, 50],
      [150, 50],
      [100, 150],
    ]);
  });

  it('moves a later label to the nearest free spot, trying up before down and sideways', () => {
    // 40 × 20 boxes with the 2 px gap need 22 px between centres down or 42 across: the second goes 22 up.
    expect(placeLabels([box(100, 100), box(100, 100)], [], 200, 200)).toEqual([
      [100, 100],
      [100, 78],
    ]);
    // 30 apart side by side: 12 more across (nearer than 22 up or down), so 12 to the right.
    expect(placeLabels([box(85, 100), box(115, 100)], [], 200, 200)).toEqual([
      [85, 100],
      [127, 100],
    ]);
    // With the space above taken by the canvas edge (the gap kept), the second label goes 22 down instead.
    expect(placeLabels([box(100, 12), box(100, 12)], [], 200, 200)).toEqual([
      [100, 12],
      [100, 34],
    ]);
  });

  it('moves a label off a fixed box (a capital), and the box stays', () => {
    // 40 × 20 over 10 × 10 needs 15 + 2 = 17 px up: the first ring at or past it is 18 px.
    expect(placeLabels([box(100, 100)], [box(100, 100, 10, 10)], 200, 200)).toEqual([[100, 82]]);
  });

  it('pulls a label back inside the canvas, the gap kept', () => {
    expect(placeLabels([box(5, 195)], [], 200, 200)).toEqual([[20 + LABEL_GAP, 190 - LABEL_GAP]]);
  });

  it('untangles crowded labels: seeded random maps end with no overlap, nothing covered, all inside', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let map = 0; map < 200; map++) {
      const [width, height] = [240 + Math.round(random() * 160), 180 + Math.round(random() * 120)];
      const labels = Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
        box(random() * width, random() * height, 60 + random() * 30, 28),
      );
      const fixed = [box(width / 2 + (random() - 0.5) * 60, height / 2, 10, 10)];
      const places = placeLabels(labels, fixed, width, height);
      expect(problems(placedBoxes(labels, places), fixed, width, height), `map ${map}`).toEqual([]);
    }
  });
});

describe('the shipped maps’ labels', () => {
  const packs = readdirSync('scenarios').filter(
    (file) => file.endsWith('.yaml') && file !== 'sources.yaml' && file !== 'glossary.yaml',
  );
  // The boxes are the stage's own (font size, wrap, capital and actor marker come from map-labels.ts); only the
  // label's text box is estimated, as Node cannot measure text.
  // The stage window's sizes, measured in Chromium at 1024×768, 1280×720, 1366×768 and 1920×1080: 310 × 233 on
  // the quarter's screens and 352 × 264 above the report's meters and on the briefing, which places the actors
  // too; 710 × 533 on an 800 px wide window. A label's box is estimated as the stage sets it: wrapped at 30 % of
  // the width (at least 70 px), 0.6 em a character, 1.2 em a line, the name over the longest level word.
  const CASES = [
    { width: 310, height: 233, actors: false },
    { width: 352, height: 264, actors: false },
    { width: 352, height: 264, actors: true },
    { width: 710, height: 533, actors: true },
  ] as const;
  it.each(packs)(
    '%s: at every stage size and in both languages, no label overlaps another, a capital or an actor',
    (file) => {
      const pack = loadPack(file);
      for (const { width, height, actors } of CASES)
        for (const lang of ['en', 'fr'] as const) {
          const fontSize = mapFontSize(width);
          const wrap = labelWrap(width);
          const at = fitMap(pack.regions, width, height, mapMargin(width));
          const labels = pack.regions.map((region) => {
            const [x, y] = at(region.label);
            const name = withoutAside(region.name[lang]);
            const lines = Math.ceil((name.length * fontSize * 0.6) / wrap) + 1;
            const longest =
              Math.max(name.length, ...LEVELS.map((level) => LOCALES[lang].t(`map.level.${level}`).length)) *
              fontSize *
              0.6;
            return box(x, y, Math.min(wrap, longest), lines * fontSize * 1.2);
          });
          // The capitals, and on the briefing the actors' numbered markers.
          const fixed = [
            ...pack.regions.flatMap((region) => (region.capital ? [capitalBox(...at(region.capital))] : [])),
            ...pack.actors.flatMap((actor) =>
              actors && actor.location ? [actorMarkerBox(...at(actor.location), fontSize)] : [],
            ),
          ];
          const places = placeLabels(labels, fixed, width, height);
          expect(
            problems(placedBoxes(labels, places), fixed, width, height),
            `${width}×${height} ${lang}${actors ? ' with the actors' : ''}`,
          ).toEqual([]);
        }
    },
  );
});
