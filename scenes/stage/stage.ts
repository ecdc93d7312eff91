import Phaser from 'phaser';
import { BackdropScene } from './backdrop.scene';
import { MapScene } from './map.scene';
import type { StageFrame, StageStore } from './stage-store';

/** How long the loop keeps running after anything changed (resize, a new screen), in ms. */
const AWAKE_MS = 600;

const SCENE_FOR = {
  none: undefined,
  map: 'Map',
  review: 'Backdrop',
  ending: 'Backdrop',
} as const satisfies Record<StageFrame['view']['scene'], string | undefined>;

/**
 * The Phaser game beside the overlay, with no input and no audio of its own (the overlay takes every input;
 * Howler plays the sound). Its canvas sits inside the overlay's `.stage-window` for the map, so it scrolls
 * with the page and needs no redraw to follow it, and fills `root` (fixed, behind the overlay) for the
 * backdrops. The only code that starts and stops its scenes, following the store. The loop sleeps when
 * nothing moves, so an idle screen costs nothing.
 */
export function createStage(parent: HTMLElement, store: StageStore): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    let awakeUntil = 0;
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      transparent: true,
      banner: false,
      // No input at all: `input: false` still listens to the page's mouse and keys (Phaser reads each manager's
      // own flag), and its pointer kept the last element pressed — the debrief of the last session with it.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.NONE, width: window.innerWidth, height: window.innerHeight },
      render: { antialias: true },
      callbacks: {
        postBoot: () => {
          game.scene.add('Map', MapScene, false);
          game.scene.add('Backdrop', BackdropScene, false);
          store.subscribe(follow);
          // Placed once the first frame has run: sized before it, the canvas is reset to the config's size.
          game.events.once(Phaser.Core.Events.POST_RENDER, () => follow(store.get()));
          wake();
          game.events.on(Phaser.Core.Events.POST_RENDER, rest);
          resolve(game);
        },
      },
    });

    function wake(): void {
      awakeUntil = performance.now() + AWAKE_MS;
      if (!game.loop.running) game.loop.wake();
    }

    /** Sleeps once no tween runs and nothing has moved for a while. */
    function rest(): void {
      const isMoving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
      if (!isMoving && performance.now() > awakeUntil) game.loop.sleep();
    }

    /** Puts the canvas where the frame is drawn and gives it that place's size. */
    function place(frame: StageFrame): void {
      const window_ = frame.view.scene === 'map' ? frame.window() : undefined;
      const home = window_ ?? parent;
      if (game.canvas.parentElement !== home) home.append(game.canvas);
      const width = window_ ? window_.clientWidth : window.innerWidth;
      const height = window_ ? window_.clientHeight : window.innerHeight;
      if (width > 0 && height > 0 && (game.scale.width !== width || game.scale.height !== height))
        game.scale.resize(width, height);
    }

    function follow(frame: StageFrame): void {
      place(frame);
      const wanted = SCENE_FOR[frame.view.scene];
      for (const key of ['Map', 'Backdrop']) {
        const isActive = game.scene.isActive(key);
        if (key === wanted && !isActive) game.scene.start(key, { store });
        else if (key !== wanted && isActive) game.scene.stop(key);
      }
      wake();
    }
  });
}
