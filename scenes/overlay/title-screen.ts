import type { Locale, MessageKey, MessageValues } from '../../src/i18n/i18n';
import type { SessionMode } from '../../src/flow/session-context';
import type { Difficulty } from '../../src/sim/sim-state';
import type { SavedOfferView } from '../../src/view-model/title-view';
import type { ScenarioIndexEntry } from '../scenario-index';
import { h, idOf } from './dom';
import { screen, section, type Screen } from './screen';

/** A message for the title, kept as a key so it follows a language switch. */
export interface Notice {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/** The deliberation times a facilitator can pick for group mode, in minutes. */
export const DELIBERATION_MINUTES = [1, 2, 3, 5, 8] as const;

/** What the title's new-session form holds. */
export interface TitleChoices {
  readonly scenario?: string;
  readonly mode: Exclude<SessionMode, 'course'>;
  readonly turns: 8 | 12;
  readonly difficulty: Difficulty;
  /** Group mode: the deliberation time per decision, set by the facilitator (default 3). */
  readonly deliberationMinutes?: number;
}

export interface TitleActions {
  readonly choose: (patch: Partial<TitleChoices>) => void;
  readonly start: () => void;
  readonly resume: () => void;
  readonly resumeBackup: () => void;
  /** The facilitator's tools (cohort debrief, guide); absent in course mode, where they are hidden. */
  readonly facilitation?: { readonly cohort: () => void; readonly guide: () => void };
}

export interface TitleModel {
  readonly packs: readonly ScenarioIndexEntry[];
  readonly choices: TitleChoices;
  readonly notices: readonly Notice[];
  readonly saved: SavedOfferView | undefined;
}

function radioGroup<T extends string | number>(
  name: string,
  legend: string,
  items: readonly { value: T; label: string; hint?: string; image?: string }[],
  selected: T | undefined,
  onChoose: (value: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: `choices choices-${name}` },
    h('legend', {}, legend),
    ...items.map((item) => {
      const id = idOf(name, String(item.value));
      const hintId = `${id}-hint`;
      return h(
        'div',
        { class: 'choice' },
        h(
          'label',
          {},
          h('input', {
            id,
            attrs: {
              type: 'radio',
              name,
              value: String(item.value),
              checked: item.value === selected,
              'aria-describedby': item.hint ? hintId : undefined,
            },
            on: { change: () => onChoose(item.value) },
          }),
          ' ',
          // Decorative: the label names the country; the map is described in the briefing.
          item.image
            ? h('img', { class: 'choice-image', attrs: { src: item.image, alt: '', width: 96, height: 72 } })
            : undefined,
          h('span', { class: 'choice-label' }, item.label),
        ),
        item.hint ? h('p', { class: 'choice-hint', id: hintId }, item.hint) : undefined,
      );
    }),
  );
}

function savedSection(saved: SavedOfferView, locale: Locale, actions: TitleActions): HTMLElement {
  if (saved.kind === 'resume') {
    return section(
      'saved',
      locale.t('title.saved'),
      'panel saved',
      h('p', {}, saved.summary),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { id: 'resume', class: 'primary', attrs: { type: 'button' }, on: { click: actions.resume } },
          locale.t('title.continue'),
        ),
      ),
    );
  }
  return section(
    'saved',
    locale.t('title.saved'),
    'panel saved problem',
    h('p', { class: 'notice', attrs: { role: 'alert' } }, saved.problem),
    saved.backup
      ? h(
          'div',
          { class: 'actions' },
          h('p', { class: 'hint' }, locale.t('save.backupHint'), ' ', saved.backup),
          h(
            'button',
            { id: 'resume-backup', attrs: { type: 'button' }, on: { click: actions.resumeBackup } },
            locale.t('save.useBackup'),
          ),
        )
      : h('p', {}, locale.t('save.noBackup')),
  );
}

/** The facilitator's entry points: the cohort debrief and the printable guide. */
function facilitationSection(open: NonNullable<TitleActions['facilitation']>, locale: Locale): HTMLElement {
  const button = (id: string, label: string, onClick: () => void) =>
    h('button', { id, attrs: { type: 'button' }, on: { click: onClick } }, label);
  return section(
    'facilitation',
    locale.t('title.facilitation'),
    'panel facilitation',
    h(
      'div',
      { class: 'actions' },
      button('open-cohort', locale.t('title.cohort'), open.cohort),
      button('open-guide', locale.t('title.guide'), open.guide),
    ),
  );
}

/** The title: notices, the saved session, and a new session (country, mode, length, difficulty). */
export function titleScreen(model: TitleModel, locale: Locale, actions: TitleActions): Screen {
  const { choices } = model;
  const notices = model.notices.map((notice) =>
    h('p', { class: 'notice' }, locale.t(notice.key, notice.values)),
  );
  const form =
    model.packs.length === 0
      ? h('p', { class: 'preparing' }, locale.t('title.noPacks'))
      : section(
          'new-session',
          locale.t('title.newSession'),
          'panel new-session',
          radioGroup(
            'scenario',
            locale.t('title.country'),
            model.packs.map((pack) => ({
              value: pack.id,
              label: locale.text(pack.title),
              hint: locale.text(pack.blurb),
              image: pack.thumbnail,
            })),
            choices.scenario,
            (scenario) => actions.choose({ scenario }),
          ),
          h(
            'div',
            { class: 'settings-row' },
            radioGroup(
              'mode',
              locale.t('title.mode'),
              [
                {
                  value: 'solo' as const,
                  label: locale.t('title.mode.solo'),
                  hint: locale.t('title.mode.solo.hint'),
                },
                {
                  value: 'group' as const,
                  label: locale.t('title.mode.group'),
                  hint: locale.t('title.mode.group.hint'),
                },
              ],
              choices.mode,
              (mode) => actions.choose({ mode }),
            ),
            radioGroup(
              'turns',
              locale.t('title.length'),
              [
                { value: 12 as const, label: locale.t('title.length.standard') },
                { value: 8 as const, label: locale.t('title.length.short') },
              ],
              choices.turns,
              (turns) => actions.choose({ turns }),
            ),
            radioGroup(
              'difficulty',
              locale.t('title.difficulty'),
              [
                {
                  value: 'normal' as const,
                  label: locale.t('title.difficulty.normal'),
                  hint: locale.t('title.difficulty.normal.hint'),
                },
                {
                  value: 'hard' as const,
                  label: locale.t('title.difficulty.hard'),
                  hint: locale.t('title.difficulty.hard.hint'),
                },
              ],
              choices.difficulty,
              (difficulty) => actions.choose({ difficulty }),
            ),
            choices.mode === 'group'
              ? radioGroup(
                  'deliberation',
                  locale.t('group.deliberation'),
                  DELIBERATION_MINUTES.map((minutes) => ({
                    value: minutes,
                    label: locale.t('group.minutes', { minutes }),
                  })),
                  choices.deliberationMinutes ?? 3,
                  (deliberationMinutes) => actions.choose({ deliberationMinutes }),
                )
              : undefined,
          ),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              { id: 'start', class: 'primary', attrs: { type: 'button' }, on: { click: actions.start } },
              locale.t('title.start'),
            ),
          ),
        );
  return screen(
    'title',
    locale.t('app.title'),
    'title-screen',
    h('p', { class: 'subtitle' }, locale.t('app.subtitle')),
    ...notices,
    model.saved ? savedSection(model.saved, locale, actions) : undefined,
    form,
    actions.facilitation ? facilitationSection(actions.facilitation, locale) : undefined,
  );
}
