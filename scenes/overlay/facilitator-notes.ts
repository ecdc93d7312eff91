import './facilitation.css';
import type { Locale } from '../../src/i18n/i18n';
import { h } from './dom';
import type { Screen } from './screen';

/**
 * Group mode: the facilitator's notes on one quarter, a labelled text box added to the results screen just
 * before its continue button. Saved when the box loses focus (or the page moves on).
 */
export function withNotesPanel(
  view: Screen,
  quarter: number,
  text: string,
  locale: Locale,
  save: (text: string) => void,
): Screen {
  const id = `facilitator-notes-${quarter}`;
  const box = h('textarea', {
    id,
    attrs: { rows: 3, 'aria-describedby': `${id}-hint` },
    on: { change: (event) => save((event.target as HTMLTextAreaElement).value) },
  });
  box.value = text;
  const panel = h(
    'div',
    { class: 'panel facilitator-notes' },
    h('label', { attrs: { for: id } }, locale.t('group.notes', { quarter })),
    h('p', { class: 'hint', id: `${id}-hint` }, locale.t('group.notesHint')),
    box,
  );
  const continueButton = view.element.querySelector('button.primary');
  const anchor = continueButton?.closest('.actions');
  if (anchor?.parentElement) anchor.parentElement.insertBefore(panel, anchor);
  else view.element.append(panel);
  return view;
}
