import type { Locale } from '../../../src/i18n/i18n';
import type { DataTable, DebriefView } from '../../../src/view-model/debrief-view';
import { LINE_STYLES } from '../../../src/view-model/debrief-chart';
import { h, svg } from '../dom';
import { section } from '../screen';
import { chartSvg, pointMark } from './chart';

// The review's sections, drawn from its view model (src/view-model/debrief-view.ts): pure
// DOM building, no state. review-page.ts assembles them and keeps what the trainee picks and types; the
// answers it computes on request are drawn by review-results.ts.

export function factsBlock(view: DebriefView, locale: Locale): HTMLElement {
  return h(
    'section',
    { class: 'debrief-facts', attrs: { 'aria-label': locale.t('aar.facts') } },
    h('dl', {}, ...view.facts.flatMap((fact) => [h('dt', {}, fact.term), h('dd', {}, fact.value)])),
    view.endingText ? h('p', { class: 'lead' }, view.endingText) : undefined,
    h('p', { class: 'score-explanation' }, view.score.explanation),
  );
}

function dataTable(table: DataTable, className: string): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': table.caption } },
    h(
      'table',
      { class: className },
      h('caption', {}, table.caption),
      h(
        'thead',
        {},
        h('tr', {}, ...table.columns.map((c, i) => h('th', { attrs: { scope: 'col' } }, i === 0 ? c : c))),
      ),
      h(
        'tbody',
        {},
        ...table.rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, row.label),
            ...row.cells.map((cell) => h('td', {}, cell)),
          ),
        ),
      ),
    ),
  );
}

function legend(view: DebriefView, locale: Locale): HTMLElement {
  const swatch = (draw: (root: SVGSVGElement) => void, className: string) => {
    const root = svg('svg', {
      class: `legend-swatch ${className}`,
      viewBox: '0 0 32 12',
      'aria-hidden': 'true',
    });
    draw(root);
    return root;
  };
  return h(
    'ul',
    { class: 'chart-legend', attrs: { 'aria-label': locale.t('aar.legend') } },
    ...view.legend.map((item) =>
      h(
        'li',
        {},
        swatch((root) => {
          const style = LINE_STYLES[item.id];
          root.append(
            svg('line', {
              x1: 1,
              x2: 31,
              y1: 6,
              y2: 6,
              ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
            }),
            pointMark(style.shape, 16, 6, 3),
          );
        }, `chart-line line-${item.id}`),
        item.name,
      ),
    ),
    h(
      'li',
      {},
      swatch((root) => root.append(pointMark('diamond', 16, 6, 5)), 'chart-markers'),
      locale.t('aar.legend.decision'),
    ),
    h(
      'li',
      {},
      swatch(
        (root) => root.append(svg('path', { d: 'M2,10 Q16,-2 30,10', fill: 'none' })),
        'chart-arrows chart-arrow',
      ),
      locale.t('aar.legend.arrow'),
    ),
  );
}

export function timelineSection(view: DebriefView, locale: Locale): HTMLElement {
  return section(
    'timeline',
    locale.t('aar.section.timeline'),
    'panel debrief-section',
    h(
      'figure',
      { class: 'timeline-figure' },
      chartSvg(view.chart, view.chartTitle, view.chartSummary),
      legend(view, locale),
      h('figcaption', {}, view.chartCaption),
    ),
    h('p', { class: 'chart-summary' }, view.chartSummary),
    // The table is long (a row per quarter with its decisions): folded on screen, opened for print.
    h(
      'details',
      { class: 'table-details print-open' },
      h('summary', {}, locale.t('aar.table.show')),
      dataTable(view.table, 'timeline-table'),
    ),
  );
}

export function scorecardSection(view: DebriefView, locale: Locale): HTMLElement {
  const rows = (items: readonly { name: string; value: string; detail: string }[]) =>
    h(
      'ul',
      { class: 'indicators' },
      ...items.map((i) =>
        h(
          'li',
          {},
          h('span', { class: 'indicator-name' }, i.name),
          h('span', { class: 'indicator-value' }, i.value),
          h('span', { class: 'hint' }, i.detail),
        ),
      ),
    );
  return section(
    'scorecard',
    locale.t('aar.section.scorecard'),
    'panel debrief-section',
    h(
      'p',
      { class: 'score' },
      h('span', { class: 'score-label' }, locale.t('aar.scorecard.score')),
      ' ',
      h('strong', {}, view.score.text),
    ),
    h('h3', {}, locale.t('aar.scorecard.benchmarks')),
    ...view.benchmarks.map((group) =>
      h(
        'div',
        { class: 'benchmark-group' },
        h('h4', {}, `${group.term} — ${group.summary}`),
        h(
          'ul',
          { class: 'benchmarks' },
          ...group.items.map((b) =>
            h(
              'li',
              { class: `benchmark benchmark-${b.met ? 'met' : 'missed'}` },
              h('span', { class: 'benchmark-mark', attrs: { 'aria-hidden': 'true' } }, b.met ? '✓' : '✗'),
              h('span', { class: 'benchmark-title' }, b.title),
              h('span', { class: 'benchmark-status' }, b.status),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'indicator-columns' },
      h(
        'div',
        {},
        h('h3', {}, locale.t('aar.scorecard.vanity')),
        h('p', { class: 'hint' }, locale.t('aar.scorecard.vanityHint')),
        view.vanity.length > 0 ? rows(view.vanity) : h('p', {}, locale.t('aar.scorecard.vanityNone')),
      ),
      h('div', {}, h('h3', {}, locale.t('aar.scorecard.accountability')), rows(view.accountability)),
    ),
    h('h3', {}, locale.t('aar.scorecard.drivers')),
    dataTable(view.drivers, 'drivers-table'),
    h('h3', {}, locale.t('aar.scorecard.objectives')),
    h(
      'ul',
      { class: 'objectives' },
      ...view.objectives.map((o) =>
        h(
          'li',
          {},
          h('p', { class: 'objective-text' }, o.text),
          h('p', { class: 'hint' }, o.status),
          o.choices.length > 0 ? h('p', { class: 'objective-choices' }, locale.list(o.choices)) : undefined,
        ),
      ),
    ),
  );
}

export function questionsSection(view: DebriefView, locale: Locale): HTMLElement {
  return section(
    'questions',
    locale.t('aar.section.questions'),
    'panel debrief-section',
    h(
      'ol',
      { class: 'questions' },
      ...view.questions.map((q) => h('li', {}, h('p', {}, q.text), h('p', { class: 'hint' }, q.origin))),
    ),
  );
}

export function dissentSection(view: DebriefView, locale: Locale): HTMLElement {
  return section(
    'dissent',
    locale.t('aar.section.dissent'),
    'panel debrief-section',
    h(
      'ul',
      { class: 'dissent' },
      ...view.dissent.map((d) =>
        h(
          'li',
          {},
          h('p', { class: 'dissent-label' }, d.label),
          h('p', {}, locale.t('aar.dissent.chosen', { option: d.chosen }), ' — ', d.votes),
          h('p', { class: 'hint' }, d.dissent),
        ),
      ),
    ),
  );
}

export function notesSection(view: DebriefView, locale: Locale): HTMLElement {
  // Notes come from an imported file: text nodes only, never HTML.
  return section(
    'notes',
    locale.t('aar.section.notes'),
    'panel debrief-section',
    h(
      'dl',
      { class: 'notes' },
      ...view.notes.flatMap((note) => [h('dt', {}, note.label), h('dd', { class: 'note-text' }, note.text)]),
    ),
  );
}
