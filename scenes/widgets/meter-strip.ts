import type Phaser from 'phaser';
import type { StageMeter } from '../../src/view-model/stage-view';

const ROW = 20;
const FILLS: Record<StageMeter['id'], number> = {
  security: 0x1d4f7a,
  legitimacy: 0x3d6b4f,
  civilianHarm: 0x8c3a2b,
};

/**
 * The three meters under the report's map, moving from where the quarter began to where it ended (the
 * overlay's meters give the numbers; this is the motion). With reduced motion they are drawn at the end.
 */
export class MeterStrip {
  readonly container: Phaser.GameObjects.Container;
  private moving: Phaser.Tweens.Tween[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.container = scene.add.container(0, 0);
  }

  draw(meters: readonly StageMeter[], width: number, still: boolean): void {
    this.clear();
    const labelWidth = Math.min(120, width * 0.38);
    const barWidth = width - labelWidth - 40;
    meters.forEach((meter, row) => {
      const y = 8 + row * ROW;
      const name = this.scene.add.text(0, y, meter.name, {
        fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
        fontSize: '12px',
        color: '#1f2731',
      });
      const bar = this.scene.add.graphics();
      const value = this.scene.add
        .text(width, y, '', {
          fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
          fontSize: '12px',
          color: '#1f2731',
        })
        .setOrigin(1, 0);
      this.container.add([name, bar, value]);
      const paint = (level: number) => {
        bar.clear();
        bar.fillStyle(0xdfe3e6, 1).fillRect(labelWidth, y + 3, barWidth, 9);
        bar.fillStyle(FILLS[meter.id], 1).fillRect(labelWidth, y + 3, (barWidth * level) / 100, 9);
        bar
          .lineStyle(2, 0x2b3440, 1)
          .lineBetween(
            labelWidth + (barWidth * meter.from) / 100,
            y,
            labelWidth + (barWidth * meter.from) / 100,
            y + 15,
          );
        value.setText(`${Math.round(level)}`);
      };
      if (still) return paint(meter.to);
      paint(meter.from);
      const tween = this.scene.tweens.addCounter({
        from: meter.from,
        to: meter.to,
        duration: 1200,
        delay: 300 + row * 150,
        ease: 'Cubic.easeInOut',
        onUpdate: (counter) => paint(counter.getValue() ?? meter.to),
      });
      this.moving.push(tween);
    });
  }

  clear(): void {
    for (const tween of this.moving) tween.stop();
    this.moving = [];
    this.container.removeAll(true);
  }
}
