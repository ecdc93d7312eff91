import packs from 'virtual:scenario-packs';
import { createLocales, type Locale } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/languages';
import type { SaveStore, SettingsStore } from '../src/ports';
import { opensSessionDirectly, parsePageUrl, sessionSearch } from '../src/view-model/page-url';
import {
  isSameRun,
  savedQuarter,
  type SavedSession,
  type SaveReading,
} from '../src/view-model/saved-session';
import type { Settings } from '../src/view-model/settings';
import { openHelpDialog, openSettingsDialog } from './overlay/dialogs';
import { loadingScreen } from './overlay/loading-screen';
import type { Screen } from './overlay/screen';
import { titleScreen, type Notice, type SavedOffer, type TitleChoices } from './overlay/title-screen';
import { topBar } from './overlay/top-bar';
import { SCENARIO_INDEX } from './scenario-index';
import type { Director, SessionStart } from './session/director';

export interface AppElements {
  readonly topBar: HTMLElement;
  readonly main: HTMLElement;
  readonly announcer: HTMLElement;
}

/** A run to open: pack, seed, length, difficulty, mode, and the saved log when it is a resume. */
interface Run {
  readonly scenario: string;
  readonly seed: string;
  readonly turns: number;
  readonly difficulty: 'normal' | 'hard';
  readonly mode: 'solo' | 'group';
  readonly log?: SessionStart['log'];
}

/** A fresh seed in the format of DESIGN §3 (the shell may use the browser's randomness; src/ may not). */
function freshSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('');
}

/**
 * The page shell: the top bar, the title, the language and the settings; it opens sessions (lazy-loading the
 * game code and the pack) and hands them to the director. Only one screen is mounted in <main> at a time.
 */
export class App {
  private readonly locales = createLocales();
  private render: (() => Screen) | undefined;
  private mountedKey: string | undefined;
  private director: Director | undefined;
  private notices: Notice[] = [];
  private choices: TitleChoices = { mode: 'solo', turns: 12, difficulty: 'normal' };

  constructor(
    private readonly elements: AppElements,
    private readonly saves: SaveStore,
    private readonly settingsStore: SettingsStore,
    private language: Language,
    private settings: Settings,
  ) {}

  private get locale(): Locale {
    return this.locales[this.language];
  }

  /** Reads the Page URL (DESIGN §5): opens the named run at once, or the title with what was wrong. */
  boot(search: string, isLanguageInvalid: boolean): void {
    this.applySettings();
    this.drawTopBar();
    document.addEventListener('keydown', (event) => this.onKey(event));
    const request = parsePageUrl(
      search,
      SCENARIO_INDEX.map((pack) => pack.id),
    );
    const invalid = request.invalid.filter((name) => name !== 'lang' || isLanguageInvalid);
    this.notices = [
      ...invalid.map((param) => ({ key: 'title.invalidParameter' as const, values: { param } })),
      ...request.unavailable.map((what) => ({ key: `title.unavailable.${what}` as const })),
    ];
    this.choices = {
      scenario: request.scenario ?? SCENARIO_INDEX[0]?.id,
      mode: request.mode ?? 'solo',
      turns: request.turns ?? 12,
      difficulty: request.difficulty ?? 'normal',
    };
    const current = this.saves.readCurrent();
    if (!opensSessionDirectly({ ...request, invalid }) || request.scenario === undefined)
      return this.showTitle();
    if (current.status === 'damaged' || current.status === 'newer') return this.showTitle(); // say so before anything is overwritten
    const run: Run = {
      scenario: request.scenario,
      seed: request.seed ?? freshSeed(),
      turns: request.turns ?? 12,
      difficulty: request.difficulty ?? 'normal',
      mode: request.mode ?? 'solo',
    };
    if (current.status === 'ok' && isSameRun(current.save.log, run)) return this.resume(current.save);
    void this.open(run);
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
    document.title =
      view.heading.textContent === title ? title : `${view.heading.textContent ?? ''} – ${title}`;
    // A new screen takes focus on its heading; the page's first screen leaves focus where the browser puts it.
    if (isNew) {
      if (isFirst) return;
      window.scrollTo(0, 0);
      return view.heading.focus({ preventScroll: true });
    }
    if (keepId === '') return;
    const again = document.getElementById(keepId);
    if (again && main.contains(again) && !(again as HTMLButtonElement).disabled)
      again.focus({ preventScroll: true });
    else if (main.contains(active) || active === document.body) view.heading.focus({ preventScroll: true });
  }

  announce(text: string): void {
    // Emptied first, so the same words said twice are announced twice.
    this.elements.announcer.textContent = '';
    window.setTimeout(() => (this.elements.announcer.textContent = text), 50);
  }

  private setLanguage(language: Language): void {
    const changed = language !== this.language;
    this.language = language;
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
    this.settings = { ...this.settings, ...patch };
    this.settingsStore.write(this.settings);
    this.applySettings();
    this.drawTopBar();
    if (this.render) this.mount(this.render);
  }

  private applySettings(): void {
    const root = document.documentElement;
    root.classList.toggle('text-large', this.settings.textSize === 'large');
    root.classList.toggle('text-larger', this.settings.textSize === 'larger');
    root.classList.toggle('high-contrast', this.settings.highContrast);
    root.classList.toggle('reduced-motion', this.settings.reducedMotion);
  }

  private drawTopBar(): void {
    const active = document.activeElement;
    const keepId = active instanceof HTMLElement && this.elements.topBar.contains(active) ? active.id : '';
    document.documentElement.lang = this.language;
    this.elements.topBar.setAttribute('aria-label', this.locale.t('topBar.label'));
    this.elements.topBar.replaceChildren(
      ...topBar(this.locale, this.settings.helpKey, {
        setLanguage: (language) => this.setLanguage(language),
        openSettings: () =>
          openSettingsDialog(this.locale, this.settings, (patch) => this.updateSettings(patch)),
        openHelp: () => this.openHelp(),
      }),
    );
    if (keepId) document.getElementById(keepId)?.focus();
  }

  private openHelp(): void {
    openHelpDialog(this.locale, this.director?.scenario);
  }

  /** H opens help anywhere but in a text field or an open dialog, unless settings turned it off (WCAG 2.1.4). */
  private onKey(event: KeyboardEvent): void {
    if (!this.settings.helpKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'h' && event.key !== 'H') return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input[type="text"], textarea, select, [contenteditable], dialog')) return;
    event.preventDefault();
    this.openHelp();
  }

  private savedOffer(): SavedOffer | undefined {
    const describe = (reading: SaveReading): Notice | undefined => {
      if (reading.status !== 'ok') return undefined;
      const { log } = reading.save;
      const pack = SCENARIO_INDEX.find((entry) => entry.id === log.scenarioId);
      if (!pack) return { key: 'save.unknownPack', values: { scenario: log.scenarioId } };
      const scenario = this.locale.text(pack.title);
      const ended = log.inputs.filter((input) => input.type === 'turn.ended').length >= log.turns;
      return ended
        ? { key: 'title.savedEnded', values: { scenario } }
        : { key: 'title.savedSummary', values: { scenario, turn: savedQuarter(log), turns: log.turns } };
    };
    const current = this.saves.readCurrent();
    if (current.status === 'empty') return undefined;
    if (current.status === 'ok') {
      const summary = describe(current);
      if (summary?.key === 'save.unknownPack') return { kind: 'problem', problem: summary };
      return summary ? { kind: 'resume', summary } : undefined;
    }
    const backup = this.saves.readBackup();
    const backupSummary = backup.status === 'ok' ? describe(backup) : undefined;
    return {
      kind: 'problem',
      problem: { key: current.status === 'newer' ? 'save.newer' : 'save.damaged' },
      ...(backupSummary && backupSummary.key !== 'save.unknownPack' ? { backup: backupSummary } : {}),
    };
  }

  private showTitle(): void {
    this.director?.stop();
    this.director = undefined;
    document.body.classList.remove('mode-group');
    const render = (): Screen =>
      titleScreen(
        {
          packs: SCENARIO_INDEX,
          choices: this.choices,
          notices: this.notices,
          ...(this.savedOffer() ? { saved: this.savedOffer()! } : {}),
        },
        this.locale,
        {
          choose: (patch) => (this.choices = { ...this.choices, ...patch }),
          start: () => this.startFromTitle(),
          resume: () => {
            const current = this.saves.readCurrent();
            if (current.status === 'ok') this.resume(current.save);
          },
          resumeBackup: () => {
            this.saves.restoreBackup();
            const current = this.saves.readCurrent();
            if (current.status === 'ok') this.resume(current.save);
            else this.mount(render);
          },
        },
      );
    this.mount(render);
  }

  private startFromTitle(): void {
    const { scenario, mode, turns, difficulty } = this.choices;
    if (scenario === undefined) return;
    this.notices = [];
    void this.open({ scenario, seed: freshSeed(), turns, difficulty, mode });
  }

  private resume(save: SavedSession): void {
    const { log, mode } = save;
    const { scenarioId: scenario, seed, turns, difficulty } = log;
    if (!SCENARIO_INDEX.some((pack) => pack.id === scenario)) {
      this.notices = [{ key: 'save.unknownPack', values: { scenario } }];
      return this.showTitle();
    }
    void this.open({ scenario, seed, turns, difficulty, mode, log });
  }

  /** Loads the game code and the pack (both lazily, DESIGN §8), then starts or resumes the session. */
  private async open(run: Run): Promise<void> {
    this.director?.stop();
    this.director = undefined;
    this.mount(() => loadingScreen(this.locale));
    history.replaceState(null, '', sessionSearch({ ...run, lang: this.language }));
    document.body.classList.toggle('mode-group', run.mode === 'group');
    try {
      const load = packs[run.scenario];
      if (!load) throw new Error(`no pack ${run.scenario}`);
      const [{ startSession }, { default: scenario }] = await Promise.all([
        import('./session/director'),
        load(),
      ]);
      if (run.log && run.log.scenarioVersion !== scenario.version) {
        this.notices = [
          {
            key: 'save.otherVersion',
            values: {
              saved: run.log.scenarioVersion,
              current: scenario.version,
              scenario: this.locale.text(scenario.title),
            },
          },
        ];
        history.replaceState(null, '', `?lang=${this.language}`);
        return this.showTitle();
      }
      this.director = startSession(
        {
          locale: () => this.locale,
          settings: () => this.settings,
          mount: (render, focusId) => this.mount(render, focusId),
          patch: (selector, element) => this.patch(selector, element),
          announce: (text) => this.announce(text),
          copy: (text) => void this.copy(text),
          saves: this.saves,
          saveFailed: () => this.announce(this.locale.t('save.unavailable')),
          closed: () => {
            history.replaceState(null, '', `?lang=${this.language}`);
            this.showTitle();
          },
        },
        {
          scenario,
          settings: { seed: run.seed, turns: run.turns, difficulty: run.difficulty },
          mode: run.mode,
          ...(run.log ? { log: run.log } : {}),
        },
      );
    } catch {
      this.notices = [{ key: 'app.loadFailed', values: { scenario: run.scenario } }];
      history.replaceState(null, '', `?lang=${this.language}`);
      this.showTitle();
    }
  }

  private patch(selector: string, element: HTMLElement): void {
    const old = this.elements.main.querySelector(selector);
    if (!old) return;
    const active = document.activeElement;
    const keepId = active instanceof HTMLElement && old.contains(active) ? active.id : '';
    old.replaceWith(element);
    if (keepId) document.getElementById(keepId)?.focus({ preventScroll: true });
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(this.locale.t('summary.copied'));
    } catch {
      this.announce(this.locale.t('summary.copyFailed'));
    }
  }
}
