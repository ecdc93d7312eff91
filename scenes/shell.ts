import type { Scenario } from '../src/content/scenario.schema';
import { createLocales, type Locale } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/languages';
import type { SettingsStore } from '../src/ports';
import { glossaryTerms, type GlossaryTerm } from '../src/view-model/glossary-view';
import { loadSharedGlossary } from './adapters/packs';
import type { Settings } from '../src/view-model/settings';
import { openHelpDialog, openSettingsDialog } from './overlay/dialogs';
import type { Screen } from './overlay/screen';
import { topBar } from './overlay/top-bar';

export interface ShellElements {
  readonly topBar: HTMLElement;
  readonly main: HTMLElement;
  readonly announcer: HTMLElement;
}

/** The packs' shared glossary, fetched the first time help opens (the first screen does not need it). */
async function readSharedGlossary(): Promise<GlossaryTerm[]> {
  try {
    return glossaryTerms(await loadSharedGlossary());
  } catch (error) {
    console.info('The shared glossary could not be loaded; help shows the pack’s own terms.', error);
    return []; // help still opens, with the interface's own term and the pack's
  }
}

/**
 * What every screen shares: the top bar, one screen at a time in <main> (with focus moved to each new
 * screen's heading), the live region, the language (switchable at any moment: the screen is redrawn from
 * the same state), the settings, and the help and settings dialogs.
 */
export class Shell {
  private readonly locales = createLocales();
  private render: (() => Screen) | undefined;
  private mountedKey: string | undefined;
  private sharedGlossary: GlossaryTerm[] | undefined;
  private readonly settingsListeners: ((settings: Settings) => void)[] = [];
  /** The pack whose glossary help adds, while a session is open. */
  helpScenario: () => Scenario | undefined = () => undefined;

  constructor(
    private readonly elements: ShellElements,
    private readonly settingsStore: SettingsStore,
    private current: Language,
    private preferences: Settings,
  ) {
    this.applySettings();
    this.drawTopBar();
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  get language(): Language {
    return this.current;
  }

  get locale(): Locale {
    return this.locales[this.current];
  }

  get settings(): Settings {
    return this.preferences;
  }

  /** Layers beside the overlay (sound, the Phaser stage) follow the settings as the trainee changes them. */
  onSettingsChange(listener: (settings: Settings) => void): void {
    this.settingsListeners.push(listener);
  }

  /** Shows a screen. A new screen gets focus on its heading; a redraw of the same one keeps focus where it was. */
  mount(render: () => Screen, focusId?: string): void {
    this.render = render;
    const { main } = this.elements;
    const active = document.activeElement;
    const keepId = focusId ?? (active instanceof HTMLElement && main.contains(active) ? active.id : '');
    const view = render();
    const isFirst = this.mountedKey === undefined;
    const isNew = view.key !== this.mountedKey;
    this.mountedKey = view.key;
    main.replaceChildren(view.element);
    const title = this.locale.t('app.title');
    const name = view.heading.textContent ?? '';
    document.title = name === title ? title : `${name} – ${title}`;
    if (isNew) {
      if (isFirst) return; // the page's first screen leaves focus where the browser puts it
      window.scrollTo(0, 0);
      return view.heading.focus({ preventScroll: true });
    }
    if (keepId === '') return;
    const again = document.getElementById(keepId);
    if (again && main.contains(again) && !(again as HTMLButtonElement).disabled)
      again.focus({ preventScroll: true });
    else if (main.contains(active) || active === document.body) view.heading.focus({ preventScroll: true });
  }

  /** Replaces one element of the shown screen in place, keeping focus inside it. */
  patch(selector: string, element: HTMLElement): void {
    const old = this.elements.main.querySelector(selector);
    if (!old) return;
    const active = document.activeElement;
    const keepId = active instanceof HTMLElement && old.contains(active) ? active.id : '';
    old.replaceWith(element);
    if (keepId) document.getElementById(keepId)?.focus({ preventScroll: true });
  }

  /** Says `text` in the polite live region (emptied first, so the same words twice are said twice). */
  announce(text: string): void {
    this.elements.announcer.textContent = '';
    window.setTimeout(() => (this.elements.announcer.textContent = text), 50);
  }

  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(this.locale.t('summary.copied'));
    } catch {
      this.announce(this.locale.t('summary.copyFailed'));
    }
  }

  /**
   * The learner's preferences from the LMS (cmi5), applied once before a course's first screen, without an
   * announcement: the language to start in and, when the LMS says, sound on or off (kept as the mute setting,
   * which the trainee can change again).
   */
  applyLearnerPreferences(language: Language, muted: boolean | undefined): void {
    if (muted !== undefined && muted !== this.preferences.muted) this.updateSettings({ muted });
    if (language === this.current) return;
    this.current = language;
    this.drawTopBar();
    if (this.render) this.mount(this.render);
  }

  private setLanguage(language: Language): void {
    const changed = language !== this.current;
    this.current = language;
    this.drawTopBar();
    if (this.render) this.mount(this.render);
    const params = new URLSearchParams(window.location.search);
    if (params.has('lang') || params.has('scenario')) {
      params.set('lang', language);
      history.replaceState(null, '', `?${params.toString()}`);
    }
    if (changed) this.announce(this.locale.t('announce.language'));
  }

  private updateSettings(patch: Partial<Settings>): void {
    this.preferences = { ...this.preferences, ...patch };
    this.settingsStore.write(this.preferences);
    this.applySettings();
    this.drawTopBar();
    if (this.render) this.mount(this.render);
    for (const listener of this.settingsListeners) listener(this.preferences);
  }

  private applySettings(): void {
    const root = document.documentElement;
    root.classList.toggle('text-large', this.preferences.textSize === 'large');
    root.classList.toggle('text-larger', this.preferences.textSize === 'larger');
    root.classList.toggle('high-contrast', this.preferences.highContrast);
    root.classList.toggle('reduced-motion', this.preferences.reducedMotion);
  }

  private drawTopBar(): void {
    const active = document.activeElement;
    const keepId = active instanceof HTMLElement && this.elements.topBar.contains(active) ? active.id : '';
    document.documentElement.lang = this.current;
    this.elements.topBar.setAttribute('aria-label', this.locale.t('topBar.label'));
    this.elements.topBar.replaceChildren(
      ...topBar(this.locale, this.preferences.helpKey, {
        setLanguage: (language) => this.setLanguage(language),
        openSettings: () =>
          openSettingsDialog(this.locale, this.preferences, (patch) => this.updateSettings(patch)),
        openHelp: () => void this.openHelp(),
      }),
    );
    if (keepId) document.getElementById(keepId)?.focus();
  }

  private async openHelp(): Promise<void> {
    this.sharedGlossary ??= await readSharedGlossary();
    openHelpDialog(this.locale, this.sharedGlossary, this.helpScenario());
  }

  /** H opens help anywhere but in a text field or an open dialog, unless settings turned it off (WCAG 2.1.4). */
  private onKey(event: KeyboardEvent): void {
    if (!this.preferences.helpKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'h' && event.key !== 'H') return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input[type="text"], textarea, select, [contenteditable], dialog')) return;
    event.preventDefault();
    void this.openHelp();
  }
}
