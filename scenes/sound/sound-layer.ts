import type { SessionSnapshot } from '../../src/flow/session.machine';
import type { Locale } from '../../src/i18n/i18n';
import type { AudioPort } from '../../src/ports';
import { cuesFor } from '../../src/view-model/sound-cues';
import type { Settings } from '../../src/view-model/settings';
import type { SessionListener } from '../app-run';
import type { Captions } from '../overlay/captions';

/** Music and effects levels from the settings. */
export const levelsOf = (settings: Settings) => ({
  music: settings.musicVolume,
  effects: settings.effectsVolume,
  muted: settings.muted,
});

/**
 * The sound beside the overlay: the pack's ambient bed while its session runs, and for each snapshot change
 * the cues of `cuesFor`, each with its caption. It reads snapshots and settings; it sends nothing.
 */
export function soundLayer(
  audio: AudioPort,
  captions: Captions,
  locale: () => Locale,
  settings: () => Settings,
): SessionListener {
  return (director, run) => {
    audio.setBed(run.scenario);
    let previous: SessionSnapshot | undefined;
    let isDone = false;
    const unsubscribe = director.subscribe((snapshot) => {
      if (isDone) return;
      if (snapshot.status === 'done') {
        isDone = true;
        audio.setBed(undefined);
        return;
      }
      const isAudible = !settings().muted && settings().effectsVolume > 0;
      for (const cue of cuesFor(previous, snapshot)) {
        audio.play(cue);
        if (isAudible) captions.show(locale().t(`caption.${cue}`), locale().t('captions.label'));
      }
      previous = snapshot;
    });
    if (isDone) unsubscribe();
  };
}
