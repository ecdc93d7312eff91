import './facilitation.css';
import type { Locale } from '../../src/i18n/i18n';
import type { QuarterView, TimerView } from '../../src/view-model/quarter-view';
import { cardElement, type CardActions } from './cards';
import { h } from './dom';
import { newsSection, sidePanels } from './quarter-panels';
import { screen, section, type Screen } from './screen';

export interface TimerActions {
  readonly pause: () => void;
  readonly resume: () => void;
  readonly extend: () => void;
  readonly disable: () => void;
}

export interface TutorialView {
  readonly step: number;
  readonly tips: readonly string[];
  readonly next: () => void;
  readonly skip: () => void;
}

export interface QuarterActions extends CardActions {
  readonly endQuarter: () => void;
  readonly timer: TimerActions;
}

/** Group mode: the deliberation countdown and the facilitator's controls. */
export function timerPanel(timer: TimerView, locale: Locale, actions: TimerActions): HTMLElement {
  const button = (label: string, onClick: () => void) =>
    h('button', { attrs: { type: 'button' }, on: { click: onClick } }, label);
  return h(
    'div',
    { class: `timer timer-${timer.status}` },
    h('p', { class: 'timer-text', attrs: { role: 'timer' } }, timer.text),
    timer.status === 'running' ? button(locale.t('timer.pause'), actions.pause) : undefined,
    timer.status === 'paused' ? button(locale.t('timer.resume'), actions.resume) : undefined,
    timer.status !== 'expired' ? button(locale.t('timer.extend'), actions.extend) : undefined,
    timer.status !== 'expired' ? button(locale.t('timer.disable'), actions.disable) : undefined,
  );
}

function tutorialPanel(tutorial: TutorialView, locale: Locale): HTMLElement {
  const isLast = tutorial.step >= tutorial.tips.length - 1;
  return h(
    'aside',
    { class: 'tutorial', attrs: { 'aria-labelledby': 'tutorial-heading' } },
    h('h2', { id: 'tutorial-heading' }, locale.t('quarter.tutorial')),
    h(
      'p',
      { class: 'hint' },
      locale.t('quarter.tutorialStep', { step: tutorial.step + 1, steps: tutorial.tips.length }),
    ),
    h('p', { class: 'tutorial-tip' }, tutorial.tips[tutorial.step] ?? ''),
    h(
      'div',
      { class: 'actions' },
      isLast
        ? undefined
        : h(
            'button',
            { id: 'tutorial-next', attrs: { type: 'button' }, on: { click: tutorial.next } },
            locale.t('quarter.tutorialNext'),
          ),
      h(
        'button',
        { id: 'tutorial-skip', attrs: { type: 'button' }, on: { click: tutorial.skip } },
        locale.t(isLast ? 'quarter.tutorialDone' : 'quarter.tutorialSkip'),
      ),
    ),
  );
}

/** The quarter before deciding: meters, the news, the regions; then on to the decisions. */
export function newsScreen(view: QuarterView, locale: Locale, onContinue: () => void): Screen {
  return screen(
    `news:${view.turn}`,
    view.newsHeading,
    'quarter-screen news-screen',
    h(
      'div',
      { class: 'quarter-grid' },
      h(
        'div',
        { class: 'main-column' },
        newsSection(view, locale),
        view.crisis
          ? h(
              'p',
              { class: 'notice crisis-ahead' },
              locale.t('quarter.crisisAhead', { crisis: view.crisis.title }),
            )
          : undefined,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { class: 'primary', attrs: { type: 'button' }, on: { click: onContinue } },
            locale.t('quarter.toDecisions'),
          ),
        ),
      ),
      sidePanels(view, locale),
    ),
  );
}

/** The decisions of a quarter: the crisis, the hand of initiatives, "End quarter". */
export function quarterScreen(
  view: QuarterView,
  locale: Locale,
  actions: QuarterActions,
  tutorial: TutorialView | undefined,
): Screen {
  const endReasonId = 'end-quarter-reason';
  const decisions: HTMLElement[] = [];
  if (view.crisis)
    decisions.push(
      section('crisis', locale.t('quarter.crisis'), 'crisis', cardElement(view.crisis, actions)),
    );
  decisions.push(
    section(
      'initiatives',
      locale.t('quarter.initiatives'),
      'initiatives',
      h(
        'p',
        { class: 'hint' },
        locale.t('quarter.initiativesHint'),
        ' ',
        locale.t('quarter.capitalNow', { left: view.capital.value, total: view.capital.total }),
      ),
      actions.numberKeys ? h('p', { class: 'hint' }, locale.t('quarter.numberKeysHint')) : undefined,
      view.initiatives.length > 0
        ? h('div', { class: 'cards' }, ...view.initiatives.map((card) => cardElement(card, actions)))
        : h('p', {}, locale.t('quarter.noInitiatives')),
    ),
  );
  return screen(
    `deciding:${view.turn}`,
    view.heading,
    'quarter-screen',
    view.timer ? timerPanel(view.timer, locale, actions.timer) : undefined,
    tutorial ? tutorialPanel(tutorial, locale) : undefined,
    h(
      'div',
      { class: 'quarter-grid' },
      h(
        'div',
        { class: 'main-column' },
        newsSection(view, locale),
        ...decisions,
        h(
          'div',
          { class: 'actions end-quarter' },
          h(
            'button',
            {
              id: 'end-quarter',
              class: 'primary',
              attrs: {
                type: 'button',
                disabled: !view.canEndQuarter,
                'aria-describedby': view.endBlockedReason ? endReasonId : undefined,
              },
              on: { click: actions.endQuarter },
            },
            locale.t('quarter.end'),
          ),
          view.endBlockedReason
            ? h('p', { class: 'option-reason', id: endReasonId }, view.endBlockedReason)
            : undefined,
        ),
      ),
      sidePanels(view, locale),
    ),
  );
}
