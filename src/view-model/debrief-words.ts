// The review's shared words: step and quarter labels, card and option names, the chart's words.
import type { Scenario } from '../content/scenario.schema';
import { quarterLabel, signedWhole } from '../debrief/render-question';
import type { DelayedArrow } from '../debrief/timeline';
import type { Locale } from '../i18n/i18n';
import { lookup, optionOf } from '../sim/lookup';
import type { MeterId } from '../sim/meters';
import type { ChartWords } from './debrief-chart';

/** "a: b" / « a : b ». */
export const pair = (locale: Locale, a: string, b: string) => locale.t('aar.pair', { a, b });

/** A meter's name in the reader's language. */
export const meterName = (locale: Locale, meter: MeterId) => locale.t(`meter.${meter}`);

/** "Q5" / "T5"; 0 is the start and n + 1 the after-hand-over step. */
export function stepLabel(locale: Locale, turn: number, turns: number, hasHandover: boolean): string {
  if (turn === 0) return locale.t('aar.start');
  if (hasHandover && turn === turns + 1) return locale.t('aar.afterHandover');
  return quarterLabel(turn, locale.language);
}

export function cardTitle(scenario: Scenario, decisionId: string, locale: Locale): string {
  const card = lookup(scenario).cards.get(decisionId);
  return card ? locale.text(card.card.title) : decisionId;
}

export function optionLabel(
  scenario: Scenario,
  decisionId: string,
  optionId: string,
  locale: Locale,
): string {
  const option = optionOf(scenario, decisionId, optionId);
  return option ? locale.text(option.label) : optionId;
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
export function arrowDetail(scenario: Scenario, locale: Locale) {
  return (arrow: DelayedArrow) => {
    const label = optionLabel(scenario, arrow.decisionId, arrow.optionId, locale);
    if (arrow.lapsed || arrow.driver === undefined) return label;
    return pair(locale, label, `${locale.t(`aar.driver.${arrow.driver}`)} ${signedWhole(arrow.delta ?? 0)}`);
  };
}
