import type { Scenario } from '../content/scenario.schema';
import { quarterLabel, signedWhole } from '../debrief/render-question';
import { whatIf } from '../debrief/what-if';
import type { Locale, MessageKey } from '../i18n/i18n';
import { lookup, optionOf } from '../sim/lookup';
import { METER_IDS } from '../sim/meters';
import type { SessionLog } from '../sim/replay';
import { chartOf, type ChartGeometry } from './debrief-chart';
import { chartWords } from './debrief-words';

export type WhatIfView =
  | {
      readonly ok: true;
      readonly heading: string;
      readonly change: string;
      readonly counts: string;
      readonly original: { readonly title: string; readonly chart: ChartGeometry };
      readonly alternative: { readonly title: string; readonly chart: ChartGeometry };
      /** The difference at hand-over (or at the last quarter), one line per meter. */
      readonly difference: readonly string[];
      /** Crises the what-if run answered by default, marked. */
      readonly defaulted: readonly string[];
      /** Inputs that no longer fit, with why. */
      readonly dropped: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

const label = (scenario: Scenario, decisionId: string, optionId: string | undefined, locale: Locale) => {
  if (optionId === undefined) return locale.t('aar.whatIf.notFunded');
  const option = optionOf(scenario, decisionId, optionId);
  return option ? locale.text(option.label) : optionId;
};

/**
 * Replays the run with the choice at log index `inputIndex` changed to `alternative` (`null`: not funded)
 * and says what changed: both trajectories, the inputs kept, replaced, dropped and added, the crises that
 * took their default answer, and the difference at the end.
 */
export function selectWhatIfView(
  log: SessionLog,
  scenario: Scenario,
  inputIndex: number,
  alternative: string | null,
  locale: Locale,
): WhatIfView {
  const result = whatIf(log, scenario, { inputIndex }, alternative);
  if (!result.ok) {
    const key = `aar.whatIf.refused.${result.reason}` as MessageKey;
    const text = locale.t(key);
    return { ok: false, message: text === key ? locale.t('aar.whatIf.refused.other') : text };
  }
  const { change, counts } = result;
  const q = (turn: number) => quarterLabel(turn, locale.language);
  const card = lookup(scenario).cards.get(change.decisionId);
  const words = chartWords(locale);
  const chart = (series: typeof result.original.series) => chartOf({ series }, words, true);
  const difference = result.difference.afterHandover ?? result.difference.lastQuarter;
  const at = locale.t(
    result.difference.afterHandover ? 'aar.whatIf.afterHandover' : 'aar.whatIf.lastQuarter',
  );
  const where = (reason: string | undefined) => {
    const key = `aar.whatIf.reason.${reason ?? 'other'}` as MessageKey;
    const text = locale.t(key);
    return text === key ? (reason ?? '') : text;
  };
  return {
    ok: true,
    heading: locale.t('aar.whatIf.resultHeading'),
    change: locale.t('aar.whatIf.change', {
      turn: q(change.turn),
      card: card ? locale.text(card.card.title) : change.decisionId,
      from: label(scenario, change.decisionId, change.from, locale),
      to: label(scenario, change.decisionId, change.to, locale),
    }),
    counts: locale.t('aar.whatIf.counts', {
      kept: counts.kept,
      replaced: counts.replaced,
      dropped: counts.dropped,
      added: counts.added,
    }),
    original: { title: locale.t('aar.whatIf.original'), chart: chart(result.original.series) },
    alternative: { title: locale.t('aar.whatIf.alternative'), chart: chart(result.alternative.series) },
    difference: METER_IDS.map((id) =>
      locale.t('aar.whatIf.difference', {
        meter: locale.t(`meter.${id}`),
        at,
        delta: signedWhole(difference[id]),
      }),
    ),
    defaulted: result.defaulted.map((d) =>
      locale.t('aar.whatIf.defaulted', {
        turn: q(d.turn),
        crisis: (() => {
          const crisis = lookup(scenario).cards.get(d.decisionId);
          return crisis ? locale.text(crisis.card.title) : d.decisionId;
        })(),
        option: label(scenario, d.decisionId, d.optionId, locale),
      }),
    ),
    dropped: result.inputs
      .filter((fate) => fate.fate === 'dropped')
      .map((fate) => {
        const input = fate.input;
        const what =
          input.type === 'option.chosen'
            ? label(scenario, input.decisionId, input.optionId, locale)
            : locale.t('aar.whatIf.otherInput');
        return locale.t('aar.whatIf.droppedLine', { turn: q(fate.turn), what, reason: where(fate.reason) });
      }),
  };
}
