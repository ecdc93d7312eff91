import type { Benchmark, Scenario } from '../content/scenario.schema';
import type { SessionContext } from '../flow/session-context';
import type { Locale } from '../i18n/i18n';
import type { SimState } from '../sim/sim-state';

export interface BenchmarkView {
  readonly id: string;
  readonly term: Benchmark['term'];
  readonly termText: string;
  readonly title: string;
  readonly status: 'met' | 'missed' | 'open';
  readonly statusText: string;
}

export interface MandateChangeView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface ReviewView {
  readonly heading: string;
  readonly intro: string;
  readonly changes: readonly MandateChangeView[];
  readonly benchmarks: readonly BenchmarkView[];
  readonly continueLabel: string;
}

/**
 * Each benchmark as of the end of quarter `asOf`: met (and when), missed (its `by` quarter has passed), or
 * still open. A benchmark without `by` is due by the last quarter.
 */
export function benchmarkViews(
  sim: SimState,
  scenario: Scenario,
  asOf: number,
  locale: Locale,
): BenchmarkView[] {
  return scenario.benchmarks.map((benchmark) => {
    const met = sim.benchmarks[benchmark.id];
    const by = benchmark.by ?? sim.settings.turns;
    const status = met !== undefined ? 'met' : by <= asOf ? 'missed' : 'open';
    const statusText =
      status === 'met'
        ? locale.t('review.met', { turn: met ?? 0 })
        : status === 'missed'
          ? locale.t('review.missed', { turn: by })
          : benchmark.by === undefined
            ? locale.t('review.open')
            : locale.t('review.openBy', { turn: by });
    return {
      id: benchmark.id,
      term: benchmark.term,
      termText: locale.t(`review.term.${benchmark.term}`),
      title: locale.text(benchmark.title),
      status,
      statusText,
    };
  });
}

/** The mandate review after quarters 4 and 8: the Council's changes and the benchmark scorecard so far. */
export function selectReviewView(context: SessionContext, locale: Locale): ReviewView {
  const { sim, scenario } = context;
  const review = sim.reviews.at(-1);
  const turn = review?.turn ?? sim.turn - 1;
  const changes = (review?.changes ?? []).flatMap((id): MandateChangeView[] => {
    const change = scenario.mandateReviews.find((c) => c.id === id);
    return change ? [{ id, title: locale.text(change.title), text: locale.text(change.text) }] : [];
  });
  return {
    heading: locale.t('review.heading', { turn }),
    intro: locale.t('review.intro'),
    changes,
    benchmarks: benchmarkViews(sim, scenario, turn, locale),
    continueLabel: locale.t('review.continue', { turn: turn + 1 }),
  };
}
