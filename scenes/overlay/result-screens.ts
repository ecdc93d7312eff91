import type { Locale } from '../../src/i18n/i18n';
import type { EndingView } from '../../src/view-model/ending-view';
import type { ReportView } from '../../src/view-model/report-view';
import type { BenchmarkView, ReviewView } from '../../src/view-model/review-view';
import { h } from './dom';
import { stageWindow } from './stage-window';
import { meterList } from './meters';
import { screen, section, type Screen } from './screen';

const primary = (id: string, label: string, onClick: () => void) =>
  h(
    'div',
    { class: 'actions' },
    h('button', { id, class: 'primary', attrs: { type: 'button' }, on: { click: onClick } }, label),
  );

/** The resolution report: how the meters moved, the delayed consequences as news, benchmarks met. */
export function reportScreen(view: ReportView, locale: Locale, onContinue: () => void): Screen {
  return screen(
    `report:${view.turn}`,
    view.heading,
    'report-screen',
    section('changes', locale.t('report.changes'), 'panel', meterList(view.meters, 'report')),
    section(
      'delayed',
      locale.t('report.delayed'),
      'panel',
      stageWindow(true),
      view.delayed.length > 0
        ? h(
            'ul',
            { class: 'news-list' },
            ...view.delayed.map((item) => h('li', { class: 'news-item' }, item.text)),
          )
        : h('p', {}, locale.t('report.noDelayed')),
    ),
    view.benchmarks.length > 0
      ? section(
          'met',
          locale.t('report.benchmarks'),
          'panel',
          h('ul', {}, ...view.benchmarks.map((b) => h('li', {}, b))),
        )
      : undefined,
    primary('report-continue', view.continueLabel, onContinue),
  );
}

function benchmarkTable(benchmarks: readonly BenchmarkView[]): HTMLElement {
  return h(
    'ul',
    { class: 'benchmarks' },
    ...benchmarks.map((b) =>
      h(
        'li',
        { class: `benchmark benchmark-${b.status}` },
        h('span', { class: 'benchmark-term' }, b.termText),
        h('span', { class: 'benchmark-title' }, b.title),
        h('span', { class: 'benchmark-status' }, b.statusText),
      ),
    ),
  );
}

/** The mandate review: the Council's decisions and the benchmarks so far. */
export function reviewScreen(view: ReviewView, locale: Locale, onContinue: () => void): Screen {
  return screen(
    `review:${view.heading}`,
    view.heading,
    'review-screen',
    h('p', { class: 'lead' }, view.intro),
    section(
      'council',
      locale.t('review.changes'),
      'panel',
      view.changes.length > 0
        ? h(
            'ul',
            { class: 'news-list' },
            ...view.changes.map((change) =>
              h(
                'li',
                { class: 'news-item' },
                h('h3', { class: 'news-title' }, change.title),
                h('p', {}, change.text),
              ),
            ),
          )
        : h('p', {}, locale.t('review.noChange')),
    ),
    section('scorecard', locale.t('review.benchmarks'), 'panel', benchmarkTable(view.benchmarks)),
    primary('review-continue', view.continueLabel, onContinue),
  );
}

/** The ending: the outcome narrative, the meters at hand-over, the run code, and on to the debrief. */
export function endingScreen(view: EndingView, locale: Locale, onDebrief: () => void): Screen {
  return screen(
    'ending',
    view.heading,
    'ending-screen',
    h('p', { class: 'lead' }, view.text),
    h('p', {}, view.reasonText),
    section('handover', locale.t('ending.meters'), 'panel', meterList(view.meters, 'ending')),
    h('p', { class: 'note' }, view.note),
    view.runCode
      ? runCodeBlock(view.runCode, locale.t('ending.runCode'), locale.t('ending.runCodeHint'))
      : undefined,
    primary('see-debrief', locale.t('ending.debrief'), onDebrief),
  );
}

function runCodeBlock(code: string, label: string, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'run-code' },
    h('p', { class: 'run-code-label', id: 'run-code-label' }, label),
    h('p', { class: 'run-code-value', attrs: { 'aria-labelledby': 'run-code-label' } }, h('code', {}, code)),
    hint ? h('p', { class: 'hint' }, hint) : undefined,
  );
}
