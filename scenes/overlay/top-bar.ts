import type { Locale } from '../../src/i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../src/i18n/languages';
import { h } from './dom';

export interface TopBarActions {
  readonly setLanguage: (language: Language) => void;
  readonly openSettings: () => void;
  readonly openHelp: () => void;
}

/** The bar above every screen: the language switch (any moment, state kept), settings and help. */
export function topBar(locale: Locale, helpKey: boolean, actions: TopBarActions): HTMLElement[] {
  const languages = h(
    'div',
    { class: 'language-switch', attrs: { role: 'group', 'aria-label': locale.t('topBar.language') } },
    ...LANGUAGES.map((language) =>
      h(
        'button',
        {
          id: `language-${language}`,
          attrs: { type: 'button', lang: language, 'aria-pressed': String(language === locale.language) },
          on: { click: () => actions.setLanguage(language) },
        },
        LANGUAGE_NAMES[language],
      ),
    ),
  );
  return [
    h('span', { class: 'brand', attrs: { 'aria-hidden': 'true' } }, locale.t('app.title')),
    h(
      'div',
      { class: 'top-actions' },
      languages,
      h(
        'button',
        { id: 'open-settings', attrs: { type: 'button' }, on: { click: actions.openSettings } },
        locale.t('topBar.settings'),
      ),
      h(
        'button',
        {
          id: 'open-help',
          attrs: { type: 'button', 'aria-keyshortcuts': helpKey ? 'H' : undefined },
          on: { click: actions.openHelp },
        },
        locale.t(helpKey ? 'topBar.helpWithKey' : 'topBar.help'),
      ),
    ),
  ];
}
