import type { Locale } from '../../src/i18n/i18n';
import {
  CHART_WIDTH,
  CHART_Y_TICKS,
  type CohortChartView,
  type CohortView,
} from '../../src/view-model/cohort-view';
import type { CohortActions, CohortScreenModel } from './cohort-screen';
import { h, idOf, svg } from './dom';

// The cohort screen's larger parts (cohort-screen.ts puts them together): a meter's chart of every run with
// the mean, the share bar beside endings and options, and the table of runs with their labels and review links.

/** Where a chart value sits across (x, 0–CHART_WIDTH) or down (the 0–100 scale) the SVG, in % of its box. */
const acrossPercent = (x: number) => `${(((x + 2) / (CHART_WIDTH + 4)) * 100).toFixed(2)}%`;
const downPercent = (value: number) => `${(((102 - value) / 104) * 100).toFixed(2)}%`;

/**
 * A meter's chart: every run thin, the divergent ones dashed, the mean thick, with the 0–100 scale up the side
 * and the quarters along the bottom. The scale and quarter labels are HTML beside the SVG (which stretches to
 * its box, so text inside it would stretch too) and hidden from screen readers, which get the description.
 */
export function chart(view: CohortChartView): HTMLElement {
  const titleId = idOf('cohort-chart', view.meter);
  const grid = [25, 50, 75].map((y) =>
    svg('line', { x1: 0, x2: CHART_WIDTH, y1: y, y2: y, class: 'chart-grid' }),
  );
  // Placed through the CSSOM: the page's CSP (style-src 'self') refuses style attributes, not style properties.
  const tick = (text: string, side: 'top' | 'left', at: string) => {
    const span = h('span', {}, text);
    span.style.setProperty(side, at);
    return span;
  };
  return h(
    'figure',
    { class: 'cohort-chart' },
    h('figcaption', { id: titleId }, view.name),
    h(
      'div',
      { class: 'chart-area' },
      h(
        'div',
        { class: 'chart-y', attrs: { 'aria-hidden': 'true' } },
        ...CHART_Y_TICKS.map((value) => tick(String(value), 'top', downPercent(value))),
      ),
      svg(
        'svg',
        {
          viewBox: `-2 -2 ${CHART_WIDTH + 4} 104`,
          role: 'img',
          'aria-labelledby': titleId,
          'aria-describedby': `${titleId}-desc`,
          preserveAspectRatio: 'none',
          class: 'chart',
        },
        svg('rect', { x: 0, y: 0, width: CHART_WIDTH, height: 100, class: 'chart-frame' }),
        ...grid,
        ...view.runs.map((run) =>
          svg('polyline', {
            points: run.points,
            class: run.isDivergent ? 'chart-run is-divergent' : 'chart-run',
          }),
        ),
        svg('polyline', { points: view.mean, class: 'chart-mean' }),
      ),
      h(
        'div',
        { class: 'chart-x', attrs: { 'aria-hidden': 'true' } },
        ...view.xTicks.map(({ x, label }) => tick(label, 'left', acrossPercent(x))),
      ),
    ),
    h('p', { class: 'hint', id: `${titleId}-desc` }, view.description),
  );
}

export function bar(share: number): SVGElement {
  return svg(
    'svg',
    { viewBox: '0 0 100 8', class: 'share-bar', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { x: 0, y: 0, width: 100, height: 8, class: 'share-track' }),
    svg('rect', { x: 0, y: 0, width: Math.max(0.5, share), height: 8, class: 'share-fill' }),
  );
}

export function runsTable(
  view: CohortView,
  model: CohortScreenModel,
  locale: Locale,
  actions: CohortActions,
): HTMLElement {
  const head = [
    locale.t('cohort.run'),
    ...(model.hideNames ? [] : [locale.t('cohort.label')]),
    locale.t('cohort.ending'),
    ...view.meterNames,
    locale.t('cohort.lengthColumn'),
    locale.t('cohort.review'),
  ];
  return h(
    'div',
    {
      class: 'table-scroll',
      attrs: { tabindex: 0, role: 'region', 'aria-label': locale.t('cohort.runsTable') },
    },
    h(
      'table',
      { class: 'cohort-runs' },
      h('caption', {}, locale.t('cohort.runs')),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { attrs: { scope: 'col' } }, text)))),
      h(
        'tbody',
        {},
        ...view.rows.map((row) => {
          const input = h('input', {
            id: idOf('cohort-label', String(row.number)),
            class: 'cohort-label',
            attrs: {
              type: 'text',
              maxlength: 60,
              autocomplete: 'off',
              'aria-label': locale.t('cohort.labelFor', { number: row.number }),
            },
            on: { change: (event) => actions.setLabel(row.code, (event.target as HTMLInputElement).value) },
          });
          input.value = row.label;
          const href = `?run=${encodeURIComponent(row.code)}&lang=${model.language}`;
          return h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, row.name),
            model.hideNames ? undefined : h('td', {}, input),
            h('td', {}, row.endingTitle),
            ...row.finals.map((value) => h('td', {}, String(value))),
            h('td', {}, row.lengthText),
            h(
              'td',
              {},
              h(
                'a',
                {
                  attrs: {
                    href,
                    target: '_blank',
                    rel: 'noopener',
                    'aria-label': locale.t('cohort.reviewLink', { name: row.name }),
                  },
                },
                locale.t('cohort.review'),
              ),
            ),
          );
        }),
      ),
    ),
  );
}
