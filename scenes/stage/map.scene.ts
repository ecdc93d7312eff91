import Phaser from 'phaser';
import { meterStripHeight } from '../../src/view-model/stage-view';
import { MapWidget } from '../widgets/map-widget';
import { MeterStrip } from '../widgets/meter-strip';
import { followStore } from './follow-store';
import type { StageFrame, StageStore } from './stage-store';

/**
 * The map beside the overlay's text (briefing, news, decisions, report), drawn on a canvas the size of the
 * overlay's `.stage-window`, inside it. It reads frames from the store and sends nothing.
 */
export class MapScene extends Phaser.Scene {
  private map!: MapWidget;
  private meters!: MeterStrip;
  private drawn: { frame: StageFrame; width: number; height: number } | undefined;

  constructor() {
    super('Map');
  }

  create({ store }: { store: StageStore }): void {
    this.map = new MapWidget(this);
    this.meters = new MeterStrip(this);
    this.drawn = undefined;
    followStore(
      this,
      store,
      (frame) => this.follow(frame),
      () => {
        this.map.clear();
        this.meters.clear();
      },
    );
  }

  private follow(frame: StageFrame): void {
    const rect = { width: this.scale.width, height: this.scale.height };
    const { view } = frame;
    const stripHeight = meterStripHeight(view.meters.length);
    const mapHeight = rect.height - stripHeight;
    const drawn = this.drawn;
    if (
      !drawn ||
      drawn.frame.view !== view ||
      drawn.frame.reducedMotion !== frame.reducedMotion ||
      drawn.width !== rect.width ||
      drawn.height !== rect.height
    ) {
      this.drawn = { frame, width: rect.width, height: rect.height };
      this.map.draw(
        view.regions,
        view.actors,
        { width: rect.width, height: mapHeight, framed: true, labels: true, alpha: 1 },
        { reducedMotion: frame.reducedMotion, nationalPulse: view.hasNationalPulse },
      );
      this.meters.draw(view.meters, rect.width, frame.reducedMotion);
    }
    this.meters.container.setPosition(0, mapHeight);
  }
}
