// The baseline of DESIGN §8's first-screen benchmark: a Phaser hello world of the game's Phaser version,
// built with the game's vite.config.ts. `npm run bench` times its first `postrender` (the mark below).
import Phaser from 'phaser';

class Hello extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Hello, Phaser', { fontFamily: 'sans-serif', fontSize: '32px', color: '#ffffff' });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 800,
  height: 600,
  banner: false,
  scene: Hello,
  callbacks: {
    postBoot: (game) =>
      game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('first-postrender')),
  },
});
