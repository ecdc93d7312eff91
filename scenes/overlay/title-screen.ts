import { createLocales } from '../../src/i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../src/i18n/languages';

const LOCALES = createLocales();

export interface TitleScreenOptions {
  language: Language;
  /** A Page URL parameter whose value was invalid; the title names it (DESIGN §5, Page URL). */
  invalidParameter?: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/**
 * Builds the DOM title screen into `root` and keeps `<html lang>` and its strings in the chosen language.
 * Text goes in through `textContent` only: nothing here is parsed as HTML.
 */
export function mountTitleScreen(
  root: HTMLElement,
  announcer: HTMLElement,
  options: TitleScreenOptions,
): void {
  const heading = element('h1');
  const subtitle = element('p', 'subtitle');
  const languageSwitch = element('div', 'language-switch');
  languageSwitch.setAttribute('role', 'group');
  const buttons = LANGUAGES.map((language) => {
    const button = element('button');
    button.type = 'button';
    button.lang = language; // a screen reader pronounces "Français" as French
    button.textContent = LANGUAGE_NAMES[language];
    button.addEventListener('click', () => show(language, true));
    languageSwitch.append(button);
    return { language, button };
  });
  const preparing = element('p', 'preparing');
  const notice = element('p', 'notice');
  notice.hidden = options.invalidParameter === undefined;

  function show(language: Language, isUserChoice: boolean): void {
    const { t } = LOCALES[language];
    document.documentElement.lang = language;
    document.title = t('app.title');
    heading.textContent = t('app.title');
    subtitle.textContent = t('app.subtitle');
    languageSwitch.setAttribute('aria-label', t('topBar.language'));
    for (const { language: own, button } of buttons)
      button.setAttribute('aria-pressed', String(own === language));
    preparing.textContent = t('title.noPacks');
    notice.textContent = t('title.invalidParameter', { param: options.invalidParameter ?? '' });
    if (isUserChoice) announcer.textContent = t('announce.language');
  }

  root.replaceChildren(heading, subtitle, languageSwitch, preparing, notice);
  show(options.language, false);
}
