import type { Scenario } from '../../src/content/scenario.schema';
import type { Locale } from '../../src/i18n/i18n';
import { selectGlossary, type GlossaryTerm } from '../../src/view-model/glossary-view';
import { TEXT_SIZES, type Settings } from '../../src/view-model/settings';
import { h } from './dom';

/**
 * Opens a modal <dialog> (Escape closes it natively). On close, focus goes back to the control that had it
 * (found again by id, since screens may have been redrawn meanwhile), else to `returnFocusId`. The dialog is
 * removed on close, so only one of each exists at a time.
 */
function openDialog(
  id: string,
  title: string,
  closeLabel: string,
  returnFocusId: string,
  ...content: Node[]
): void {
  document.getElementById(id)?.remove();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const headingId = `${id}-heading`;
  const dialog = h(
    'dialog',
    { id, class: 'dialog', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId }, title),
    ...content,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: () => dialog.close() } },
        closeLabel,
      ),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    (document.getElementById(opener) ?? document.getElementById(returnFocusId))?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  // Read from the top: the heading takes focus, not the Close button at the end.
  const heading = dialog.querySelector('h2');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

/**
 * Text size, high contrast, reduced motion, number keys, the help shortcut, sound levels and mute: applied
 * at once and kept.
 */
export function openSettingsDialog(
  locale: Locale,
  settings: Settings,
  update: (patch: Partial<Settings>) => void,
): void {
  const sizes = h(
    'fieldset',
    {},
    h('legend', {}, locale.t('settings.textSize')),
    ...TEXT_SIZES.map((size) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          attrs: { type: 'radio', name: 'text-size', value: size, checked: settings.textSize === size },
          on: { change: () => update({ textSize: size }) },
        }),
        ' ',
        locale.t(`settings.textSize.${size}`),
      ),
    ),
  );
  const toggle = (key: 'highContrast' | 'reducedMotion' | 'numberKeys' | 'helpKey', label: string) =>
    h(
      'label',
      { class: 'choice' },
      h('input', {
        attrs: { type: 'checkbox', checked: settings[key] },
        on: { change: (event) => update({ [key]: (event.target as HTMLInputElement).checked }) },
      }),
      ' ',
      label,
    );
  const level = (key: 'musicVolume' | 'effectsVolume', label: string) =>
    h(
      'label',
      { class: 'level' },
      h('span', {}, label),
      h('input', {
        id: `setting-${key}`,
        attrs: { type: 'range', min: '0', max: '100', step: '10', value: String(settings[key]) },
        on: { change: (event) => update({ [key]: Number((event.target as HTMLInputElement).value) }) },
      }),
    );
  const sound = h(
    'fieldset',
    {},
    h('legend', {}, locale.t('settings.sound')),
    level('musicVolume', locale.t('settings.musicVolume')),
    level('effectsVolume', locale.t('settings.effectsVolume')),
    h(
      'label',
      { class: 'choice' },
      h('input', {
        attrs: { type: 'checkbox', checked: settings.muted },
        on: { change: (event) => update({ muted: (event.target as HTMLInputElement).checked }) },
      }),
      ' ',
      locale.t('settings.muted'),
    ),
  );
  openDialog(
    'settings-dialog',
    locale.t('settings.heading'),
    locale.t('settings.close'),
    'open-settings',
    sizes,
    h(
      'div',
      { class: 'toggles' },
      toggle('highContrast', locale.t('settings.highContrast')),
      toggle('reducedMotion', locale.t('settings.reducedMotion')),
      toggle('numberKeys', locale.t('settings.numberKeys')),
      toggle('helpKey', locale.t('settings.helpKey')),
    ),
    sound,
  );
}

/** How to play and the glossary (political capital, the packs' shared glossary, the open pack's terms). */
export function openHelpDialog(
  locale: Locale,
  shared: readonly GlossaryTerm[],
  scenario: Scenario | undefined,
): void {
  const steps = (
    ['help.howTo.1', 'help.howTo.2', 'help.howTo.3', 'help.howTo.4', 'help.howTo.5'] as const
  ).map((key) => h('li', {}, locale.t(key)));
  const glossary = selectGlossary(shared, scenario, locale).flatMap((entry) => [
    h('dt', {}, entry.term),
    h('dd', {}, entry.definition),
  ]);
  openDialog(
    'help-dialog',
    locale.t('help.heading'),
    locale.t('help.close'),
    'open-help',
    h('h3', {}, locale.t('help.howTo')),
    h('ol', {}, ...steps),
    h('h3', {}, locale.t('help.glossary')),
    h('dl', { class: 'glossary' }, ...glossary),
  );
}
