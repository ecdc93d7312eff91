import type { Locale } from '../../src/i18n/i18n';
import type { QuarterView, TimerView } from '../../src/view-model/quarter-view';
import { cardElement, type CardActions } from './cards';
import { h } from './dom';
import { meterList } from './meters';
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

/** Meters, political capital and host consent: the left column of the news and quarter screens. */
function statusPanel(view: QuarterView, locale: Locale): HTMLElement {
  const gauge = (label: string, value: string) =>
    h('div', { class: 'gauge' }, h('dt', {}, label), h('dd', {}, value));
  return section(
    'status',
    locale.t('quarter.status'),
    'panel status',
    meterList(view.meters),
    h(
      'dl',
      { class: 'gauges' },
      gauge(view.capital.label, view.capital.valueText),
      gauge(view.consent.label, view.consent.valueText),
    ),
  );
}

function newsSection(view: QuarterView, locale: Locale): HTMLElement {
  const items = view.news.map((item) =>
    h(
      'li',
      { class: 'news-item' },
      h('h3', { class: 'news-title' }, item.title),
      h('p', {}, item.text),
      item.regionText ? h('p', { class: 'news-region' }, item.regionText) : undefined,
    ),
  );
  return section(
    'news',
    locale.t('quarter.news'),
    'panel news',
    items.length > 0 ? h('ul', { class: 'news-list' }, ...items) : h('p', {}, locale.t('quarter.noNews')),
  );
}

function ledgerSection(view: QuarterView, locale: Locale): HTMLElement {
  if (view.ledger === undefined)
    return section(
      'ledger',
      locale.t('ledger.heading'),
      'panel ledger',
      h('p', {}, locale.t('ledger.hidden')),
    );
  return section(
    'ledger',
    locale.t('ledger.heading'),
    'panel ledger',
    h('p', { class: 'hint' }, locale.t('ledger.hint')),
    view.ledger.length > 0
      ? h('ul', { class: 'ledger-list' }, ...view.ledger.map((item) => h('li', {}, item.text)))
      : h('p', {}, locale.t('ledger.empty')),
  );
}

function mapSection(view: QuarterView, locale: Locale): HTMLElement {
  return section(
    'regions',
    locale.t('map.heading'),
    'panel regions',
    h(
      'ul',
      { class: 'region-list' },
      ...view.regions.map((region) =>
        h(
          'li',
          { class: `region harm-${region.level}` },
          h('span', { class: 'region-text' }, region.text),
          region.incidentsText ? h('span', { class: 'region-incidents' }, region.incidentsText) : undefined,
        ),
      ),
    ),
  );
}

function sidePanels(view: QuarterView, locale: Locale): HTMLElement {
  return h(
    'div',
    { class: 'side' },
    statusPanel(view, locale),
    ledgerSection(view, locale),
    mapSection(view, locale),
  );
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
        view.capital.label,
        ': ',
        view.capital.valueText,
        '.',
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
