// `npm run -s icons`: regenerates the PNG icons of the web manifest (assets/icons/icon-*.png) from the vector
// drawing in icon-raster.ts, the same as assets/icons/dual-mandate.svg.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli-error.ts';
import { drawIcon, encodePng, PNG_ICONS } from './icon-raster.ts';

const USAGE = 'usage: npm run -s icons';

function main(args: readonly string[]): number {
  if (args.length > 0) throw new Error(`icons takes no arguments\n${USAGE}`);
  for (const { file, size, purpose } of PNG_ICONS) {
    const png = encodePng(size, size, drawIcon(size, { purpose }));
    writeFileSync(join('assets', 'icons', file), png);
    process.stderr.write(`icons: assets/icons/${file} (${size}×${size}, ${purpose}, ${png.length} bytes)\n`);
  }
  return 0;
}

void runCli('icons', USAGE, () => main(process.argv.slice(2)));
