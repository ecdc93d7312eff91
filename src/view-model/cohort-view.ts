import type { Scenario } from '../content/scenario.schema';
import type { Cohort, CohortDecision } from '../debrief/cohort';
import type { CohortProblem, CohortRun } from '../debrief/cohort-decode';
import type { CohortInputProblem } from '../debrief/cohort-input';
import { shortCode } from '../debrief/cohort-input';
import type { Locale } from '../i18n/i18n';
import { lookup } from '../sim/lookup';
import { METER_IDS, type MeterId } from '../sim/meters';
import { stepLabel } from './debrief-chart';
import { chartWords } from './debrief-words';
import { afterColon } from './ending-view';

/** The chart's width in SVG units; its height is the 0–100 scale. */
export const CHART_WIDTH = 300;

export interface CohortChartView {
  readonly meter: MeterId;
  readonly name: string;
  /** What the chart shows, for assistive technology (the numbers are in the runs table). */
  readonly description: string;
  /** One polyline per run (`x,y x,y …`, y down from 100), in run order. */
  readonly runs: readonly { readonly points: string; readonly isDivergent: boolean }[];
  readonly mean: string;
  /**
   * The steps named along the bottom, `x` in chart units: the start, the quarters (every other one past ten
   * quarters, so the labels do not crowd) and the after-hand-over step, as the longest run has them.
   */
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
}

/** The values named up the side of every cohort chart (its height is the 0–100 scale). */
export const CHART_Y_TICKS = [0, 50, 100] as const;

export interface CohortOptionView {
  readonly label: string;
  readonly runs: number;
  /** "7 of 19 runs (2 by default)" */
  readonly text: string;
  /** 0–100: the bar's length. */
  readonly share: number;
  readonly votesText?: string;
}

export interface CohortDecisionView {
  readonly id: string;
  readonly title: string;
  readonly kindText: string;
  readonly offeredText: string;
  readonly options: readonly CohortOptionView[];
  readonly dissentText?: string;
}

export interface CohortRunRow {
  readonly code: string;
  readonly number: number;
  /** What the facilitator typed, or "" (hidden names show `Run N` instead). */
  readonly label: string;
  readonly name: string;
  readonly endingTitle: string;
  readonly finals: readonly number[];
  readonly lengthText: string;
}

export interface CohortView {
  readonly heading: string;
  readonly summary: string;
  readonly problems: readonly string[];
  readonly meterNames: readonly string[];
  readonly charts: readonly CohortChartView[];
  readonly endings: readonly {
    readonly title: string;
    readonly runs: number;
    readonly text: string;
    readonly share: number;
  }[];
  readonly decisions: readonly CohortDecisionView[];
  readonly divergent: readonly { readonly name: string; readonly text: string }[];
  readonly questions: readonly string[];
  readonly rows: readonly CohortRunRow[];
  /** Facilitator notes that came with JSON exports, per run and quarter. */
  readonly notes: readonly string[];
}

const round = (value: number) => Math.round(value);

/** A problem with one code or file, in the locale's words. */
export function problemText(problem: CohortProblem | CohortInputProblem, locale: Locale): string {
  const values = { subject: problem.subject, ...('values' in problem ? problem.values : {}) };
  const reason = locale.t(problem.key, values);
  return 'detail' in problem && problem.detail && problem.key === 'cohort.problem.invalid'
    ? `${reason} (${problem.detail})`
    : problem.key === 'cohort.problem.badFile' && problem.detail
      ? `${reason} (${problem.detail})`
      : reason;
}

function xTicks(cohort: Cohort, locale: Locale): CohortChartView['xTicks'] {
  const longest = cohort.runs.reduce<CohortRun | undefined>(
    (found, run) => (run.series.turns.length > (found?.series.turns.length ?? 0) ? run : found),
    undefined,
  );
  if (!longest) return [];
  const { series } = longest;
  const words = chartWords(locale);
  const last = series.turns.length - 1;
  const quarters = series.turns.length - 1 - (series.afterHandover ? 1 : 0);
  const every = quarters > 10 ? 2 : 1;
  return series.turns.flatMap((turn, index) =>
    index === 0 || (series.afterHandover && index === last) || turn % every === 0
      ? [{ x: Math.round(stepX(index, cohort.steps) * 10) / 10, label: stepLabel(series, index, words) }]
      : [],
  );
}

/** Where step `index` of `steps` sits across a chart, in chart units. */
const stepX = (index: number, steps: number): number => (steps > 1 ? (index * CHART_WIDTH) / (steps - 1) : 0);

function points(values: readonly number[], steps: number): string {
  return values.map((value, i) => `${stepX(i, steps).toFixed(1)},${(100 - value).toFixed(1)}`).join(' ');
}

function cardTitle(scenario: Scenario, decisionId: string, locale: Locale): string {
  const card = lookup(scenario).cards.get(decisionId)?.card;
  return card ? locale.text(card.title) : decisionId;
}

function optionLabel(
  scenario: Scenario,
  decisionId: string,
  optionId: string | null,
  locale: Locale,
): string {
  if (optionId === null) return locale.t('cohort.notFunded');
  const card = lookup(scenario).cards.get(decisionId)?.card;
  const option = card && 'options' in card ? card.options?.find((o) => o.id === optionId) : undefined;
  return option ? locale.text(option.label) : optionId;
}

function endingTitle(scenario: Scenario, endingId: string | undefined, locale: Locale): string {
  const ending = scenario.endings.find((e) => e.id === endingId);
  return ending ? locale.text(ending.title) : locale.t('cohort.unfinished');
}

/** A run's name in the room: the facilitator's label, or "Run N" (always when names are hidden). */
export function runName(
  number: number,
  label: string | undefined,
  hideNames: boolean,
  locale: Locale,
): string {
  const typed = label?.trim() ?? '';
  return hideNames || typed === '' ? locale.t('cohort.runNumber', { number }) : typed;
}

function decisionView(decision: CohortDecision, scenario: Scenario, locale: Locale): CohortDecisionView {
  return {
    id: decision.decisionId,
    title: cardTitle(scenario, decision.decisionId, locale),
    kindText: locale.t(decision.kind === 'crisis' ? 'cohort.kind.crisis' : 'cohort.kind.initiative', {
      turn: decision.firstTurn,
    }),
    offeredText: locale.t('cohort.offered', { count: decision.offered }),
    options: decision.options.map((option) => ({
      label: optionLabel(scenario, decision.decisionId, option.optionId, locale),
      runs: option.runs,
      text:
        option.defaulted > 0
          ? locale.t('cohort.optionRunsDefault', {
              count: option.runs,
              offered: decision.offered,
              defaulted: option.defaulted,
            })
          : locale.t('cohort.optionRuns', { count: option.runs, offered: decision.offered }),
      share: decision.offered === 0 ? 0 : round((100 * option.runs) / decision.offered),
      ...(decision.votesCast > 0 ? { votesText: locale.t('cohort.votes', { count: option.votes }) } : {}),
    })),
    ...(decision.votesCast > 0
      ? { dissentText: locale.t('cohort.dissent', { dissent: decision.dissent, cast: decision.votesCast }) }
      : {}),
  };
}

/**
 * A question for the room from a decision where the cohort split: who chose what, and how those runs
 * ended on average (civilian harm and legitimacy), so the room argues from its own runs.
 */
export function splitQuestion(decision: CohortDecision, scenario: Scenario, locale: Locale): string {
  const [first, second] = decision.options.filter((o) => o.runs >= 2);
  if (!first || !second) return '';
  return locale.t('cohort.question.split', {
    turn: decision.firstTurn,
    decision: cardTitle(scenario, decision.decisionId, locale),
    a: optionLabel(scenario, decision.decisionId, first.optionId, locale),
    b: optionLabel(scenario, decision.decisionId, second.optionId, locale),
    countA: first.runs,
    countB: second.runs,
    harmA: round(first.meanEnd.civilianHarm),
    harmB: round(second.meanEnd.civilianHarm),
    legitimacyA: round(first.meanEnd.legitimacy),
    legitimacyB: round(second.meanEnd.legitimacy),
  });
}

/** What the cohort screen shows: a pure function of the cohort, the problems, the labels and the switch. */
export function selectCohortView(
  cohort: Cohort,
  scenario: Scenario,
  problems: readonly (CohortProblem | CohortInputProblem)[],
  duplicates: number,
  labels: Readonly<Record<string, string>>,
  hideNames: boolean,
  locale: Locale,
): CohortView {
  const numberOf = new Map(cohort.runs.map((run, i) => [run.code, i + 1]));
  const nameOf = (code: string) => runName(numberOf.get(code) ?? 0, labels[code], hideNames, locale);
  const divergentCodes = new Set(cohort.divergent.map((d) => d.code));
  const runByCode = new Map<string, CohortRun>(cohort.runs.map((run) => [run.code, run]));
  const ticks = xTicks(cohort, locale);
  const charts = METER_IDS.map((meter): CohortChartView => {
    const name = locale.t(`meter.${meter}`);
    const last = cohort.mean[meter].at(-1) ?? 0;
    return {
      meter,
      name,
      description: locale.t('cohort.chartDescription', {
        meter: name,
        count: cohort.runs.length,
        start: round(cohort.mean[meter][0] ?? 0),
        end: round(last),
      }),
      runs: cohort.runs.map((run) => ({
        points: points(run.series.meters[meter], cohort.steps),
        isDivergent: divergentCodes.has(run.code),
      })),
      mean: points(cohort.mean[meter], cohort.steps),
      xTicks: ticks,
    };
  });
  const total = cohort.runs.length;
  return {
    heading: locale.t('cohort.heading', { scenario: locale.text(scenario.title) }),
    summary: [
      locale.t('cohort.loaded', { count: total }),
      problems.length > 0 ? locale.t('cohort.notLoaded', { count: problems.length }) : '',
      duplicates > 0 ? locale.t('cohort.duplicates', { count: duplicates }) : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
    problems: problems.map((problem) => problemText(problem, locale)),
    meterNames: METER_IDS.map((meter) => locale.t(`meter.${meter}`)),
    charts,
    endings: cohort.endings.map((ending) => ({
      title: endingTitle(scenario, ending.endingId, locale),
      runs: ending.runs,
      text: locale.t('cohort.endingRuns', { count: ending.runs, total }),
      share: total === 0 ? 0 : round((100 * ending.runs) / total),
    })),
    decisions: cohort.decisions.map((decision) => decisionView(decision, scenario, locale)),
    divergent: cohort.divergent.map((d) => {
      const run = runByCode.get(d.code)!;
      return {
        name: nameOf(d.code),
        text: locale.t('cohort.divergentText', {
          distance: round(d.distance),
          ending: afterColon(endingTitle(scenario, run.endingId, locale), locale),
        }),
      };
    }),
    questions: cohort.splits
      .map((decision) => splitQuestion(decision, scenario, locale))
      .filter((q) => q !== ''),
    notes: cohort.runs.flatMap((run) =>
      Object.entries(run.notes ?? {})
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .filter(([, text]) => text.trim() !== '')
        .map(([quarter, text]) => locale.t('cohort.notesOf', { name: nameOf(run.code), quarter, text })),
    ),
    rows: cohort.runs.map((run, i) => ({
      code: run.code,
      number: i + 1,
      label: labels[run.code] ?? '',
      name: nameOf(run.code),
      endingTitle: endingTitle(scenario, run.endingId, locale),
      finals: METER_IDS.map((meter) => round(run.series.meters[meter].at(-1) ?? 0)),
      lengthText: locale.t('cohort.length', {
        turns: run.log.turns,
        difficulty: locale.t(`title.difficulty.${run.log.difficulty}`),
      }),
    })),
  };
}

export { shortCode };
