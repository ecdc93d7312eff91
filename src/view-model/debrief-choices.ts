// The review's lists of the log's choices: dissent recorded in votes, and the choices the what-if can change.
import type { Scenario } from '../content/scenario.schema';
import { quarterLabel } from '../debrief/render-question';
import type { Locale } from '../i18n/i18n';
import { lookup } from '../sim/lookup';
import type { SessionLog } from '../sim/replay';
import { cardTitle, optionLabel, pair } from './debrief-words';

export interface DissentView {
  readonly label: string;
  readonly chosen: string;
  readonly votes: string;
  readonly dissent: string;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface WhatIfChoiceView {
  /** The input's index in the log: the what-if's target. */
  readonly value: string;
  readonly label: string;
  readonly alternatives: readonly SelectOption[];
}

const NOT_FUNDED = '';

/** Decisions whose inputs carry votes (group mode), shown as dissent: who did not vote for the choice. */
export function dissentOf(log: SessionLog, scenario: Scenario, locale: Locale): DissentView[] {
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
export function whatIfChoicesOf(log: SessionLog, scenario: Scenario, locale: Locale): WhatIfChoiceView[] {
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
