// The scorecard in the reader's language: benchmarks by term, vanity and accountability indicators, objectives.
import type { Scenario } from '../content/scenario.schema';
import { quarterLabel } from '../debrief/render-question';
import { TERMS, type Scorecard } from '../debrief/scorecard';
import type { Locale, MessageKey } from '../i18n/i18n';
import { optionLabel } from './debrief-words';

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

/** The review's scorecard sections (the score itself and the drivers table stay in the review's view). */
export interface ScorecardSections {
  readonly benchmarks: readonly BenchmarkGroup[];
  readonly vanity: readonly IndicatorRow[];
  readonly accountability: readonly IndicatorRow[];
  readonly objectives: readonly ObjectiveView[];
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

/** The benchmarks met and missed by term, the vanity and accountability indicators, and the objectives. */
export function scorecardSectionsOf(
  scorecard: Scorecard,
  scenario: Scenario,
  locale: Locale,
): ScorecardSections {
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
  return { benchmarks, vanity, accountability, objectives };
}
