import './stage.css';
import type { SessionListener } from '../app-run';
import type { StageHost } from './stage-session';

/**
 * The Phaser stage as a layer beside the overlay. Everything behind it (the view model, Phaser itself) loads
 * when the first session opens, so the title never waits for it (DESIGN §8).
 */
export function stageLayer(host: StageHost): SessionListener {
  return (director) => {
    void import('./stage-session').then(({ attachStage }) => attachStage(host, director));
  };
}
