import type { Locale } from '../../src/i18n/i18n';
import type { BriefingView } from '../../src/view-model/briefing-view';
import { h } from './dom';
import { icon } from './icons';
import { screen, section, type Screen } from './screen';
import { stageWindow } from './stage-window';

export interface BriefingActions {
  /** Whether the first quarter shows the pack's tips (the trainee can skip them). */
  readonly showTutorial: boolean;
  readonly setShowTutorial: (show: boolean) => void;
  readonly begin: () => void;
}

/** The briefing: situation, background, mandate, actors, the meters explained, the learning objectives. */
export function briefingScreen(view: BriefingView, locale: Locale, actions: BriefingActions): Screen {
  const text = (id: string, title: string, body: string) => section(id, title, 'panel', h('p', {}, body));
  const tutorial =
    view.tutorial.length > 0
      ? h(
          'p',
          { class: 'check' },
          h(
            'label',
            {},
            h('input', {
              id: 'show-tutorial',
              attrs: { type: 'checkbox', checked: actions.showTutorial },
              on: { change: (event) => actions.setShowTutorial((event.target as HTMLInputElement).checked) },
            }),
            ' ',
            locale.t('briefing.tutorial'),
          ),
        )
      : undefined;
  return screen(
    'briefing',
    view.heading,
    'briefing-screen',
    h(
      'div',
      { class: 'briefing-grid' },
      section(
        'situation',
        locale.t('briefing.situation'),
        'panel',
        stageWindow(),
        h('p', {}, view.situation),
      ),
      text('history', locale.t('briefing.history'), view.history),
      text('mandate', locale.t('briefing.mandate'), view.mandate),
      section(
        'actors',
        locale.t('briefing.actors'),
        'panel',
        // Numbered as the map's markers number them (the list's own numbers for screen readers).
        h(
          'ol',
          { class: 'actors' },
          ...view.actors.map((actor, index) =>
            h(
              'li',
              {},
              h('span', { class: 'actor-number', attrs: { 'aria-hidden': 'true' } }, String(index + 1)),
              h(
                'span',
                { class: 'actor-text' },
                h('strong', {}, actor.name),
                h('span', { class: 'actor-wants' }, actor.wants),
              ),
            ),
          ),
        ),
      ),
      section(
        'meters-explained',
        locale.t('briefing.meters'),
        'panel',
        h(
          'ul',
          { class: 'explained' },
          ...view.meters.map((meter) =>
            h(
              'li',
              { class: `meter-${meter.id}` },
              icon(meter.icon, 'meter-icon'),
              h('span', {}, meter.text),
            ),
          ),
          ...view.rules.map((rule) => h('li', {}, h('span', {}, rule))),
        ),
      ),
      section(
        'objectives',
        locale.t('briefing.objectives'),
        'panel',
        h('ul', {}, ...view.objectives.map((o) => h('li', {}, o))),
      ),
    ),
    tutorial,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { id: 'begin', class: 'primary', attrs: { type: 'button' }, on: { click: actions.begin } },
        locale.t('briefing.begin'),
      ),
    ),
  );
}
