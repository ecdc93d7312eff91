import type { MeterView } from '../../src/view-model/meters-view';
import { h, svg } from './dom';
import { icon } from './icons';

let patterns = 0;

/** A 0–100 bar drawn in SVG (attributes, not inline styles: the CSP forbids those); civilian harm is hatched. */
function bar(view: MeterView): SVGSVGElement {
  const hatch = `hatch-${++patterns}`;
  const isHarm = view.id === 'civilianHarm';
  return svg(
    'svg',
    { class: 'meter-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    svg(
      'defs',
      {},
      svg(
        'pattern',
        { id: hatch, width: 4, height: 10, patternUnits: 'userSpaceOnUse', patternTransform: 'skewX(-35)' },
        svg('rect', { width: 4, height: 10, class: 'meter-hatch-base' }),
        svg('rect', { width: 1.5, height: 10, class: 'meter-hatch' }),
      ),
    ),
    svg('rect', { width: 100, height: 10, class: 'meter-track' }),
    svg('rect', {
      width: view.value,
      height: 10,
      class: 'meter-level',
      fill: isHarm ? `url(#${hatch})` : undefined,
    }),
    ...[25, 50, 75].map((x) => svg('rect', { x, width: 0.4, height: 10, class: 'meter-tick' })),
  );
}

/**
 * One meter: `role="meter"` named exactly by its visible name (DESIGN §5), with `aria-valuetext` saying
 * value and move; beside it the number, an arrow and a word, so the move never rests on colour alone.
 */
export function meterRow(view: MeterView, idPrefix = 'meter'): HTMLElement {
  const nameId = `${idPrefix}-${view.id}-name`;
  const arrow =
    view.trend === 'none'
      ? undefined
      : icon(view.trend === 'up' ? 'up' : view.trend === 'down' ? 'down' : 'steady', 'trend-arrow');
  const delta =
    view.delta === undefined
      ? ''
      : view.delta > 0
        ? `+${view.delta}`
        : view.delta < 0
          ? `−${-view.delta}`
          : '±0';
  return h(
    'div',
    { class: `meter-row meter-${view.id} assessment-${view.assessment}` },
    icon(view.icon, 'meter-icon'),
    h('span', { class: 'meter-name', id: nameId }, view.name),
    h(
      'div',
      {
        class: 'meter',
        attrs: {
          role: 'meter',
          'aria-labelledby': nameId,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': view.value,
          'aria-valuetext': view.valueText,
        },
      },
      bar(view),
    ),
    h('span', { class: 'meter-value', attrs: { 'aria-hidden': 'true' } }, String(view.value)),
    h(
      'span',
      { class: 'meter-trend', attrs: { 'aria-hidden': 'true' } },
      arrow,
      view.delta === undefined ? '' : ` ${delta} `,
      view.assessmentText ? h('span', { class: 'trend-word' }, view.assessmentText) : '',
    ),
  );
}

/** The three meters as one list. */
export function meterList(views: readonly MeterView[], idPrefix = 'meter'): HTMLElement {
  return h('div', { class: 'meters' }, ...views.map((view) => meterRow(view, idPrefix)));
}
