import type { Locale } from '../../src/i18n/i18n';
import type { Settings } from '../../src/view-model/settings';
import { selectStageView, type StageSnapshot, type StageView } from '../../src/view-model/stage-view';
import type { Director } from '../session/director';
import { createStageStore } from './stage-store';

export interface StageHost {
  readonly locale: () => Locale;
  readonly settings: () => Settings;
  /** The fixed element behind the overlay that holds the canvas for backdrops (index.html's #game). */
  readonly root: HTMLElement;
  /** The overlay's <main>, whose screens hold the `.stage-window` the map is drawn into. */
  readonly main: HTMLElement;
}

const NOTHING: StageView = { scene: 'none', regions: [], actors: [], meters: [], hasNationalPulse: false };

let stage: ReturnType<typeof setUp> | undefined;

/**
 * Shared by every session of the page: one store, one Phaser game (loaded on first use), and the page
 * events that move the map (a resize, a redrawn screen).
 */
function setUp(host: StageHost) {
  const window_ = () => host.main.querySelector<HTMLElement>('.stage-window') ?? undefined;
  const prefersLessMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const store = createStageStore({ view: NOTHING, reducedMotion: true, window: window_, layout: 0 });
  let snapshot: StageSnapshot | undefined;
  let drawnFor: { snapshot: StageSnapshot | undefined; language: string } | undefined;

  /** A new view when the snapshot or the language changed; otherwise the same view, re-measured. */
  function publish(): void {
    const locale = host.locale();
    const frame = store.get();
    const isSame =
      drawnFor !== undefined && drawnFor.snapshot === snapshot && drawnFor.language === locale.language;
    const view = isSame ? frame.view : snapshot ? selectStageView(snapshot, locale) : NOTHING;
    drawnFor = { snapshot, language: locale.language };
    const reducedMotion = host.settings().reducedMotion || prefersLessMotion.matches;
    store.set({ view, reducedMotion, window: window_, layout: frame.layout + 1 });
  }

  window.addEventListener('resize', publish);
  new MutationObserver(publish).observe(host.main, { childList: true });
  host.root.setAttribute('aria-hidden', 'true');
  void import('./stage')
    .then(({ createStage }) => createStage(host.root, store))
    .then(() => document.documentElement.classList.add('has-stage'))
    .catch((error: unknown) => console.info('The map stage could not start; the text map remains.', error));
  return {
    show(next: StageSnapshot | undefined) {
      snapshot = next;
      publish();
    },
  };
}

/** Follows a session's snapshots on the stage until it ends (the director ends the subscription on stop). */
export function attachStage(host: StageHost, director: Director): void {
  stage ??= setUp(host);
  const shown = stage;
  director.subscribe((snapshot) => shown.show(snapshot.status === 'done' ? undefined : snapshot));
}
