import type { Locale } from '../../src/i18n/i18n';
import { h } from './dom';
import { screen, type Screen } from './screen';

/** While a pack and the game code load (and a resume replays its log). */
export function loadingScreen(locale: Locale): Screen {
  return screen(
    'loading',
    locale.t('app.title'),
    'loading-screen',
    h('p', { class: 'preparing' }, locale.t('app.loading')),
  );
}
