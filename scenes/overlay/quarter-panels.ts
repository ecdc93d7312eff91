import type { Locale } from '../../src/i18n/i18n';
import type { QuarterView } from '../../src/view-model/quarter-view';
import { h } from './dom';
import { meterList } from './meters';
import { section } from './screen';
import { stageWindow } from './stage-window';

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

export function newsSection(view: QuarterView, locale: Locale): HTMLElement {
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
    stageWindow(),
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

export function sidePanels(view: QuarterView, locale: Locale): HTMLElement {
  return h(
    'div',
    { class: 'side' },
    statusPanel(view, locale),
    mapSection(view, locale),
    ledgerSection(view, locale),
  );
}
