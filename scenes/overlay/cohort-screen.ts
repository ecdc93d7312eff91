import './facilitation.css';
import type { Locale } from '../../src/i18n/i18n';
import type { CohortView } from '../../src/view-model/cohort-view';
import { bar, chart, runsTable } from './cohort-parts';
import { h } from './dom';
import { screen, section, type Screen } from './screen';

/** What the cohort screen shows: the form always, then what is loading or loaded. */
export interface CohortScreenModel {
  readonly text: string;
  readonly isLoading: boolean;
  /** A message about the whole input (nothing found), said in an alert. */
  readonly message?: string;
  readonly view?: CohortView;
  /** Problems when no run loaded at all (otherwise they are in the view). */
  readonly problems?: readonly string[];
  readonly hideNames: boolean;
  readonly language: string;
}

export interface CohortActions {
  readonly setText: (text: string) => void;
  readonly load: () => void;
  readonly addFiles: (files: readonly File[]) => void;
  readonly clear: () => void;
  readonly setLabel: (code: string, label: string) => void;
  readonly setHideNames: (hide: boolean) => void;
  readonly print: () => void;
  readonly guide: () => void;
  readonly back: () => void;
}

const button = (id: string, label: string, onClick: () => void, className?: string) =>
  h(
    'button',
    { id, ...(className ? { class: className } : {}), attrs: { type: 'button' }, on: { click: onClick } },
    label,
  );

function inputForm(model: CohortScreenModel, locale: Locale, actions: CohortActions): HTMLElement {
  const textarea = h('textarea', {
    id: 'cohort-codes',
    attrs: { rows: 6, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'cohort-codes-hint' },
    on: { input: (event) => actions.setText((event.target as HTMLTextAreaElement).value) },
  });
  textarea.value = model.text;
  const files = h('input', {
    id: 'cohort-files',
    attrs: { type: 'file', multiple: true, accept: '.json,.txt,application/json,text/plain' },
    on: {
      change: (event) => {
        const list = (event.target as HTMLInputElement).files;
        if (list && list.length > 0) actions.addFiles([...list]);
      },
    },
  });
  const zone = h(
    'div',
    { class: 'cohort-drop' },
    h('label', { attrs: { for: 'cohort-codes' } }, locale.t('cohort.codes')),
    h(
      'p',
      { class: 'hint', id: 'cohort-codes-hint' },
      locale.t('cohort.codesHint'),
      ' ',
      locale.t('cohort.drop'),
    ),
    textarea,
    h('p', {}, h('label', { attrs: { for: 'cohort-files' } }, locale.t('cohort.files')), ' ', files),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('is-dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-dragging');
    const dropped = event.dataTransfer?.files;
    if (dropped && dropped.length > 0) actions.addFiles([...dropped]);
  });
  return section(
    'cohort-input',
    locale.t('cohort.inputHeading'),
    'panel cohort-input no-print',
    h('p', {}, locale.t('cohort.intro')),
    zone,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: 'cohort-load',
          class: 'primary',
          attrs: { type: 'button', disabled: model.isLoading },
          on: { click: actions.load },
        },
        locale.t('cohort.load'),
      ),
      model.view ? button('cohort-clear', locale.t('cohort.clear'), actions.clear) : undefined,
    ),
    model.isLoading ? h('p', { attrs: { role: 'status' } }, locale.t('cohort.loading')) : undefined,
  );
}

function results(
  view: CohortView,
  model: CohortScreenModel,
  locale: Locale,
  actions: CohortActions,
): (HTMLElement | undefined)[] {
  const hide = h('input', {
    id: 'cohort-hide-names',
    attrs: { type: 'checkbox', checked: model.hideNames },
    on: { change: (event) => actions.setHideNames((event.target as HTMLInputElement).checked) },
  });
  return [
    h('p', { class: 'lead', attrs: { role: 'status' } }, view.summary),
    view.problems.length > 0
      ? section(
          'cohort-problems',
          locale.t('cohort.problems'),
          'panel notice cohort-problems',
          h('ul', {}, ...view.problems.map((text) => h('li', {}, text))),
        )
      : undefined,
    h(
      'div',
      { class: 'actions no-print' },
      h('label', { class: 'cohort-switch' }, hide, locale.t('cohort.hideNames')),
      button('cohort-print', locale.t('cohort.print'), actions.print),
    ),
    section(
      'cohort-trajectories',
      locale.t('cohort.trajectories'),
      'panel cohort-trajectories',
      h('p', { class: 'hint' }, locale.t('cohort.trajectoriesHint')),
      h('div', { class: 'cohort-charts' }, ...view.charts.map(chart)),
    ),
    section(
      'cohort-questions',
      locale.t('cohort.questions'),
      'panel cohort-questions',
      view.questions.length > 0
        ? h('ol', {}, ...view.questions.map((text) => h('li', {}, text)))
        : h('p', {}, locale.t('cohort.noSplit')),
    ),
    section(
      'cohort-endings',
      locale.t('cohort.endings'),
      'panel cohort-endings',
      h(
        'ul',
        { class: 'tallies' },
        ...view.endings.map((ending) =>
          h(
            'li',
            {},
            h('span', { class: 'tally-label' }, ending.title),
            bar(ending.share),
            h('span', { class: 'tally-count' }, ending.text),
          ),
        ),
      ),
    ),
    view.divergent.length > 0
      ? section(
          'cohort-divergent',
          locale.t('cohort.divergent'),
          'panel cohort-divergent',
          h('ul', {}, ...view.divergent.map((d) => h('li', {}, h('strong', {}, d.name), ': ', d.text))),
        )
      : undefined,
    section(
      'cohort-runs',
      locale.t('cohort.runs'),
      'panel',
      h('p', { class: 'hint' }, locale.t('cohort.runsHint')),
      runsTable(view, model, locale, actions),
      view.notes.length > 0
        ? h(
            'div',
            {},
            h('h3', {}, locale.t('cohort.notes')),
            h('ul', {}, ...view.notes.map((n) => h('li', {}, n))),
          )
        : undefined,
    ),
    section(
      'cohort-decisions',
      locale.t('cohort.decisions'),
      'panel cohort-decisions',
      ...view.decisions.map((decision) =>
        h(
          'div',
          { class: 'cohort-decision' },
          h('h3', {}, decision.title),
          h('p', { class: 'hint' }, decision.kindText, ' · ', decision.offeredText),
          h(
            'ul',
            { class: 'tallies' },
            ...decision.options.map((option) =>
              h(
                'li',
                {},
                h('span', { class: 'tally-label' }, option.label),
                bar(option.share),
                h(
                  'span',
                  { class: 'tally-count' },
                  option.text,
                  option.votesText ? ` · ${option.votesText}` : '',
                ),
              ),
            ),
          ),
          decision.dissentText ? h('p', {}, decision.dissentText) : undefined,
        ),
      ),
    ),
  ];
}

/** The cohort debrief (DESIGN §5, §6): the codes box and "Load", then the group's runs compared. */
export function cohortScreen(model: CohortScreenModel, locale: Locale, actions: CohortActions): Screen {
  const view = model.view;
  return screen(
    'cohort',
    view?.heading ?? locale.t('cohort.screenHeading'),
    'cohort-screen facilitation-screen',
    inputForm(model, locale, actions),
    model.message ? h('p', { class: 'notice', attrs: { role: 'alert' } }, model.message) : undefined,
    model.problems && model.problems.length > 0
      ? h(
          'ul',
          { class: 'notice cohort-problems', attrs: { role: 'alert' } },
          ...model.problems.map((text) => h('li', {}, text)),
        )
      : undefined,
    ...(view ? results(view, model, locale, actions) : []),
    h(
      'div',
      { class: 'actions no-print' },
      button('cohort-guide', locale.t('cohort.guide'), actions.guide),
      button('cohort-back', locale.t('cohort.back'), actions.back),
    ),
  );
}
