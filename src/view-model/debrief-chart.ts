import type { DecisionMarker, DelayedArrow, RunSeries } from '../debrief/timeline';
import { METER_IDS, type MeterId } from '../sim/meters';

// The timeline chart of the after-action review as geometry: numbers and labels the overlay draws as SVG
// (scenes/overlay/review/chart.ts) without computing anything. Our own SVG, not a chart library: no bundle
// cost, real text for screen readers and pdftotext, vector lines that stay crisp in print.

/** The lines' identities: each has its own dash pattern and point shape, so nothing is told by colour alone. */
export type LineId = MeterId | 'harmState' | 'harmArmed';

export const LINE_STYLES: Readonly<Record<LineId, { readonly dash: string; readonly shape: PointShape }>> = {
  security: { dash: '', shape: 'circle' },
  legitimacy: { dash: '8 4', shape: 'square' },
  civilianHarm: { dash: '2 3', shape: 'triangle' },
  harmState: { dash: '', shape: 'square' },
  harmArmed: { dash: '6 3', shape: 'diamond' },
};

export type PointShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartLine {
  readonly id: LineId;
  readonly name: string;
  /** "x,y x,y …" for a <polyline>. */
  readonly points: string;
  readonly dots: readonly { readonly x: number; readonly y: number; readonly value: number }[];
  readonly dash: string;
  readonly shape: PointShape;
}

export interface ChartPanel {
  /** The panel's plot area. */
  readonly top: number;
  readonly bottom: number;
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly yLabel: string;
  readonly lines: readonly ChartLine[];
}

export interface ChartMarker {
  readonly x: number;
  readonly y: number;
  readonly turn: number;
  readonly count: number;
  /** The decisions of that quarter, for the marker's tooltip (`<title>`). */
  readonly text: string;
}

export interface ChartArrow {
  /** An SVG path from the decision's quarter to the quarter its delayed effects landed in. */
  readonly d: string;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly lapsed: boolean;
  readonly text: string;
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly xTicks: readonly { readonly x: number; readonly label: string; readonly turn: number }[];
  readonly xLabel: string;
  readonly meters: ChartPanel;
  /** Civilian harm split by who caused it (absent for a small what-if chart). */
  readonly harm?: ChartPanel;
  readonly markers: readonly ChartMarker[];
  readonly markerRow?: number;
  readonly arrows: readonly ChartArrow[];
  /** The after-hand-over step: the band's left edge, and its label. */
  readonly handover?: { readonly x: number; readonly width: number; readonly label: string };
}

/** The words the chart needs, already in the reader's language. */
export interface ChartWords {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly harmLabel: string;
  readonly start: string;
  readonly quarter: (turn: number) => string;
  readonly afterHandover: string;
  readonly afterHandoverShort: string;
  /** What separates items of a tooltip list ("; ", or " ; " in French). */
  readonly join: string;
  readonly lineNames: Readonly<Record<LineId, string>>;
  /** The tooltip of a quarter's decisions marker. */
  readonly decisions: (turn: number, labels: readonly string[]) => string;
  /** The tooltip of an arrow: `count` effects of decisions of `from` landed (or lapsed) in `to`. */
  readonly arrow: (from: number, to: number, count: number, lapsed: boolean, detail: string) => string;
}

/** A step's label under a chart: "Start", then each quarter ("Q3"), then "After" for the hand-over step. */
export function stepLabel(
  series: Pick<RunSeries, 'turns' | 'afterHandover'>,
  index: number,
  words: Pick<ChartWords, 'start' | 'quarter' | 'afterHandoverShort'>,
): string {
  if (index === 0) return words.start;
  if (series.afterHandover && index === series.turns.length - 1) return words.afterHandoverShort;
  return words.quarter(series.turns[index] ?? index);
}

export interface ChartInput {
  readonly series: RunSeries;
  readonly decisions?: readonly DecisionMarker[];
  readonly delayed?: readonly DelayedArrow[];
  /** A decision's label for the marker tooltips. */
  readonly decisionLabel?: (marker: DecisionMarker) => string;
  /** An arrow's detail ("legitimacy −3"), for its tooltip. */
  readonly arrowDetail?: (arrow: DelayedArrow) => string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The timeline's geometry: the three meters step by step (start, quarters, after hand-over) in the upper
 * panel; civilian harm by state forces and by armed groups in the lower panel; a marker per quarter with
 * decisions; an arc from each decision's quarter to each later quarter its effects landed in (grouped, so
 * the arc's count says how many). `compact` draws the meters only (the what-if's side-by-side charts).
 */
export function chartOf(input: ChartInput, words: ChartWords, compact = false): ChartGeometry {
  const { series } = input;
  const width = compact ? 420 : 760;
  const left = 56;
  const right = width - 16;
  const steps = series.turns.length;
  const xOf = (index: number) => round1(steps <= 1 ? left : left + ((right - left) * index) / (steps - 1));
  const metersPanel = { top: 22, bottom: compact ? 196 : 236 };
  const markerRow = compact ? undefined : metersPanel.bottom + 42;
  const harmPanel = compact ? undefined : { top: (markerRow ?? 0) + 36, bottom: (markerRow ?? 0) + 156 };
  const height = compact ? metersPanel.bottom + 44 : (harmPanel?.bottom ?? 0) + 44;

  const last = steps - 1;
  const xTicks = series.turns.map((turn, index) => ({
    x: xOf(index),
    turn,
    label: stepLabel(series, index, words),
  }));

  const panel = (
    box: { top: number; bottom: number },
    yLabel: string,
    lines: readonly { id: LineId; values: readonly number[] }[],
  ): ChartPanel => {
    const yOf = (value: number) =>
      round1(box.bottom - ((box.bottom - box.top) * Math.max(0, Math.min(100, value))) / 100);
    return {
      ...box,
      yLabel,
      yTicks: [0, 25, 50, 75, 100].map((value) => ({ y: yOf(value), label: String(value) })),
      lines: lines.map(({ id, values }) => {
        const dots = values.map((value, index) => ({
          x: xOf(index),
          y: yOf(value),
          value: Math.round(value),
        }));
        return {
          id,
          name: words.lineNames[id],
          points: dots.map((dot) => `${dot.x},${dot.y}`).join(' '),
          dots,
          ...LINE_STYLES[id],
        };
      }),
    };
  };

  const meters = panel(
    metersPanel,
    words.yLabel,
    METER_IDS.map((id) => ({ id, values: series.meters[id] })),
  );
  const harm = harmPanel
    ? panel(harmPanel, words.harmLabel, [
        { id: 'harmState', values: series.harm.state },
        { id: 'harmArmed', values: series.harm.armed },
      ])
    : undefined;

  const indexOf = (turn: number) => series.turns.indexOf(turn);
  const markers: ChartMarker[] = [];
  if (markerRow !== undefined) {
    const byTurn = new Map<number, string[]>();
    for (const marker of input.decisions ?? []) {
      const labels = byTurn.get(marker.turn) ?? [];
      labels.push(input.decisionLabel?.(marker) ?? marker.optionId);
      byTurn.set(marker.turn, labels);
    }
    for (const [turn, labels] of [...byTurn].sort(([a], [b]) => a - b)) {
      const index = indexOf(turn);
      if (index < 0) continue;
      markers.push({
        x: xOf(index),
        y: markerRow,
        turn,
        count: labels.length,
        text: words.decisions(turn, labels),
      });
    }
  }

  const arrows: ChartArrow[] = [];
  if (markerRow !== undefined) {
    const groups = new Map<string, { from: number; to: number; lapsed: boolean; details: string[] }>();
    for (const arrow of input.delayed ?? []) {
      const key = `${arrow.decidedTurn}>${arrow.turn}>${arrow.lapsed ? 'l' : 'd'}`;
      const group = groups.get(key) ?? {
        from: arrow.decidedTurn,
        to: arrow.turn,
        lapsed: arrow.lapsed,
        details: [],
      };
      group.details.push(input.arrowDetail?.(arrow) ?? arrow.optionId);
      groups.set(key, group);
    }
    for (const group of [...groups.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
      const fromIndex = indexOf(group.from);
      const toIndex = indexOf(group.to);
      if (fromIndex < 0 || toIndex < 0) continue;
      const x1 = xOf(fromIndex);
      const x2 = xOf(toIndex);
      const lift = Math.min(30, 8 + 4 * (toIndex - fromIndex)); // longer delays arc higher
      const y = markerRow - 6;
      const d = `M${x1},${y} Q${round1((x1 + x2) / 2)},${round1(y - lift * 2)} ${x2},${y}`;
      arrows.push({
        d,
        from: group.from,
        to: group.to,
        count: group.details.length,
        lapsed: group.lapsed,
        text: words.arrow(
          group.from,
          group.to,
          group.details.length,
          group.lapsed,
          group.details.join(words.join),
        ),
      });
    }
  }

  const handover =
    series.afterHandover && steps >= 2
      ? {
          x: round1((xOf(last - 1) + xOf(last)) / 2),
          width: round1(right - (xOf(last - 1) + xOf(last)) / 2 + 8),
          label: words.afterHandover,
        }
      : undefined;

  return {
    width,
    height,
    left,
    right,
    xTicks,
    xLabel: words.xLabel,
    meters,
    ...(harm ? { harm } : {}),
    markers,
    ...(markerRow !== undefined ? { markerRow } : {}),
    arrows,
    ...(handover ? { handover } : {}),
  };
}
