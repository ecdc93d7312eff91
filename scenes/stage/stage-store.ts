import type { StageView } from '../../src/view-model/stage-view';

/** One thing for the stage to draw: the view of the current snapshot, and how to draw it. */
export interface StageFrame {
  readonly view: StageView;
  readonly reducedMotion: boolean;
  /** The overlay's `.stage-window`, where the map's canvas goes (it then scrolls with the page); none on backdrops. */
  readonly window: () => HTMLElement | undefined;
  /** Bumped when only the layout changed (resize, a redrawn screen): re-home and re-measure the canvas. */
  readonly layout: number;
}

/** The stage's scenes read frames from here: the current one, then each new one until they unsubscribe. */
export interface StageStore {
  get(): StageFrame;
  subscribe(listener: (frame: StageFrame) => void): () => void;
}

export function createStageStore(initial: StageFrame): StageStore & { set(frame: StageFrame): void } {
  let frame = initial;
  const listeners = new Set<(frame: StageFrame) => void>();
  return {
    get: () => frame,
    set(next) {
      frame = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
