import './facilitation.css';
import type { FacilitatorGuide, GuideBlock } from '../../src/debrief/facilitator-guide';
import type { Locale } from '../../src/i18n/i18n';
import { h, idOf } from './dom';
import { screen, section, type Screen } from './screen';

export interface GuideScreenModel {
  readonly packs: readonly { readonly id: string; readonly title: string }[];
  readonly scenario: string;
  /** Undefined while the pack loads. */
  readonly guide?: FacilitatorGuide;
}

export interface GuideActions {
  readonly choose: (scenario: string) => void;
  readonly print: () => void;
  readonly cohort: () => void;
  readonly back: () => void;
}

function blockElement(block: GuideBlock, locale: Locale): HTMLElement {
  switch (block.kind) {
    case 'paragraph':
      return h('p', {}, block.text);
    case 'bullets':
      return h('ul', {}, ...block.items.map((text) => h('li', {}, text)));
    case 'steps':
      return h('ol', {}, ...block.items.map((text) => h('li', {}, text)));
    case 'plan':
      return h(
        'table',
        { class: 'guide-plan' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, locale.t('guide.plan.minutes')),
            h('th', { attrs: { scope: 'col' } }, locale.t('guide.plan.activity')),
          ),
        ),
        h(
          'tbody',
          {},
          ...block.rows.map((row) =>
            h('tr', {}, h('th', { attrs: { scope: 'row' } }, row.time), h('td', {}, row.activity)),
          ),
        ),
      );
    case 'prompts':
      return h(
        'ol',
        { class: 'guide-prompts' },
        ...block.prompts.map((prompt) =>
          h(
            'li',
            {},
            h('p', {}, h('strong', {}, prompt.question)),
            h('p', { class: 'guide-listen' }, locale.t('guide.listenFor')),
            h('ul', { class: 'guide-listen' }, ...prompt.listenFor.map((text) => h('li', {}, text))),
          ),
        ),
      );
  }
}

/** The printable facilitator guide of one pack (DESIGN §6). */
export function guideScreen(model: GuideScreenModel, locale: Locale, actions: GuideActions): Screen {
  const { guide } = model;
  const button = (id: string, label: string, onClick: () => void) =>
    h('button', { id, attrs: { type: 'button' }, on: { click: onClick } }, label);
  const picker = h(
    'fieldset',
    { class: 'choices no-print' },
    h('legend', {}, locale.t('guide.pack')),
    ...model.packs.map((pack) =>
      h(
        'div',
        { class: 'choice' },
        h(
          'label',
          {},
          h('input', {
            id: idOf('guide-pack', pack.id),
            attrs: { type: 'radio', name: 'guide-pack', value: pack.id, checked: pack.id === model.scenario },
            on: { change: () => actions.choose(pack.id) },
          }),
          ' ',
          pack.title,
        ),
      ),
    ),
  );
  return screen(
    'guide',
    guide?.title ?? locale.t('guide.heading'),
    'guide-screen facilitation-screen',
    picker,
    h('div', { class: 'actions no-print' }, button('guide-print', locale.t('guide.print'), actions.print)),
    guide
      ? h('p', { class: 'lead' }, guide.intro)
      : h('p', { attrs: { role: 'status' } }, locale.t('app.loading')),
    ...(guide?.sections ?? []).map((part) =>
      section(
        idOf('guide', part.id),
        part.heading,
        'panel guide-section',
        ...part.blocks.map((block) => blockElement(block, locale)),
      ),
    ),
    h(
      'div',
      { class: 'actions no-print' },
      button('guide-cohort', locale.t('guide.cohort'), actions.cohort),
      button('guide-back', locale.t('guide.back'), actions.back),
    ),
  );
}
