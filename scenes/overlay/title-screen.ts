import {
  formatUiString,
  LANGUAGE_NAMES,
  LANGUAGES,
  UI_STRINGS,
  type Language,
} from '../../src/i18n/ui-strings';

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
    const strings = UI_STRINGS[language];
    document.documentElement.lang = language;
    document.title = strings.title;
    heading.textContent = strings.title;
    subtitle.textContent = strings.subtitle;
    languageSwitch.setAttribute('aria-label', strings.languageGroup);
    for (const { language: own, button } of buttons)
      button.setAttribute('aria-pressed', String(own === language));
    preparing.textContent = strings.preparing;
    notice.textContent = formatUiString(strings.invalidParameter, { param: options.invalidParameter ?? '' });
    if (isUserChoice) announcer.textContent = strings.languageChanged;
  }

  root.replaceChildren(heading, subtitle, languageSwitch, preparing, notice);
  show(options.language, false);
}
