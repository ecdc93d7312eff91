import type { Scenario } from '../content/scenario.schema';
import type { Sources } from '../content/sources';
import { traceMeter, largestMovement, type TraceCitation } from '../debrief/causal-trace';
import { questionsOf, type DebriefQuestion } from '../debrief/questions';
import { describeCause, quarterLabel, renderQuestion, signedWhole } from '../debrief/render-question';
import { debriefRunOf, lastStep, type DebriefRun } from '../debrief/run';
import type { RunNotes } from '../debrief/run-export';
import { scorecardOf, TERMS, type Scorecard } from '../debrief/scorecard';
import { timelineOf, type DecisionMarker, type DelayedArrow, type Timeline } from '../debrief/timeline';
import type { Locale, MessageKey } from '../i18n/i18n';
import { lookup, optionOf } from '../sim/lookup';
import { METER_IDS, type MeterId } from '../sim/meters';
import type { SessionLog } from '../sim/replay';
import { encodeRunCode } from '../sim/run-code';
import { chartOf, type ChartGeometry, type ChartWords, type LineId } from './debrief-chart';

/** What the after-action review of one run is drawn from: its log and pack, and what came with it. */
export interface DebriefSource {
  readonly log: SessionLog;
  readonly scenario: Scenario;
  /** `scenarios/sources.yaml` as data, for the full references (without it a citation shows its code). */
  readonly sources?: Sources;
  /** Facilitator notes from a JSON export, by quarter number. */
  readonly notes?: RunNotes;
}

/** The derived data of a run, computed once per log (the view is redrawn on every language switch). */
export interface DebriefData {
  readonly run: DebriefRun;
  readonly timeline: Timeline;
  readonly scorecard: Scorecard;
  readonly questions: readonly DebriefQuestion[];
  readonly code?: string;
}

const dataCache = new WeakMap<SessionLog, DebriefData>();

/** Replays the log once and derives the timeline and the scorecard (cached by log object). */
export function debriefDataOf(log: SessionLog, scenario: Scenario): DebriefData {
  const cached = dataCache.get(log);
  if (cached) return cached;
  const run = debriefRunOf(log, scenario);
  let code: string | undefined;
  try {
    code = encodeRunCode(log, scenario);
  } catch {
    code = undefined;
  }
  const data = {
    run,
    timeline: timelineOf(run, scenario),
    scorecard: scorecardOf(run, scenario),
    questions: questionsOf(run, scenario),
    ...(code ? { code } : {}),
  };
  dataCache.set(log, data);
  return data;
}

export interface Fact {
  readonly term: string;
  readonly value: string;
}

export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

export interface BenchmarkGroup {
  readonly term: string;
  readonly summary: string;
  readonly items: readonly { readonly title: string; readonly status: string; readonly met: boolean }[];
}

export interface IndicatorRow {
  readonly name: string;
  readonly value: string;
  readonly detail: string;
}

export interface ObjectiveView {
  readonly text: string;
  readonly status: string;
  readonly choices: readonly string[];
}

export interface QuestionView {
  readonly text: string;
  readonly origin: string;
}

export interface DissentView {
  readonly label: string;
  readonly chosen: string;
  readonly votes: string;
  readonly dissent: string;
}

export interface NoteView {
  readonly label: string;
  readonly text: string;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
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

export interface TraceSelection {
  readonly meter: MeterId;
  readonly from: number;
  readonly to: number;
}

export interface WhatIfChoiceView {
  /** The input's index in the log: the what-if's target. */
  readonly value: string;
  readonly label: string;
  readonly alternatives: readonly SelectOption[];
}

const NOT_FUNDED = '';

/** "a: b" / « a : b ». */
const pair = (locale: Locale, a: string, b: string) => locale.t('aar.pair', { a, b });

/** A meter's name in the reader's language. */
const meterName = (locale: Locale, meter: MeterId) => locale.t(`meter.${meter}`);

/** "Q5" / "T5"; 0 is the start and n + 1 the after-hand-over step. */
export function stepLabel(locale: Locale, turn: number, turns: number, hasHandover: boolean): string {
  if (turn === 0) return locale.t('aar.start');
  if (hasHandover && turn === turns + 1) return locale.t('aar.afterHandover');
  return quarterLabel(turn, locale.language);
}

function cardTitle(scenario: Scenario, decisionId: string, locale: Locale): string {
  const card = lookup(scenario).cards.get(decisionId);
  return card ? locale.text(card.card.title) : decisionId;
}

function optionLabel(scenario: Scenario, decisionId: string, optionId: string, locale: Locale): string {
  const option = optionOf(scenario, decisionId, optionId);
  return option ? locale.text(option.label) : optionId;
}

/** An output counter's name: known ones are translated, others read from their id. */
function counterName(locale: Locale, counter: string): string {
  const key = `aar.output.${counter}` as MessageKey;
  const text = locale.t(key);
  return text === key ? counter.replace(/-/g, ' ') : text;
}

/** A stance tag's name ("capacity first"); an unknown one reads from its id. */
function stanceName(locale: Locale, stance: string): string {
  const key = `aar.stance.${stance}` as MessageKey;
  const text = locale.t(key);
  return text === key ? stance.replace(/-/g, ' ') : text;
}

/** The chart's words in the reader's language. */
export function chartWords(locale: Locale): ChartWords {
  const q = (turn: number) => quarterLabel(turn, locale.language);
  return {
    xLabel: locale.t('aar.chart.xLabel'),
    yLabel: locale.t('aar.chart.yLabel'),
    harmLabel: locale.t('aar.chart.harmLabel'),
    start: locale.t('aar.startShort'),
    quarter: q,
    afterHandover: locale.t('aar.afterHandover'),
    afterHandoverShort: locale.t('aar.afterHandoverShort'),
    join: locale.t('aar.join'),
    lineNames: {
      security: meterName(locale, 'security'),
      legitimacy: meterName(locale, 'legitimacy'),
      civilianHarm: meterName(locale, 'civilianHarm'),
      harmState: locale.t('aar.harm.state'),
      harmArmed: locale.t('aar.harm.armed'),
    },
    decisions: (turn, labels) =>
      locale.t('aar.chart.decisions', { turn: q(turn), list: labels.join(locale.t('aar.join')) }),
    arrow: (from, to, count, lapsed, detail) =>
      locale.t(lapsed ? 'aar.chart.arrowLapsed' : 'aar.chart.arrow', {
        from: q(from),
        to: to > 0 ? q(to) : '',
        count,
        detail,
      }),
  };
}

/** "legitimacy −3" for an arrow's tooltip (drivers are named in the review's words). */
function arrowDetail(scenario: Scenario, locale: Locale) {
  return (arrow: DelayedArrow) => {
    const label = optionLabel(scenario, arrow.decisionId, arrow.optionId, locale);
    if (arrow.lapsed || arrow.driver === undefined) return label;
    return pair(locale, label, `${locale.t(`aar.driver.${arrow.driver}`)} ${signedWhole(arrow.delta ?? 0)}`);
  };
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

  const benchmarks: BenchmarkGroup[] = TERMS.filter((term) => scorecard.byTerm[term].total > 0).map(
    (term) => ({
      term: locale.t(`review.term.${term}`),
      summary: locale.t('aar.benchmarks.count', {
        met: scorecard.byTerm[term].met,
        total: scorecard.byTerm[term].total,
      }),
      items: scorecard.benchmarks[term].map((outcome) => {
        const benchmark = scenario.benchmarks.find((b) => b.id === outcome.id);
        return {
          title: benchmark ? locale.text(benchmark.title) : outcome.id,
          status: outcome.met
            ? locale.t('review.met', { turn: outcome.turn ?? 0 })
            : locale.t('review.missed', { turn: outcome.by }),
          met: outcome.met,
        };
      }),
    }),
  );

  const vanity: IndicatorRow[] = scorecard.vanity.map((v) => ({
    name: counterName(locale, v.counter),
    value: v.value.toLocaleString(locale.language),
    detail: locale.list(
      v.from.map(
        (f) =>
          `${optionLabel(scenario, f.decisionId, f.optionId, locale)} (${quarterLabel(f.turn, locale.language)})`,
      ),
    ),
  }));
  const change = (start: number, end: number, after?: number) =>
    after === undefined
      ? locale.t('aar.driverChange', { start: Math.round(start), end: Math.round(end) })
      : locale.t('aar.driverChangeAfter', {
          start: Math.round(start),
          end: Math.round(end),
          after: Math.round(after),
        });
  const accountability: IndicatorRow[] = [
    ...scorecard.accountability.map((d) => ({
      name: locale.t(`aar.driver.${d.driver}`),
      value: String(Math.round(d.afterHandover ?? d.end)),
      detail: change(d.start, d.end, d.afterHandover),
    })),
    {
      name: locale.t('aar.harm.state'),
      value: String(Math.round(scorecard.harmByState.afterHandover ?? scorecard.harmByState.end)),
      detail: change(
        scorecard.harmByState.start,
        scorecard.harmByState.end,
        scorecard.harmByState.afterHandover,
      ),
    },
  ];
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

  const objectives: ObjectiveView[] = scorecard.objectives.map((o) => {
    const stances = Object.entries(o.stances)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stance, count]) => `${count} × ${stanceName(locale, stance)}`);
    return {
      text: locale.text(o.text),
      status: o.exercised
        ? locale.t('aar.objective.exercised', {
            count: o.choices.length,
            stances: locale.list(stances) || '—',
          })
        : locale.t('aar.objective.notExercised'),
      choices: o.choices.map(
        (c) =>
          `${optionLabel(scenario, c.decisionId, c.optionId, locale)} (${quarterLabel(c.turn, locale.language)})${
            c.defaulted ? ` (${locale.t('aar.defaulted')})` : ''
          }`,
      ),
    };
  });

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

/** Decisions whose inputs carry votes (group mode), shown as dissent: who did not vote for the choice. */
function dissentOf(log: SessionLog, scenario: Scenario, locale: Locale): DissentView[] {
  let turn = 1;
  const views: DissentView[] = [];
  for (const input of log.inputs) {
    if (input.type === 'turn.ended') turn++;
    if (input.type !== 'option.chosen' || input.votes === undefined) continue;
    const entries = Object.entries(input.votes).sort(([, a], [, b]) => b - a);
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    const against = total - (input.votes[input.optionId] ?? 0);
    views.push({
      label: `${quarterLabel(turn, locale.language)} · ${cardTitle(scenario, input.decisionId, locale)}`,
      chosen: optionLabel(scenario, input.decisionId, input.optionId, locale),
      votes: locale.list(
        entries.map(([optionId, n]) =>
          locale.t('aar.dissent.vote', {
            option: optionLabel(scenario, input.decisionId, optionId, locale),
            count: n,
          }),
        ),
      ),
      dissent: locale.t('aar.dissent.count', { against, total }),
    });
  }
  return views;
}

/** Every choice of the log the what-if can change, with the card's other options (and "not funded"). */
function whatIfChoicesOf(log: SessionLog, scenario: Scenario, locale: Locale): WhatIfChoiceView[] {
  let turn = 1;
  const choices: WhatIfChoiceView[] = [];
  log.inputs.forEach((input, index) => {
    if (input.type === 'turn.ended') turn++;
    if (input.type !== 'option.chosen') return;
    const card = lookup(scenario).cards.get(input.decisionId);
    if (!card) return;
    const others = card.card.options.filter((o) => o.id !== input.optionId);
    choices.push({
      value: String(index),
      label: `${quarterLabel(turn, locale.language)} · ${pair(locale, locale.text(card.card.title), optionLabel(scenario, input.decisionId, input.optionId, locale))}`,
      alternatives: [
        ...others.map((o) => ({ value: o.id, label: locale.text(o.label) })),
        ...(card.kind === 'initiative'
          ? [{ value: NOT_FUNDED, label: locale.t('aar.whatIf.notFunded') }]
          : []),
      ],
    });
  });
  return choices;
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
