import './review.css';
import sourcesData from '../../../scenarios/sources.yaml';
import type { Sources } from '../../../src/content/sources';
import { exportRun, MAX_RUN_EXPORT_BYTES, readRunText, type RunNotes } from '../../../src/debrief/run-export';
import type { Locale } from '../../../src/i18n/i18n';
import type { MeterId } from '../../../src/sim/meters';
import {
  selectDebriefView,
  selectTraceView,
  type DataTable,
  type DebriefSource,
  type DebriefView,
  type TraceSelection,
} from '../../../src/view-model/debrief-view';
import { LINE_STYLES } from '../../../src/view-model/debrief-chart';
import { problemOfExport, type RunProblem } from '../../../src/view-model/run-request';
import { selectWhatIfView, type WhatIfView } from '../../../src/view-model/what-if-view';
import { h, svg } from '../dom';
import { screen, section, type Screen } from '../screen';
import { chartSvg, pointMark } from './chart';
import { qrSvg } from './qr';

/** scenarios/sources.yaml as the build compiles it (plain data, checked at build time). */
const SOURCES = sourcesData as unknown as Sources;

export interface ReviewActions {
  readonly close: () => void;
  readonly copy: (code: string) => void;
  /** Opens the review of another run (a JSON import); resolves with what was wrong, if anything. */
  readonly openRun?: (code: string, notes: RunNotes) => Promise<RunProblem | undefined>;
  readonly announce?: (text: string) => void;
}

export interface ReviewPage {
  readonly render: (locale: Locale) => Screen;
}

/**
 * The after-action review of one run (issue 9): the page keeps the trace selection, the what-if and the
 * import message across redraws (a language switch redraws the whole screen from the same state).
 */
// Folded sections (<details class="print-open">) open before printing: a report leaves nothing out.
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.print-open'))
    details.open = true;
});

export function reviewPage(run: Omit<DebriefSource, 'sources'>, actions: ReviewActions): ReviewPage {
  const source: DebriefSource = { ...run, sources: SOURCES };
  const state: {
    trace?: TraceSelection;
    whatIf?: { index: number; alternative: string };
    whatIfShown: boolean;
    problem?: RunProblem;
  } = { whatIfShown: false };

  function render(locale: Locale): Screen {
    const view = selectDebriefView(source, locale);
    state.trace ??= view.traceDefault;
    return screen(
      `debrief:${view.code ?? run.log.seed}`,
      view.heading,
      'debrief-screen',
      factsBlock(view, locale),
      timelineSection(view, locale),
      traceSection(view, locale),
      scorecardSection(view, locale),
      questionsSection(view, locale),
      view.dissent.length > 0 ? dissentSection(view, locale) : undefined,
      view.notes.length > 0 ? notesSection(view, locale) : undefined,
      whatIfSection(view, locale),
      shareSection(view, locale),
      h(
        'div',
        { class: 'actions no-print' },
        h(
          'button',
          { id: 'print-report', attrs: { type: 'button' }, on: { click: () => window.print() } },
          locale.t('aar.print'),
        ),
        h(
          'button',
          { id: 'summary-close', class: 'primary', attrs: { type: 'button' }, on: { click: actions.close } },
          locale.t('summary.close'),
        ),
      ),
      view.code
        ? h('p', { class: 'print-only print-footer' }, locale.t('aar.printedFrom', { code: view.code }))
        : undefined,
    );
  }

  function traceSection(view: DebriefView, locale: Locale): HTMLElement {
    const selection = state.trace ?? view.traceDefault;
    const result = h('div', { class: 'trace-result', attrs: { 'aria-live': 'polite' } });
    const draw = () => result.replaceChildren(...traceResult(source, state.trace ?? selection, locale));
    draw();
    const meter = select('trace-meter', locale.t('aar.trace.meter'), view.traceMeters, selection.meter);
    const from = select('trace-from', locale.t('aar.trace.from'), view.traceSteps, String(selection.from));
    const to = select('trace-to', locale.t('aar.trace.to'), view.traceSteps, String(selection.to));
    const show = () => {
      state.trace = {
        meter: meter.select.value as MeterId,
        from: Number(from.select.value),
        to: Number(to.select.value),
      };
      draw();
    };
    return section(
      'trace',
      locale.t('aar.section.trace'),
      'panel debrief-section',
      h('p', { class: 'no-print' }, locale.t('aar.trace.intro')),
      h(
        'div',
        { class: 'picker no-print' },
        meter.field,
        from.field,
        to.field,
        h(
          'button',
          { id: 'trace-show', attrs: { type: 'button' }, on: { click: show } },
          locale.t('aar.trace.show'),
        ),
      ),
      result,
    );
  }

  function whatIfSection(view: DebriefView, locale: Locale): HTMLElement {
    const result = h('div', { class: 'what-if-result', attrs: { 'aria-live': 'polite' } });
    if (view.whatIfChoices.length === 0)
      return section(
        'what-if',
        locale.t('aar.section.whatIf'),
        'panel debrief-section',
        h('p', {}, locale.t('aar.whatIf.none')),
      );
    const chosen = state.whatIf ?? {
      index: Number(view.whatIfChoices[0]!.value),
      alternative: view.whatIfChoices[0]!.alternatives[0]?.value ?? '',
    };
    const decision = select(
      'what-if-decision',
      locale.t('aar.whatIf.decision'),
      view.whatIfChoices,
      String(chosen.index),
    );
    const alternatives = () =>
      view.whatIfChoices.find((c) => c.value === decision.select.value)?.alternatives ?? [];
    const option = select(
      'what-if-option',
      locale.t('aar.whatIf.option'),
      alternatives(),
      chosen.alternative,
    );
    decision.select.addEventListener('change', () => {
      option.select.replaceChildren(
        ...alternatives().map((a) => h('option', { attrs: { value: a.value } }, a.label)),
      );
    });
    const draw = () => {
      if (!state.whatIfShown || !state.whatIf) return result.replaceChildren();
      const { index, alternative } = state.whatIf;
      result.replaceChildren(
        ...whatIfResult(
          selectWhatIfView(run.log, run.scenario, index, alternative === '' ? null : alternative, locale),
          locale,
        ),
      );
    };
    const replay = () => {
      state.whatIf = { index: Number(decision.select.value), alternative: option.select.value };
      state.whatIfShown = true;
      draw();
    };
    draw();
    return section(
      'what-if',
      locale.t('aar.section.whatIf'),
      'panel debrief-section',
      h('p', { class: 'no-print' }, locale.t('aar.whatIf.intro')),
      h(
        'div',
        { class: 'picker no-print' },
        decision.field,
        option.field,
        h(
          'button',
          { id: 'what-if-run', attrs: { type: 'button' }, on: { click: replay } },
          locale.t('aar.whatIf.run'),
        ),
      ),
      result,
    );
  }

  function shareSection(view: DebriefView, locale: Locale): HTMLElement {
    const message = h('p', { class: 'notice', attrs: { role: 'alert' } });
    if (state.problem) message.textContent = locale.t(state.problem.key, state.problem.values);
    const code = view.code;
    const onFile = async (input: HTMLInputElement) => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const problem = await importFile(file);
      state.problem = problem;
      message.textContent = problem ? locale.t(problem.key, problem.values) : '';
    };
    const input = h('input', {
      id: 'run-import',
      attrs: { type: 'file', accept: '.json,application/json,.txt,text/plain' },
    });
    input.addEventListener('change', () => void onFile(input));
    return section(
      'share',
      locale.t('aar.section.share'),
      'panel debrief-section share',
      code
        ? h(
            'div',
            { class: 'share-code' },
            h(
              'div',
              {},
              h('p', { class: 'run-code-label', id: 'aar-code-label' }, locale.t('aar.share.code')),
              h(
                'p',
                { class: 'run-code-value', attrs: { 'aria-labelledby': 'aar-code-label' } },
                h('code', {}, code),
              ),
              h('p', { class: 'hint' }, locale.t('aar.share.codeHint')),
              h(
                'div',
                { class: 'actions no-print' },
                h(
                  'button',
                  { id: 'copy-code', attrs: { type: 'button' }, on: { click: () => actions.copy(code) } },
                  locale.t('aar.share.copy'),
                ),
                h(
                  'button',
                  {
                    id: 'export-json',
                    attrs: { type: 'button' },
                    on: { click: () => download(code, run.notes ?? {}, run.log.seed) },
                  },
                  locale.t('aar.share.export'),
                ),
              ),
              h('p', { class: 'hint no-print' }, locale.t('aar.share.exportHint')),
            ),
            qrSvg(code, locale.t('aar.share.qr')),
          )
        : undefined,
      actions.openRun
        ? h(
            'div',
            { class: 'import no-print' },
            h('label', { attrs: { for: 'run-import' } }, locale.t('aar.share.import')),
            input,
          )
        : undefined,
      message,
    );
  }

  async function importFile(file: File): Promise<RunProblem | undefined> {
    if (file.size > MAX_RUN_EXPORT_BYTES)
      return problemOfExport({ kind: 'too-large', bytes: file.size, max: MAX_RUN_EXPORT_BYTES });
    const read = readRunText(await file.text());
    if (!read.ok) return problemOfExport(read.problem);
    return actions.openRun?.(read.code, read.notes);
  }

  return { render };
}

function download(code: string, notes: RunNotes, seed: string): void {
  const blob = new Blob([exportRun(code, notes)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { attrs: { href: url, download: `dual-mandate-run-${seed}.json` } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function select(
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  selected: string,
): { field: HTMLElement; select: HTMLSelectElement } {
  const element = h(
    'select',
    { id },
    ...options.map((o) =>
      h('option', { attrs: { value: o.value, selected: o.value === selected } }, o.label),
    ),
  );
  return {
    field: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), element),
    select: element,
  };
}

function factsBlock(view: DebriefView, locale: Locale): HTMLElement {
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

function timelineSection(view: DebriefView, locale: Locale): HTMLElement {
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

function traceResult(source: DebriefSource, selection: TraceSelection, locale: Locale): Node[] {
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

function scorecardSection(view: DebriefView, locale: Locale): HTMLElement {
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

function questionsSection(view: DebriefView, locale: Locale): HTMLElement {
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

function dissentSection(view: DebriefView, locale: Locale): HTMLElement {
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

function notesSection(view: DebriefView, locale: Locale): HTMLElement {
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

function whatIfResult(view: WhatIfView, locale: Locale): Node[] {
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
