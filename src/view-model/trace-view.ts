// The causal trace of one meter over a span of quarters, in the reader's language (the review's trace picker).
import { traceMeter, type TraceCitation } from '../debrief/causal-trace';
import { describeCause, signedWhole } from '../debrief/render-question';
import type { Locale } from '../i18n/i18n';
import type { MeterId } from '../sim/meters';
import { debriefDataOf, type DebriefSource } from './debrief-data';
import { meterName, stepLabel } from './debrief-words';

export interface TraceSelection {
  readonly meter: MeterId;
  readonly from: number;
  readonly to: number;
}

/** One ranked cause as a line of the trace, with its note and citation. */
export interface TraceLineView {
  /** "Civilian harm +9 in Q6 ← “Crash train-and-equip” (Q2), via grievance". */
  readonly text: string;
  readonly note?: string;
  readonly link?: string;
  readonly delayed: boolean;
  readonly citations: readonly {
    readonly reference: string;
    readonly section?: string;
    readonly quote?: string;
  }[];
}

export interface TraceView {
  readonly heading: string;
  readonly lines: readonly TraceLineView[];
  readonly other?: string;
  readonly empty?: string;
}

/** The causal trace of one meter over a span of quarters, in words: the ranked causes with their sources. */
export function selectTraceView(source: DebriefSource, selection: TraceSelection, locale: Locale): TraceView {
  const { scenario } = source;
  const { run } = debriefDataOf(source.log, scenario);
  const turns = run.state.settings.turns;
  const hasHandover = run.state.afterHandover !== undefined;
  const from = Math.min(selection.from, selection.to);
  const to = Math.max(selection.from, selection.to);
  const trace = traceMeter(run, scenario, selection.meter, from, to, {
    ...(source.sources ? { sources: source.sources } : {}),
  });
  const step = (turn: number) => stepLabel(locale, turn, turns, hasHandover);
  const span = from === to ? step(from) : locale.t('aar.trace.span', { from: step(from), to: step(to) });
  const name = meterName(locale, selection.meter);
  const lines = trace.causes.map((cause): TraceLineView => {
    const citation = (c: TraceCitation) => ({
      reference: c.reference,
      ...(c.section ? { section: c.section } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
    });
    return {
      text: locale.t('aar.trace.line', {
        meter: name,
        share: signedWhole(cause.share),
        span,
        cause: describeCause(cause, scenario, locale.language),
      }),
      ...(cause.note ? { note: locale.text(cause.note) } : {}),
      ...(cause.citation ? { link: locale.t(`aar.trace.${cause.citation.link}`) } : {}),
      delayed: cause.delayed,
      citations: cause.citations.map(citation),
    };
  });
  return {
    heading: locale.t('aar.trace.heading', { meter: name, movement: signedWhole(trace.movement), span }),
    lines,
    ...(trace.otherCount > 0
      ? { other: locale.t('aar.trace.other', { share: signedWhole(trace.other), count: trace.otherCount }) }
      : {}),
    ...(lines.length === 0 ? { empty: locale.t('aar.trace.empty') } : {}),
  };
}
