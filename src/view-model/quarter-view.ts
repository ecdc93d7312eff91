import type { Scenario } from '../content/scenario.schema';
import type { DeliberationTimer } from '../flow/deliberation-timer';
import { isCrisisAnswered, type SessionContext } from '../flow/session-context';
import type { Locale } from '../i18n/i18n';
import { lookup } from '../sim/lookup';
import { listOffers, type Offer } from '../sim/offers';
import type { SimState } from '../sim/sim-state';
import { selectPendingLedger, type LedgerItem } from './ledger-view';
import { selectMapView, type RegionView } from './map-view';
import { readingOf, selectMeters, type MeterView } from './meters-view';

export interface OptionView {
  readonly decisionId: string;
  readonly optionId: string;
  /** The option's label: every choice's accessible name begins with it (DESIGN §5). */
  readonly label: string;
  /** "cost 2", or "cost 2, host consent −5": follows the label in the accessible name. */
  readonly costText: string;
  readonly cost: number;
  readonly consentCost: number;
  readonly isAvailable: boolean;
  /** Why it is unavailable, in words (the button's description). */
  readonly reason?: string;
  readonly isChosen: boolean;
}

export interface CardView {
  readonly decisionId: string;
  readonly kind: 'crisis' | 'initiative';
  readonly title: string;
  readonly prompt: string;
  readonly regionText?: string;
  readonly options: readonly OptionView[];
}

export interface NewsItemView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly regionText?: string;
}

export interface GaugeView {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

export interface TimerView {
  readonly status: 'running' | 'paused' | 'expired';
  readonly text: string;
}

export interface QuarterView {
  readonly heading: string;
  readonly newsHeading: string;
  readonly turn: number;
  readonly turns: number;
  readonly meters: readonly MeterView[];
  readonly capital: GaugeView & { readonly total: number };
  readonly consent: GaugeView;
  readonly news: readonly NewsItemView[];
  readonly crisis?: CardView;
  readonly initiatives: readonly CardView[];
  readonly canEndQuarter: boolean;
  /** Why the quarter cannot end yet (the crisis is unanswered). */
  readonly endBlockedReason?: string;
  /** Undefined on Hard (hidden). */
  readonly ledger?: readonly LedgerItem[];
  readonly regions: readonly RegionView[];
  /** Group mode's deliberation timer, when it runs. */
  readonly timer?: TimerView;
}

/** "2:05" from milliseconds, rounded up to the second. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function optionViews(offer: Offer, scenario: Scenario, locale: Locale): OptionView[] {
  const options = lookup(scenario).byCard.get(offer.decisionId);
  return offer.options.map((offered) => {
    const option = options?.get(offered.optionId);
    const costs = [locale.t('option.cost', { cost: offered.cost })];
    if (offered.consentCost > 0) costs.push(locale.t('option.consentCost', { cost: offered.consentCost }));
    return {
      decisionId: offer.decisionId,
      optionId: offered.optionId,
      label: option ? locale.text(option.label) : offered.optionId,
      costText: costs.join(', '),
      cost: offered.cost,
      consentCost: offered.consentCost,
      isAvailable: offered.available,
      ...(offered.reason ? { reason: locale.t(`option.reason.${offered.reason}`) } : {}),
      isChosen: offer.chosenOptionId === offered.optionId,
    };
  });
}

function regionText(scenario: Scenario, regionId: string | undefined, locale: Locale): string | undefined {
  const region = regionId === undefined ? undefined : scenario.regions.find((r) => r.id === regionId);
  return region ? locale.t('quarter.region', { region: locale.text(region.name) }) : undefined;
}

function cardViews(sim: SimState, scenario: Scenario, locale: Locale): CardView[] {
  const { cards } = lookup(scenario);
  return listOffers(sim, scenario).flatMap((offer): CardView[] => {
    const card = cards.get(offer.decisionId);
    if (!card) return [];
    const region = regionText(scenario, card.card.region, locale);
    return [
      {
        decisionId: offer.decisionId,
        kind: offer.kind,
        title: locale.text(card.card.title),
        prompt: locale.text(card.card.prompt),
        ...(region ? { regionText: region } : {}),
        options: optionViews(offer, scenario, locale),
      },
    ];
  });
}

/** This quarter's news items, in the order drawn. */
export function selectNews(sim: SimState, scenario: Scenario, locale: Locale): NewsItemView[] {
  const { incidents } = lookup(scenario);
  return sim.quarter.news.flatMap((id): NewsItemView[] => {
    const incident = incidents.get(id);
    if (!incident) return [];
    const region = regionText(scenario, incident.region, locale);
    return [
      {
        id,
        title: locale.text(incident.title),
        text: locale.text(incident.prompt),
        ...(region ? { regionText: region } : {}),
      },
    ];
  });
}

function timerView(timer: DeliberationTimer, locale: Locale): TimerView | undefined {
  const time = formatClock(timer.remainingMs);
  switch (timer.status) {
    case 'running':
      return { status: 'running', text: locale.t('timer.label', { time }) };
    case 'paused':
      return { status: 'paused', text: locale.t('timer.paused', { time }) };
    case 'expired':
      return { status: 'expired', text: locale.t('timer.expired') };
    default:
      return undefined;
  }
}

/** Host consent as shown beside political capital: rounded, with its move since the last quarter. */
function consentView(sim: SimState, scenario: Scenario, locale: Locale): GaugeView {
  const previous =
    sim.history.length === 0
      ? undefined
      : (sim.history.at(-2)?.drivers.consent ?? scenario.startingDrivers.consent);
  const { value, valueText } = readingOf(sim.drivers.consent, previous, locale);
  return { label: locale.t('quarter.consent'), value, valueText };
}

/** Everything the quarter screen shows while the trainee decides (and, from `news`, before). */
export function selectQuarterView(context: SessionContext, locale: Locale): QuarterView {
  const { sim, scenario } = context;
  const turn = sim.turn;
  const turns = sim.settings.turns;
  const cards = cardViews(sim, scenario, locale);
  const canEndQuarter = isCrisisAnswered(sim);
  const ledger = selectPendingLedger(sim, scenario, locale);
  const timer = timerView(context.timer, locale);
  const crisis = cards.find((card) => card.kind === 'crisis');
  return {
    heading: locale.t('quarter.heading', { turn, turns }),
    newsHeading: locale.t('quarter.newsHeading', { turn, turns }),
    turn,
    turns,
    meters: selectMeters(sim, scenario, locale),
    capital: {
      label: locale.t('quarter.capital'),
      value: sim.capital,
      total: scenario.capitalPerQuarter,
      valueText: locale.t('quarter.capitalLeft', { left: sim.capital, total: scenario.capitalPerQuarter }),
    },
    consent: consentView(sim, scenario, locale),
    news: selectNews(sim, scenario, locale),
    ...(crisis ? { crisis } : {}),
    initiatives: cards.filter((card) => card.kind === 'initiative'),
    canEndQuarter,
    ...(canEndQuarter ? {} : { endBlockedReason: locale.t('quarter.endBlocked') }),
    ...(ledger ? { ledger } : {}),
    regions: selectMapView(sim, scenario, locale),
    ...(timer ? { timer } : {}),
  };
}
