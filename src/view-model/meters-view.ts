import type { Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';
import { METER_IDS, METER_POLARITY, type MeterId } from '../sim/meters';
import { initialState, type SimState } from '../sim/sim-state';

export type MeterValues = Readonly<Record<MeterId, number>>;

/** Whether a meter rose, fell or held between two readings (in whole points, as shown); `none`: no earlier reading. */
export type Trend = 'up' | 'down' | 'steady' | 'none';

/** The icon beside each meter (shape as well as colour: DESIGN §7). */
export const METER_ICONS = {
  security: 'shield',
  legitimacy: 'scales',
  civilianHarm: 'people',
} as const satisfies Record<MeterId, string>;
export type MeterIcon = (typeof METER_ICONS)[MeterId];

export interface MeterView {
  readonly id: MeterId;
  /** The accessible name, exactly as DESIGN §5 gives it (Security… / Sécurité…). */
  readonly name: string;
  /** Rounded to a whole point: the sim keeps full values, the screen shows these. */
  readonly value: number;
  /** `value` minus the previous reading's rounded value; absent without a previous reading. */
  readonly delta?: number;
  readonly trend: Trend;
  /** Whether the move is good news given the meter's polarity (civilian harm going up is not). */
  readonly assessment: 'better' | 'worse' | 'same' | 'none';
  /** The meter's `aria-valuetext`, e.g. "54 of 100, down 3". */
  readonly valueText: string;
  /** The move in words for sighted readers beside the arrow: "better", "worse", "no change". */
  readonly assessmentText: string;
  readonly icon: MeterIcon;
}

const startingMeters = new WeakMap<Scenario, MeterValues>();

/** The meters at quarter 0 (equal to their targets, DESIGN §3); they do not depend on seed or length. */
export function initialMeters(scenario: Scenario): MeterValues {
  let meters = startingMeters.get(scenario);
  if (!meters) {
    meters = initialState(scenario, { turns: scenario.turns, difficulty: 'normal', seed: 'start' }).meters;
    startingMeters.set(scenario, meters);
  }
  return meters;
}

/**
 * What the trainee is told: the latest report (noisy on Hard) and the one before it. Before the first
 * resolution the meters are their starting values and there is nothing to compare with.
 */
export function reportedMeters(
  sim: SimState,
  scenario: Scenario,
): { current: MeterValues; previous?: MeterValues } {
  const { history } = sim;
  const last = history.at(-1);
  if (!last) return { current: sim.meters };
  const before = history.at(-2);
  return { current: last.report, previous: before ? before.report : initialMeters(scenario) };
}

/**
 * A 0–100 reading in words, rounded, with its move since `previous` in whole points as shown:
 * "54 of 100, down 3" (the meters' `aria-valuetext`; host consent reads the same way).
 */
export function readingOf(
  current: number,
  previous: number | undefined,
  locale: Locale,
): { value: number; delta?: number; trend: Trend; valueText: string } {
  const value = Math.round(current);
  if (previous === undefined)
    return { value, trend: 'none', valueText: locale.t('meter.valueText', { value }) };
  const delta = value - Math.round(previous);
  if (delta > 0)
    return { value, delta, trend: 'up', valueText: locale.t('meter.valueTextUp', { value, delta }) };
  if (delta < 0)
    return {
      value,
      delta,
      trend: 'down',
      valueText: locale.t('meter.valueTextDown', { value, delta: -delta }),
    };
  return { value, delta, trend: 'steady', valueText: locale.t('meter.valueTextSteady', { value }) };
}

/** One meter, rounded, with its trend, whether that is good news, and its `aria-valuetext`. */
export function meterView(
  id: MeterId,
  current: number,
  previous: number | undefined,
  locale: Locale,
): MeterView {
  const reading = readingOf(current, previous, locale);
  const rising = METER_POLARITY[id] === 'higherIsBetter';
  const assessment =
    reading.delta === undefined
      ? 'none'
      : reading.delta === 0
        ? 'same'
        : reading.delta > 0 === rising
          ? 'better'
          : 'worse';
  return {
    id,
    name: locale.t(`meter.${id}`),
    ...reading,
    assessment,
    assessmentText: assessment === 'none' ? '' : locale.t(`meter.${assessment}`),
    icon: METER_ICONS[id],
  };
}

/** The three meters, in the order of DESIGN §5. */
export function meterViews(
  current: MeterValues,
  previous: MeterValues | undefined,
  locale: Locale,
): MeterView[] {
  return METER_IDS.map((id) => meterView(id, current[id], previous?.[id], locale));
}

/** The three meters as the quarter screen shows them. */
export function selectMeters(sim: SimState, scenario: Scenario, locale: Locale): MeterView[] {
  const { current, previous } = reportedMeters(sim, scenario);
  return meterViews(current, previous, locale);
}
