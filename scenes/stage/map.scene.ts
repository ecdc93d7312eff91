import Phaser from 'phaser';
import { meterStripHeight } from '../../src/view-model/stage-view';
import { MapWidget } from '../widgets/map-widget';
import { MeterStrip } from '../widgets/meter-strip';
import type { StageFrame, StageStore } from './stage-store';

/**
 * The map beside the overlay's text (briefing, news, decisions, report): drawn into the overlay's
 * `.stage-window` and kept there as the page scrolls. It reads frames from the store and sends nothing.
 */
export class MapScene extends Phaser.Scene {
  private map!: MapWidget;
  private meters!: MeterStrip;
  private store!: StageStore;
  private drawn: { frame: StageFrame; width: number; height: number } | undefined;

  constructor() {
    super('Map');
  }

  create({ store }: { store: StageStore }): void {
    this.store = store;
    this.map = new MapWidget(this);
    this.meters = new MeterStrip(this);
    this.drawn = undefined;
    this.follow(store.get());
    const unsubscribe = store.subscribe((frame) => this.follow(frame));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.map.clear();
      this.meters.clear();
    });
  }

  update(): void {
    this.follow(this.store.get()); // the overlay may have scrolled: keep the map under its window
  }

  private follow(frame: StageFrame): void {
    const rect = frame.anchor();
    const isShown = rect !== undefined && rect.width > 0;
    this.map.container.setVisible(isShown);
    this.meters.container.setVisible(isShown);
    if (!rect || !isShown) return;
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
    this.map.container.setPosition(Math.round(rect.x), Math.round(rect.y));
    this.meters.container.setPosition(Math.round(rect.x), Math.round(rect.y + mapHeight));
  }
}
