import type { Point } from './stage-view';

/** A box on the drawn map in canvas pixels, by its centre. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The size of the map's label text for a canvas `width` pixels wide: 1/28 of it, from 10 to 14 px. */
export const mapFontSize = (width: number): number => Math.round(Math.max(10, Math.min(14, width / 28)));
/** Where a region label wraps: at 30 % of the canvas width, and never under 70 px. */
export const labelWrap = (width: number): number => Math.max(70, width * 0.3);
/** The radius of an actor's numbered disk, and the box labels keep clear of (the disk and its outline). */
export const actorMarkerRadius = (fontSize: number): number => Math.round(fontSize * 0.75);
export const actorMarkerBox = (x: number, y: number, fontSize: number): LabelBox => {
  const side = 2 * actorMarkerRadius(fontSize) + 2;
  return { x, y, width: side, height: side };
};
/** The box labels keep clear of round a capital's square (8 px and its outline). */
export const capitalBox = (x: number, y: number): LabelBox => ({ x, y, width: 10, height: 10 });

/** Room kept between two labels, and between a label and the canvas edge, in pixels. */
export const LABEL_GAP = 2;
/** How far apart the rings of candidate places are, in pixels. */
const RING_STEP = 2;

/** Whether two boxes overlap, the gap between them included (what `placeLabels` prevents). */
export function labelsOverlap(a: LabelBox, b: LabelBox): boolean {
  return (
    (a.width + b.width) / 2 + LABEL_GAP - Math.abs(a.x - b.x) > 1e-9 &&
    (a.height + b.height) / 2 + LABEL_GAP - Math.abs(a.y - b.y) > 1e-9
  );
}

function clampInto(value: number, half: number, size: number): number {
  const low = half + LABEL_GAP;
  const high = size - half - LABEL_GAP;
  return low > high ? size / 2 : Math.min(high, Math.max(low, value));
}

/** The first directions tried on each ring, in sixteenths of a turn from straight up: up, down, right, left,
 * the diagonals, then the directions between. */
const TURNS = [0, 8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15];
/** Wider rings try more directions, about one every 4 px of their circumference. */
const ARC_STEP = 4;

/**
 * The offsets tried on the ring of `radius` round a label's place: the sixteen directions of TURNS first, then
 * the directions between them that a wider ring needs, clockwise from up.
 */
function ringOffsets(radius: number): Point[] {
  if (radius === 0) return [[0, 0]];
  const perTurn = Math.max(1, Math.ceil((2 * Math.PI * radius) / ARC_STEP / TURNS.length));
  const count = perTurn * TURNS.length;
  const order = [...TURNS.map((turn) => turn * perTurn)];
  for (let k = 0; k < count; k++) if (k % perTurn !== 0) order.push(k);
  return order.map((k) => {
    const angle = (k / count) * 2 * Math.PI;
    // Rounded to the hundredth: the four main directions stay exact (sin π is not quite 0).
    return [
      Math.round(radius * Math.sin(angle) * 100) / 100,
      -Math.round(radius * Math.cos(angle) * 100) / 100,
    ];
  });
}

/**
 * Where the map's region labels go so that none overlaps another, none covers a marker (a capital, an actor:
 * `fixed` boxes, which never move) and all stay inside the `width` × `height` canvas. Labels are placed one
 * by one in the pack's order, each at the nearest free spot to its pack position: the position is first
 * pulled inside the canvas, then rings of candidate spots widen from there, 2 px apart and about 4 px between
 * spots, until one clears the canvas edge, the fixed boxes and the labels already placed. A label with no free
 * spot anywhere stays at its (pulled-in) pack position; labels that overlap nothing keep their place. Returns
 * the centres in the order of `labels`. Pure and deterministic: the stage calls it with the boxes it measured.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  fixed: readonly LabelBox[],
  width: number,
  height: number,
): Point[] {
  const placed: LabelBox[] = [];
  const reach = Math.hypot(width, height);
  return labels.map((label) => {
    const home: Point = [
      clampInto(label.x, label.width / 2, width),
      clampInto(label.y, label.height / 2, height),
    ];
    let spot: Point = home;
    search: for (let radius = 0; radius <= reach; radius += RING_STEP) {
      for (const [dx, dy] of ringOffsets(radius)) {
        const x = home[0] + dx;
        const y = home[1] + dy;
        if (clampInto(x, label.width / 2, width) !== x || clampInto(y, label.height / 2, height) !== y)
          continue;
        const candidate = { ...label, x, y };
        if (fixed.some((box) => labelsOverlap(candidate, box))) continue;
        if (placed.some((box) => labelsOverlap(candidate, box))) continue;
        spot = [x, y];
        break search;
      }
    }
    placed.push({ ...label, x: spot[0], y: spot[1] });
    return spot;
  });
}
