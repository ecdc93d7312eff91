import type { Howl } from 'howler';
import type { AudioLevels, AudioPort, SoundCue } from '../../src/ports';
import { bedFile, cueFile } from '../../src/view-model/sound-cues';
import { assetUrl } from './asset-url';

type HowlerModule = typeof import('howler');

/**
 * Both formats of a sound: Ogg Opus first, mp3 for browsers without Opus (DESIGN §7); data: URIs in the
 * single-file build, where file:// can fetch nothing.
 */
const sources = (file: string) => [assetUrl(`${file}.opus`), assetUrl(`${file}.mp3`)];
const FORMATS = ['opus', 'mp3'];

/**
 * Howler behind {@linkcode AudioPort}. Howler itself loads only after the trainee's first gesture (a click,
 * a tap, Enter or Space), so nothing plays and no AudioContext exists before it: browsers warn about an
 * AudioContext started without one. A cue asked for earlier is dropped; the bed waits and starts then.
 */
export function createHowlerAudio(): AudioPort {
  let howler: HowlerModule | undefined;
  let isUnlocking = false;
  /** Cues asked for while Howler loads, right after the first gesture (the gesture's own cue among them). */
  let waiting: SoundCue[] = [];
  let levels: AudioLevels = { music: 50, effects: 80, muted: false };
  let bedId: string | undefined;
  let bed: Howl | undefined;
  let bedPlaying: string | undefined;
  const cues = new Map<SoundCue, Howl>();

  function applyLevels(): void {
    if (!howler) return;
    howler.Howler.mute(levels.muted);
    bed?.volume(levels.music / 100);
    for (const cue of cues.values()) cue.volume(levels.effects / 100);
  }

  function syncBed(): void {
    if (!howler || bedPlaying === bedId) return;
    bed?.unload();
    bed = undefined;
    bedPlaying = bedId;
    if (bedId === undefined) return;
    bed = new howler.Howl({
      src: sources(bedFile(bedId)),
      format: FORMATS,
      loop: true,
      volume: levels.music / 100,
    });
    bed.once('loaderror', () => bed?.unload()); // a pack without its own bed plays none
    bed.play();
  }

  function unlock(event: Event): void {
    const isKeyGesture = event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ');
    if (event instanceof KeyboardEvent && !isKeyGesture) return;
    document.removeEventListener('pointerdown', unlock, true);
    document.removeEventListener('keydown', unlock, true);
    isUnlocking = true;
    void import('howler').then((module) => {
      howler = module;
      applyLevels();
      syncBed();
      for (const cue of waiting) play(cue);
      waiting = [];
    });
  }
  document.addEventListener('pointerdown', unlock, true);
  document.addEventListener('keydown', unlock, true);

  function play(cue: SoundCue): void {
    if (levels.muted || levels.effects === 0) return;
    if (!howler) {
      if (isUnlocking) waiting.push(cue);
      return;
    }
    let sound = cues.get(cue);
    if (!sound) {
      sound = new howler.Howl({ src: sources(cueFile(cue)), format: FORMATS, volume: levels.effects / 100 });
      cues.set(cue, sound);
    }
    sound.play();
  }

  return {
    play,
    setBed(packId) {
      bedId = packId;
      syncBed();
    },
    setLevels(next) {
      levels = next;
      applyLevels();
    },
  };
}
