import Phaser from 'phaser';
import {
  fitMap,
  mapMargin,
  type Point,
  type StageActor,
  type StageRegion,
} from '../../src/view-model/stage-view';
import {
  actorMarkerBox,
  actorMarkerRadius,
  capitalBox,
  labelWrap,
  mapFontSize,
  placeLabels,
  type LabelBox,
} from '../../src/view-model/map-labels';

const INK = 0x2b3440;
const SEA = 0xe4eaee;
const GRID = 0xcdd6dd;
const CRISIS = 0x8c1d18;
const ACTOR = 0x1d4f7a;
const PULSE = 0x1d4f7a;
/** Room on a label's left for its incident marker, in pixels. */
const MARKER_ROOM = 18;
const LABEL_STYLE = { fontFamily: 'system-ui, "DejaVu Sans", sans-serif', color: '#1f2731' };

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** Draw the sea and graticule behind the country (the framed map), or the country alone (backdrops). */
  readonly framed: boolean;
  readonly labels: boolean;
  readonly alpha: number;
}

/**
 * The country drawn from the pack's region polygons, each shaded by its civilian-harm level, with the
 * capital, the labels (name and level in words), this quarter's incident markers, the briefing's actors and
 * the pulses where a delayed consequence landed. A Phaser container: move it to follow the overlay.
 */
export class MapWidget {
  readonly container: Phaser.GameObjects.Container;
  private pulses: Phaser.GameObjects.GameObject[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.container = scene.add.container(0, 0);
  }

  draw(
    regions: readonly StageRegion[],
    actors: readonly StageActor[],
    layout: MapLayout,
    options: { reducedMotion: boolean; nationalPulse: boolean },
  ): void {
    this.clear();
    const { width, height } = layout;
    if (regions.length === 0 || width < 40 || height < 40) return;
    const at = fitMap(regions, width, height, layout.framed ? mapMargin(width) : 0);
    const ground = this.scene.add.graphics();
    ground.setAlpha(layout.alpha);
    this.container.add(ground);
    if (layout.framed) {
      ground.fillStyle(SEA, 1).fillRect(0, 0, width, height);
      ground.lineStyle(1, GRID, 1);
      for (let k = 1; k < 8; k++) {
        ground.lineBetween((width * k) / 8, 0, (width * k) / 8, height);
        ground.lineBetween(0, (height * k) / 8, width, (height * k) / 8);
      }
    }
    for (const region of regions) {
      const points = region.polygon.map((point) => new Phaser.Math.Vector2(...at(point)));
      ground.fillStyle(region.shade, 1).fillPoints(points, true);
      ground.lineStyle(layout.framed ? 1.5 : 2, INK, layout.framed ? 0.55 : 0.35).strokePoints(points, true);
    }
    if (!layout.labels) return;
    const fontSize = mapFontSize(width);
    const marks = this.scene.add.graphics();
    this.container.add(marks);
    // What labels must not cover: the capitals and the actors' markers.
    const fixed: LabelBox[] = [];
    for (const region of regions) {
      if (!region.capital) continue;
      const [cx, cy] = at(region.capital);
      marks.fillStyle(INK, 1).fillRect(cx - 4, cy - 4, 8, 8);
      marks.lineStyle(2, 0xffffff, 1).strokeRect(cx - 4, cy - 4, 8, 8);
      fixed.push(capitalBox(cx, cy));
    }
    for (const actor of actors) fixed.push(this.actor(actor, at, fontSize));
    const texts = regions.map((region) => this.label(region, at, fontSize, labelWrap(width)));
    // An incident's marker sits left of its label and moves with it.
    const markerRoom = (region: StageRegion) => (region.incident ? MARKER_ROOM : 0);
    const places = placeLabels(
      texts.map((text, i) => ({
        x: text.x - markerRoom(regions[i]!) / 2,
        y: text.y,
        width: text.width + markerRoom(regions[i]!),
        height: text.height,
      })),
      fixed,
      width,
      height,
    );
    regions.forEach((region, i) => {
      const text = texts[i]!;
      const [x, y] = places[i]!;
      text.setPosition(x + markerRoom(region) / 2, y);
      const mx = text.x - text.width / 2 - 10;
      if (region.incident === 'crisis') {
        marks.fillStyle(CRISIS, 1).fillCircle(mx, y, 6);
        marks.lineStyle(2, 0xffffff, 1).strokeCircle(mx, y, 6);
      } else if (region.incident === 'news') {
        marks.lineStyle(2, INK, 1).strokeCircle(mx, y, 5);
      }
      if (region.hasPulse) this.pulse(text.x, y, Math.max(24, text.width / 2 + 8), options.reducedMotion);
    });
    if (options.nationalPulse) this.framePulse(width, height, options.reducedMotion);
  }

  /** A region's label, name over harm level, at its pack position (the caller moves it clear of the others). */
  private label(
    region: StageRegion,
    at: (p: Point) => [number, number],
    fontSize: number,
    wrap: number,
  ): Phaser.GameObjects.Text {
    const [x, y] = at(region.labelAt);
    const dark = region.level === 'high' || region.level === 'severe';
    const text = this.scene.add
      .text(x, y, `${region.name}\n${region.levelText}`, {
        ...LABEL_STYLE,
        fontSize: `${fontSize}px`,
        color: dark ? '#ffffff' : LABEL_STYLE.color,
        stroke: dark ? '#3a1a14' : '#f7f5ef',
        strokeThickness: 3,
        align: 'center',
        lineSpacing: -2,
        wordWrap: { width: wrap },
      })
      .setOrigin(0.5);
    this.container.add(text);
    return text;
  }

  /**
   * An actor's place: a blue disk with the number of its line in the briefing's list of key actors, which names
   * it (the names would crowd a small map). Returns the disk's box.
   */
  private actor(actor: StageActor, at: (p: Point) => [number, number], fontSize: number): LabelBox {
    const [x, y] = at(actor.at);
    const radius = actorMarkerRadius(fontSize);
    const disk = this.scene.add.graphics();
    disk.fillStyle(ACTOR, 1).fillCircle(x, y, radius);
    disk.lineStyle(1.5, 0xffffff, 1).strokeCircle(x, y, radius);
    const number = this.scene.add
      .text(x, y, String(actor.number), {
        ...LABEL_STYLE,
        fontSize: `${fontSize - 1}px`,
        fontStyle: 'bold',
        color: '#ffffff',
      })
      .setOrigin(0.5);
    this.container.add([disk, number]);
    return actorMarkerBox(x, y, fontSize);
  }

  /**
   * A consequence that landed on the whole country: the map's frame glows three times (a still frame if motion
   * is reduced), where a ring round the whole map would spill over its edges.
   */
  private framePulse(width: number, height: number, still: boolean): void {
    const frame = this.scene.add.graphics();
    frame.lineStyle(4, PULSE, 1).strokeRect(2, 2, width - 4, height - 4);
    this.container.add(frame);
    this.pulses.push(frame);
    if (still) {
      frame.setAlpha(0.8);
      return;
    }
    frame.setAlpha(0);
    this.scene.tweens.add({
      targets: frame,
      alpha: 0.9,
      duration: 800,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: 2,
    });
  }

  /** A gentle ring where a consequence landed: it widens and fades three times; a still ring if motion is reduced. */
  private pulse(x: number, y: number, radius: number, still: boolean): void {
    const ring = this.scene.add.graphics({ x, y });
    ring.lineStyle(3, PULSE, 1).strokeCircle(0, 0, radius);
    this.container.add(ring);
    this.pulses.push(ring);
    if (still) {
      ring.setAlpha(0.8);
      return;
    }
    ring.setScale(0.3).setAlpha(0.9);
    this.scene.tweens.add({
      targets: ring,
      scale: 1,
      alpha: 0,
      duration: 1600,
      ease: 'Sine.easeOut',
      repeat: 2,
    });
  }

  clear(): void {
    for (const pulse of this.pulses) this.scene.tweens.killTweensOf(pulse);
    this.pulses = [];
    this.container.removeAll(true);
  }
}
