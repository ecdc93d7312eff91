import Phaser from 'phaser';
import { MapWidget } from '../widgets/map-widget';
import { followStore } from './follow-store';
import type { StageFrame, StageStore } from './stage-store';

/**
 * The backdrop of the mandate review and the ending: the country, large and faint, shaded by where harm
 * stands, behind the overlay's column; the ending's is darker. It reads frames and sends nothing.
 */
export class BackdropScene extends Phaser.Scene {
  private map!: MapWidget;
  private veil!: Phaser.GameObjects.Graphics;
  private drawn: { frame: StageFrame; width: number; height: number } | undefined;

  constructor() {
    super('Backdrop');
  }

  create({ store }: { store: StageStore }): void {
    this.veil = this.add.graphics();
    this.map = new MapWidget(this);
    this.drawn = undefined;
    followStore(
      this,
      store,
      (frame) => this.follow(frame),
      () => {
        this.map.clear();
      },
    );
  }

  private follow(frame: StageFrame): void {
    const { width, height } = this.scale;
    if (this.drawn?.frame.view === frame.view && this.drawn.width === width && this.drawn.height === height)
      return;
    this.drawn = { frame, width, height };
    const isEnding = frame.view.scene === 'ending';
    this.veil.clear();
    this.veil.fillStyle(isEnding ? 0x1f252d : 0x1d3b57, isEnding ? 0.1 : 0.06).fillRect(0, 0, width, height);
    const size = Math.min(width, height) * 0.9;
    this.map.draw(
      frame.view.regions,
      [],
      { width: size, height: size, framed: false, labels: false, alpha: isEnding ? 0.2 : 0.14 },
      { reducedMotion: true, nationalPulse: false },
    );
    this.map.container.setPosition(width - size * 0.75, (height - size) / 2 + 30);
  }
}
