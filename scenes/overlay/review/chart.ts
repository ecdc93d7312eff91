import type { ChartGeometry, ChartPanel, PointShape } from '../../../src/view-model/debrief-chart';
import { svg } from '../dom';

// Draws the view model's chart geometry (src/view-model/debrief-chart.ts) as SVG. Every label is real <text>
// (screen readers, print, pdftotext); colours come from review.css classes, never inline styles (CSP).

let chartCount = 0;

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}) {
  const node = svg('text', { x, y, ...attrs });
  node.textContent = content;
  return node;
}

function title(content: string): SVGTitleElement {
  const node = svg('title');
  node.textContent = content;
  return node;
}

/** A point mark of the given shape, so each line is told apart without colour. */
export function pointMark(shape: PointShape, x: number, y: number, size = 3.5): SVGElement {
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r: size });
    case 'square':
      return svg('rect', { x: x - size, y: y - size, width: size * 2, height: size * 2 });
    case 'triangle':
      return svg('polygon', {
        points: `${x},${y - size - 1} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`,
      });
    case 'diamond':
      return svg('polygon', {
        points: `${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`,
      });
  }
}

function panel(geometry: ChartGeometry, box: ChartPanel): SVGGElement {
  const group = svg('g', { class: 'chart-panel' });
  for (const tick of box.yTicks) {
    group.appendChild(
      svg('line', { class: 'chart-grid', x1: geometry.left, x2: geometry.right, y1: tick.y, y2: tick.y }),
    );
    group.appendChild(
      text(geometry.left - 6, tick.y + 4, tick.label, { class: 'chart-tick', 'text-anchor': 'end' }),
    );
  }
  const middle = (box.top + box.bottom) / 2;
  group.appendChild(
    text(14, middle, box.yLabel, {
      class: 'chart-axis-label',
      'text-anchor': 'middle',
      transform: `rotate(-90 14 ${middle})`,
    }),
  );
  for (const line of box.lines) {
    const lineGroup = svg('g', { class: `chart-line line-${line.id}` });
    lineGroup.appendChild(
      svg('polyline', {
        points: line.points,
        fill: 'none',
        ...(line.dash ? { 'stroke-dasharray': line.dash } : {}),
      }),
    );
    for (const dot of line.dots) {
      const mark = pointMark(line.shape, dot.x, dot.y);
      mark.appendChild(title(`${line.name}: ${dot.value}`));
      lineGroup.appendChild(mark);
    }
    group.appendChild(lineGroup);
  }
  return group;
}

/**
 * The timeline as an SVG image. It is `role="img"` with a short name and a description; the data table that
 * follows it carries every value for assistive technology.
 */
export function chartSvg(geometry: ChartGeometry, label: string, description: string): SVGSVGElement {
  chartCount += 1;
  const titleId = `chart-title-${chartCount}`;
  const descId = `chart-desc-${chartCount}`;
  const root = svg('svg', {
    class: 'timeline-chart',
    viewBox: `0 0 ${geometry.width} ${geometry.height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  const t = svg('title', { id: titleId });
  t.textContent = label;
  const d = svg('desc', { id: descId });
  d.textContent = description;
  root.append(t, d);

  if (geometry.handover) {
    const { x, width } = geometry.handover;
    const bottom = geometry.harm?.bottom ?? geometry.meters.bottom;
    root.appendChild(
      svg('rect', {
        class: 'chart-handover',
        x,
        y: geometry.meters.top,
        width,
        height: bottom - geometry.meters.top,
      }),
    );
  }
  root.appendChild(panel(geometry, geometry.meters));
  if (geometry.harm) root.appendChild(panel(geometry, geometry.harm));

  const axisY = (geometry.harm?.bottom ?? geometry.meters.bottom) + 16;
  for (const tick of geometry.xTicks)
    root.appendChild(text(tick.x, axisY, tick.label, { class: 'chart-tick', 'text-anchor': 'middle' }));
  root.appendChild(
    text((geometry.left + geometry.right) / 2, axisY + 20, geometry.xLabel, {
      class: 'chart-axis-label',
      'text-anchor': 'middle',
    }),
  );
  if (geometry.harm) {
    // the quarters again under the upper panel, so the marker row reads without looking down
    for (const tick of geometry.xTicks)
      root.appendChild(
        text(tick.x, geometry.meters.bottom + 14, tick.label, {
          class: 'chart-tick chart-tick-minor',
          'text-anchor': 'middle',
        }),
      );
  }

  if (geometry.markerRow !== undefined) {
    const arrows = svg('g', { class: 'chart-arrows' });
    for (const arrow of geometry.arrows) {
      const path = svg('path', {
        d: arrow.d,
        class: arrow.lapsed ? 'chart-arrow lapsed' : 'chart-arrow',
        fill: 'none',
        'stroke-width': Math.min(4, 1 + arrow.count * 0.5),
        'marker-end': 'url(#arrow-head)',
      });
      path.appendChild(title(arrow.text));
      arrows.appendChild(path);
    }
    const defs = svg('defs');
    const head = svg('marker', {
      id: 'arrow-head',
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 6,
      markerHeight: 6,
      orient: 'auto-start-reverse',
    });
    head.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'chart-arrow-head' }));
    defs.appendChild(head);
    root.appendChild(defs);
    root.appendChild(arrows);
    const markers = svg('g', { class: 'chart-markers' });
    for (const marker of geometry.markers) {
      const mark = pointMark('diamond', marker.x, marker.y, 6);
      mark.appendChild(title(marker.text));
      markers.appendChild(mark);
      if (marker.count > 1)
        markers.appendChild(
          text(marker.x, marker.y + 20, String(marker.count), {
            class: 'chart-tick',
            'text-anchor': 'middle',
          }),
        );
    }
    root.appendChild(markers);
  }
  if (geometry.handover) {
    root.appendChild(
      text(geometry.right, geometry.meters.top - 4, geometry.handover.label, {
        class: 'chart-handover-label',
        'text-anchor': 'end',
      }),
    );
  }
  return root;
}
