import type { Locale } from '../../../src/i18n/i18n';
import type { DebriefSource } from '../../../src/view-model/debrief-data';
import { selectTraceView, type TraceSelection } from '../../../src/view-model/trace-view';
import type { WhatIfView } from '../../../src/view-model/what-if-view';
import { h } from '../dom';
import { chartSvg } from './chart';

// The answers the review computes on request (review-page.ts redraws them when the trainee asks): the trace
// of one meter's movement back to its causes, and a what-if replay beside the original run.

export function traceResult(source: DebriefSource, selection: TraceSelection, locale: Locale): Node[] {
  const view = selectTraceView(source, selection, locale);
  return [
    h('h3', {}, view.heading),
    view.empty ? h('p', {}, view.empty) : undefined,
    h(
      'ol',
      { class: 'trace-lines' },
      ...view.lines.map((line) =>
        h(
          'li',
          { class: 'trace-line' },
          h('p', { class: 'trace-text' }, line.text, line.note ? ` — ${line.note}` : ''),
          line.link || line.delayed
            ? h(
                'p',
                { class: 'trace-tags' },
                line.link ? h('span', { class: `tag tag-${line.link}` }, line.link) : undefined,
                line.delayed ? h('span', { class: 'tag' }, locale.t('aar.trace.delayed')) : undefined,
              )
            : undefined,
          ...line.citations.map((c) =>
            h(
              'p',
              { class: 'citation' },
              c.section
                ? locale.t('aar.trace.citationSection', { reference: c.reference, section: c.section })
                : locale.t('aar.trace.citation', { reference: c.reference }),
              c.quote ? ' ' : '',
              c.quote ? h('q', {}, c.quote) : undefined,
            ),
          ),
        ),
      ),
    ),
    view.other ? h('p', { class: 'trace-other' }, view.other) : undefined,
  ].filter((n): n is NonNullable<typeof n> => n !== undefined);
}

export function whatIfResult(view: WhatIfView, locale: Locale): Node[] {
  if (!view.ok) return [h('p', { class: 'notice', attrs: { role: 'alert' } }, view.message)];
  const words = view;
  return [
    h('h3', {}, view.heading),
    h('p', {}, view.change),
    h('p', { class: 'what-if-counts' }, view.counts),
    h(
      'div',
      { class: 'side-by-side' },
      ...[view.original, view.alternative].map((run) =>
        h(
          'figure',
          { class: 'what-if-chart' },
          chartSvg(run.chart, run.title, words.change),
          h('figcaption', {}, run.title),
        ),
      ),
    ),
    h('h4', {}, locale.t('aar.whatIf.differenceHeading')),
    h('ul', {}, ...view.difference.map((line) => h('li', {}, line))),
    view.defaulted.length > 0 ? h('h4', {}, locale.t('aar.whatIf.defaultedHeading')) : undefined,
    view.defaulted.length > 0
      ? h('ul', { class: 'defaulted' }, ...view.defaulted.map((line) => h('li', { class: 'marked' }, line)))
      : undefined,
    view.dropped.length > 0 ? h('h4', {}, locale.t('aar.whatIf.droppedHeading')) : undefined,
    view.dropped.length > 0 ? h('ul', {}, ...view.dropped.map((line) => h('li', {}, line))) : undefined,
  ].filter((n): n is NonNullable<typeof n> => n !== undefined);
}
