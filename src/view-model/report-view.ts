import type { SessionContext } from '../flow/session-context';
import type { Locale } from '../i18n/i18n';
import { lookup, optionOf } from '../sim/lookup';
import type { SimEvent } from '../sim/sim-events';
import { meterViews, initialMeters, type MeterView } from './meters-view';

/** An earlier decision whose consequences landed in this resolution, told as news. */
export interface DelayedNewsView {
  readonly key: string;
  readonly text: string;
}

export interface ReportView {
  readonly heading: string;
  /** The quarter just resolved. */
  readonly turn: number;
  readonly meters: readonly MeterView[];
  readonly delayed: readonly DelayedNewsView[];
  readonly benchmarks: readonly string[];
  readonly isSessionOver: boolean;
  readonly continueLabel: string;
  /** The one polite live-region announcement of this resolution (DESIGN §5). */
  readonly announcement: string;
}

type Landed = Extract<SimEvent, { type: 'effect.landed' }>;

/**
 * Delayed consequences of the trainee's own earlier decisions that landed now, one news item per decision,
 * naming it and the quarter it was taken (DESIGN §2: "the battalion equipped in Q2…"), in the order they
 * landed. Never the size or the sign: the meters tell what happened.
 */
export function delayedNews(
  events: readonly SimEvent[],
  context: SessionContext,
  locale: Locale,
): DelayedNewsView[] {
  const { scenario } = context;
  const seen = new Map<string, Landed>();
  const regions = new Map<string, string>();
  for (const event of events) {
    if (event.type !== 'effect.landed' || event.cause.kind !== 'delayed') continue;
    if (event.cause.decisionId === undefined) continue;
    const key = `${event.cause.turn}/${event.cause.decisionId}/${event.cause.sourceId}`;
    if (!seen.has(key)) seen.set(key, event);
    if (event.region !== undefined && !regions.has(key)) regions.set(key, event.region);
  }
  const { cards } = lookup(scenario);
  return [...seen.entries()].map(([key, event]) => {
    const decisionId = event.cause.decisionId ?? '';
    const card = cards.get(decisionId)?.card;
    const option = optionOf(scenario, decisionId, event.cause.sourceId);
    const regionId = regions.get(key) ?? card?.region;
    const region = scenario.regions.find((r) => r.id === regionId);
    const values = {
      option: option ? locale.text(option.label) : event.cause.sourceId,
      card: card ? locale.text(card.title) : decisionId,
      turn: event.cause.turn,
    };
    return {
      key,
      text: region
        ? locale.t('report.delayedItemRegion', { ...values, region: locale.text(region.name) })
        : locale.t('report.delayedItem', values),
    };
  });
}

/** The resolution report: how the meters moved, which earlier decisions acted, benchmarks met. */
export function selectReportView(context: SessionContext, locale: Locale): ReportView {
  const { sim, scenario, lastEvents } = context;
  const last = sim.history.at(-1);
  const turn = last?.turn ?? sim.turn;
  const before = sim.history.at(-2)?.report ?? initialMeters(scenario);
  const meters = meterViews(last?.report ?? sim.meters, before, locale);
  const delayed = delayedNews(lastEvents, context, locale);
  const benchmarks = lastEvents.flatMap((event) => {
    if (event.type !== 'benchmark.met') return [];
    const benchmark = scenario.benchmarks.find((b) => b.id === event.benchmarkId);
    return benchmark ? [locale.text(benchmark.title)] : [];
  });
  const isSessionOver = sim.status === 'ended';
  return {
    heading: locale.t('report.heading', { turn }),
    turn,
    meters,
    delayed,
    benchmarks,
    isSessionOver,
    continueLabel: locale.t(isSessionOver ? 'report.toEnding' : 'report.continue'),
    announcement: resolutionAnnouncement(turn, meters, delayed.length, locale),
  };
}

/** "Quarter 3 resolved. Security 54 of 100, down 3; Legitimacy …. One earlier decision acted." */
export function resolutionAnnouncement(
  turn: number,
  meters: readonly MeterView[],
  delayedCount: number,
  locale: Locale,
): string {
  const parts = meters
    .map((meter) => locale.t('announce.meter', { meter: meter.name, valueText: meter.valueText }))
    .join(locale.t('announce.separator'));
  if (delayedCount === 0) return locale.t('announce.resolution', { turn, meters: parts });
  if (delayedCount === 1) return locale.t('announce.resolutionDelayedOne', { turn, meters: parts });
  return locale.t('announce.resolutionDelayed', { turn, meters: parts, count: delayedCount });
}
