import './review.css';
import sourcesData from '../../../scenarios/sources.yaml';
import type { Sources } from '../../../src/content/sources';
import { MAX_RUN_EXPORT_BYTES, readRunText, type RunNotes } from '../../../src/debrief/run-export';
import type { Locale } from '../../../src/i18n/i18n';
import type { MeterId } from '../../../src/sim/meters';
import type { DebriefSource } from '../../../src/view-model/debrief-data';
import { selectDebriefView, type DebriefView } from '../../../src/view-model/debrief-view';
import { problemOfExport, type RunProblem } from '../../../src/view-model/run-request';
import type { TraceSelection } from '../../../src/view-model/trace-view';
import { selectWhatIfView } from '../../../src/view-model/what-if-view';
import { h, labelledSelect } from '../dom';
import { downloadRun } from './run-download';
import { screen, section, type Screen } from '../screen';
import {
  dissentSection,
  factsBlock,
  notesSection,
  questionsSection,
  scorecardSection,
  timelineSection,
} from './review-sections';
import { traceResult, whatIfResult } from './review-results';
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
    const meter = labelledSelect(
      'trace-meter',
      locale.t('aar.trace.meter'),
      view.traceMeters,
      selection.meter,
    );
    const from = labelledSelect(
      'trace-from',
      locale.t('aar.trace.from'),
      view.traceSteps,
      String(selection.from),
    );
    const to = labelledSelect('trace-to', locale.t('aar.trace.to'), view.traceSteps, String(selection.to));
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
    const decision = labelledSelect(
      'what-if-decision',
      locale.t('aar.whatIf.decision'),
      view.whatIfChoices,
      String(chosen.index),
    );
    const alternatives = () =>
      view.whatIfChoices.find((c) => c.value === decision.select.value)?.alternatives ?? [];
    const option = labelledSelect(
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
                    on: { click: () => downloadRun(code, run.notes ?? {}, run.log.seed) },
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
