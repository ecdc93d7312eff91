import { h } from './dom';

/** Room for the map the Phaser stage draws behind the overlay (decoration: the text map says the same). */
export const stageWindow = (withMeters = false): HTMLElement =>
  h('div', {
    class: withMeters ? 'stage-window with-meters' : 'stage-window',
    attrs: { 'aria-hidden': 'true' },
  });
