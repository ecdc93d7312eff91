import { largestMovement } from '../debrief/causal-trace';
import { quarterLabel, renderQuestion } from '../debrief/render-question';
import { lastStep } from '../debrief/run';
import type { DecisionMarker } from '../debrief/timeline';
import type { Locale } from '../i18n/i18n';
import { METER_IDS, type MeterId } from '../sim/meters';
import { chartOf, type ChartGeometry, type LineId } from './debrief-chart';
import { debriefDataOf, type DebriefSource } from './debrief-data';
import {
  dissentOf,
  whatIfChoicesOf,
  type DissentView,
  type SelectOption,
  type WhatIfChoiceView,
} from './debrief-choices';
import { arrowDetail, cardTitle, chartWords, meterName, optionLabel, pair, stepLabel } from './debrief-words';
import {
  scorecardSectionsOf,
  type BenchmarkGroup,
  type IndicatorRow,
  type ObjectiveView,
} from './scorecard-view';
import type { TraceSelection } from './trace-view';

export interface Fact {
  readonly term: string;
  readonly value: string;
}

export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

export interface QuestionView {
  readonly text: string;
  readonly origin: string;
}

export interface NoteView {
  readonly label: string;
  readonly text: string;
}

/** The after-action review of one run (issue 9), every string in the reader's language. */
export interface DebriefView {
  readonly heading: string;
  readonly facts: readonly Fact[];
  readonly endingTitle: string;
  readonly endingText: string;
  readonly chart: ChartGeometry;
  readonly chartTitle: string;
  readonly chartCaption: string;
  readonly chartSummary: string;
  readonly legend: readonly { readonly id: LineId; readonly name: string }[];
  readonly table: DataTable;
  readonly score: { readonly value: number; readonly text: string; readonly explanation: string };
  readonly benchmarks: readonly BenchmarkGroup[];
  readonly vanity: readonly IndicatorRow[];
  readonly accountability: readonly IndicatorRow[];
  readonly drivers: DataTable;
  readonly objectives: readonly ObjectiveView[];
  readonly questions: readonly QuestionView[];
  readonly dissent: readonly DissentView[];
  readonly notes: readonly NoteView[];
  /** The trace's pickers and the selection shown first: the largest single-quarter movement's meter. */
  readonly traceMeters: readonly SelectOption[];
  readonly traceSteps: readonly SelectOption[];
  readonly traceDefault: TraceSelection;
  readonly whatIfChoices: readonly WhatIfChoiceView[];
  readonly code?: string;
}

/**
 * The after-action review of a run: facts, the timeline (chart and data table), the scorecard, the
 * questions, dissent recorded in votes, facilitator notes, and the pickers of the causal trace and what-if.
 */
export function selectDebriefView(source: DebriefSource, locale: Locale): DebriefView {
  const { log, scenario } = source;
  const data = debriefDataOf(log, scenario);
  const { run, timeline, scorecard } = data;
  const { series } = timeline;
  const turns = run.state.settings.turns;
  const hasHandover = series.afterHandover;
  const step = (turn: number) => stepLabel(locale, turn, turns, hasHandover);
  const decisionLabel = (marker: DecisionMarker) =>
    pair(
      locale,
      cardTitle(scenario, marker.decisionId, locale),
      optionLabel(scenario, marker.decisionId, marker.optionId, locale),
    ) + (marker.defaulted ? ` (${locale.t('aar.defaulted')})` : '');

  const ending = scenario.endings.find((e) => e.id === run.state.ending?.id);
  const endingTitle = ending ? locale.text(ending.title) : locale.t('aar.unfinished');
  const score = Math.round(scorecard.score);

  const facts: Fact[] = [
    { term: locale.t('aar.fact.ending'), value: endingTitle },
    {
      term: locale.t('aar.fact.length'),
      value: locale.t('aar.fact.quarters', { played: run.state.history.length, turns }),
    },
    { term: locale.t('aar.fact.difficulty'), value: locale.t(`title.difficulty.${log.difficulty}`) },
    { term: locale.t('aar.fact.seed'), value: log.seed },
    { term: locale.t('aar.fact.score'), value: locale.t('aar.score.value', { score }) },
  ];

  const chart = chartOf(
    {
      series,
      decisions: timeline.decisions,
      delayed: timeline.delayed,
      decisionLabel,
      arrowDetail: arrowDetail(scenario, locale),
    },
    chartWords(locale),
  );

  const decisionsAt = (turn: number) =>
    timeline.decisions.filter((d) => d.turn === turn).map((d) => decisionLabel(d));
  const landingsAt = (turn: number) =>
    timeline.delayed
      .filter((a) => a.turn === turn && !a.lapsed)
      .map((a) => `${arrowDetail(scenario, locale)(a)} (${quarterLabel(a.decidedTurn, locale.language)})`);
  const table: DataTable = {
    caption: locale.t('aar.table.caption'),
    columns: [
      locale.t('aar.table.quarter'),
      ...METER_IDS.map((id) => meterName(locale, id)),
      locale.t('aar.harm.state'),
      locale.t('aar.harm.armed'),
      locale.t('aar.table.decisions'),
      locale.t('aar.table.delayed'),
    ],
    rows: series.turns.map((turn, i) => ({
      label: step(turn),
      cells: [
        ...METER_IDS.map((id) => String(Math.round(series.meters[id][i]!))),
        String(Math.round(series.harm.state[i]!)),
        String(Math.round(series.harm.armed[i]!)),
        (turn === 0 ? [] : decisionsAt(turn)).join(locale.t('aar.join')) || '—',
        landingsAt(turn).join(locale.t('aar.join')) || '—',
      ],
    })),
  };

  const first = (id: MeterId) => Math.round(series.meters[id][0]!);
  const final = (id: MeterId) => Math.round(series.meters[id].at(-1)!);
  const chartSummary = locale.t('aar.chart.summary', {
    security: `${first('security')} → ${final('security')}`,
    legitimacy: `${first('legitimacy')} → ${final('legitimacy')}`,
    harm: `${first('civilianHarm')} → ${final('civilianHarm')}`,
    decisions: timeline.decisions.length,
    delayed: timeline.delayed.filter((a) => !a.lapsed).length,
  });

  const { benchmarks, vanity, accountability, objectives } = scorecardSectionsOf(scorecard, scenario, locale);
  const drivers: DataTable = {
    caption: locale.t('aar.drivers.caption'),
    columns: [
      locale.t('aar.drivers.driver'),
      locale.t('aar.startShort'),
      locale.t('aar.drivers.end', { turn: quarterLabel(run.state.history.length, locale.language) }),
      ...(hasHandover ? [locale.t('aar.afterHandover')] : []),
    ],
    rows: scorecard.drivers.map((d) => ({
      label: `${locale.t(`aar.driver.${d.driver}`)}${d.shownDuringPlay ? ` (${locale.t('aar.drivers.shown')})` : ''}`,
      cells: [
        String(Math.round(d.start)),
        String(Math.round(d.end)),
        ...(hasHandover ? [String(Math.round(d.afterHandover ?? d.end))] : []),
      ],
    })),
  };

  const questions: QuestionView[] = data.questions.map((q) => ({
    text: renderQuestion(q, scenario, locale.language),
    origin: locale.t(q.kind === 'pack' ? 'aar.questions.pack' : 'aar.questions.generated'),
  }));

  const dissent = dissentOf(log, scenario, locale);

  const notes: NoteView[] = Object.entries(source.notes ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([quarter, text]) => ({ label: step(Number(quarter)), text }));

  const last = lastStep(run);
  const steps = Array.from({ length: last }, (_, i) => i + 1);
  const biggest = largestMovement(run);
  return {
    heading: locale.t('aar.heading', { scenario: locale.text(scenario.title) }),
    facts,
    endingTitle,
    endingText: ending ? locale.text(ending.text) : '',
    chart,
    chartTitle: locale.t('aar.chart.title'),
    chartCaption: locale.t('aar.chart.caption'),
    chartSummary,
    legend: [...chart.meters.lines, ...(chart.harm?.lines ?? [])].map((l) => ({ id: l.id, name: l.name })),
    table,
    score: {
      value: score,
      text: locale.t('aar.score.value', { score }),
      explanation: locale.t('aar.score.explanation', {
        points: scorecard.points,
        max: scorecard.maxPoints,
      }),
    },
    benchmarks,
    vanity,
    accountability,
    drivers,
    objectives,
    questions,
    dissent,
    notes,
    traceMeters: METER_IDS.map((id) => ({ value: id, label: meterName(locale, id) })),
    traceSteps: steps.map((turn) => ({ value: String(turn), label: step(turn) })),
    traceDefault: { meter: biggest?.meter ?? 'civilianHarm', from: 1, to: Math.max(1, last) },
    whatIfChoices: whatIfChoicesOf(log, scenario, locale),
    ...(data.code ? { code: data.code } : {}),
  };
}
