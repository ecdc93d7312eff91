import Phaser from 'phaser';
import type { StageFrame, StageStore } from './stage-store';

/**
 * Keeps a scene drawn from the store: `follow` runs now, on every frame and on every resize; when the scene
 * shuts down the subscriptions end and `cleared` runs. Both stage scenes follow the store this way.
 */
export function followStore(
  scene: Phaser.Scene,
  store: StageStore,
  follow: (frame: StageFrame) => void,
  cleared: () => void,
): void {
  follow(store.get());
  const unsubscribe = store.subscribe(follow);
  const resized = () => follow(store.get());
  scene.scale.on(Phaser.Scale.Events.RESIZE, resized);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    unsubscribe();
    scene.scale.off(Phaser.Scale.Events.RESIZE, resized);
    cleared();
  });
}
