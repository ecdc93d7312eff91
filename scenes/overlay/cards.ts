import type { CardView, OptionView } from '../../src/view-model/quarter-view';
import { h, hiddenText, idOf } from './dom';
import { icon } from './icons';

export interface CardActions {
  readonly choose: (decisionId: string, optionId: string) => void;
  readonly withdraw: (decisionId: string) => void;
  /** Keys 1–4 choose a card's options while focus is inside it (a setting can turn them off). */
  readonly numberKeys: boolean;
  /** Group mode: a vote tally per option, typed by the facilitator (absent in solo mode). */
  readonly votes?: VoteActions;
}

export interface VoteActions {
  readonly get: (decisionId: string, optionId: string) => number | undefined;
  readonly set: (decisionId: string, optionId: string, count: number | undefined) => void;
  readonly label: (option: string) => string;
}

/** A small number field for the room's votes on one option; its name says which option. */
function tallyInput(option: OptionView, votes: VoteActions): HTMLElement {
  const count = votes.get(option.decisionId, option.optionId);
  const input = h('input', {
    id: idOf('votes', option.decisionId, option.optionId),
    attrs: {
      type: 'number',
      min: 0,
      max: 9999,
      step: 1,
      inputmode: 'numeric',
      'aria-label': votes.label(option.label),
    },
    on: {
      change: (event) => {
        const value = (event.target as HTMLInputElement).valueAsNumber;
        votes.set(
          option.decisionId,
          option.optionId,
          Number.isSafeInteger(value) && value >= 0 ? Math.min(value, 9999) : undefined,
        );
      },
    },
  });
  if (count !== undefined) input.value = String(count);
  return h('p', { class: 'vote-tally' }, input);
}

const optionId = (option: OptionView) => idOf('option', option.decisionId, option.optionId);

/**
 * One option as a real button whose accessible name begins with its label (DESIGN §5), then its cost.
 * Toggle (`aria-pressed`): pressing a funded initiative withdraws it; pressing the chosen crisis answer keeps
 * it (a crisis must be answered). Unavailable: `disabled`, with the reason as its description.
 */
function optionButton(option: OptionView, kind: CardView['kind'], actions: CardActions): HTMLElement {
  const tally = actions.votes && option.isAvailable ? tallyInput(option, actions.votes) : undefined;
  const reasonId = idOf('reason', option.decisionId, option.optionId);
  const press = () => {
    if (!option.isChosen) actions.choose(option.decisionId, option.optionId);
    else if (kind === 'initiative') actions.withdraw(option.decisionId);
  };
  const button = h(
    'button',
    {
      id: optionId(option),
      class: 'option',
      attrs: {
        type: 'button',
        'aria-pressed': String(option.isChosen),
        disabled: !option.isAvailable,
        'aria-describedby': option.reason ? reasonId : undefined,
      },
      on: { click: press },
    },
    icon('check', 'option-check'),
    h('span', { class: 'option-label' }, option.label),
    hiddenText(', '),
    h('span', { class: 'option-cost' }, option.costText),
  );
  return h(
    'li',
    { class: 'option-item' },
    button,
    tally,
    option.reason ? h('p', { class: 'option-reason', id: reasonId }, option.reason) : undefined,
  );
}

/** Keys 1–4 inside a card act on its options; they never act outside a card or in a text field. */
function onNumberKey(card: HTMLElement, actions: CardActions) {
  return (event: KeyboardEvent) => {
    if (!actions.numberKeys || event.altKey || event.ctrlKey || event.metaKey || !/^[1-4]$/.test(event.key))
      return;
    const buttons = [...card.querySelectorAll<HTMLButtonElement>('button.option')];
    const target = buttons[Number(event.key) - 1];
    if (!target || target.disabled) return;
    event.preventDefault();
    target.focus();
    target.click();
  };
}

/** A card (the crisis or an initiative) as a labelled group: title, prompt, region, options. */
export function cardElement(card: CardView, actions: CardActions): HTMLElement {
  const titleId = idOf('card', card.decisionId);
  const element = h(
    'div',
    { class: `card card-${card.kind}`, attrs: { role: 'group', 'aria-labelledby': titleId } },
    h('h3', { id: titleId, class: 'card-title' }, card.title),
    h('p', { class: 'card-prompt' }, card.prompt),
    card.regionText ? h('p', { class: 'card-region' }, card.regionText) : undefined,
    h('ul', { class: 'options' }, ...card.options.map((option) => optionButton(option, card.kind, actions))),
  );
  element.addEventListener('keydown', onNumberKey(element, actions));
  return element;
}
