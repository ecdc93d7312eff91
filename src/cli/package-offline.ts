// `npm run package:offline [-- --out FILE]`: builds the single `dist/dual-mandate.html` (issue 12) — one
// page with the game as a classic script, every pack, the CSS and the audio inlined — for places with no
// LMS and no web server: it opens from file:// with the network off.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { CliError, runCli } from './cli-error.ts';
import { inlineSingleFile } from './single-file.ts';
import { dataUri, TARGET_VARIABLE } from './vite-offline-plugin.ts';

const USAGE = 'usage: npm run -s package:offline [-- --out FILE]   (default dist/dual-mandate.html)';
export const DEFAULT_OUT = join('dist', 'dual-mandate.html');

function parseArgs(args: readonly string[]): { out: string } {
  if (args.length === 0) return { out: DEFAULT_OUT };
  if (args.length === 2 && args[0] === '--out' && args[1] !== undefined && args[1] !== '')
    return { out: args[1] };
  throw new CliError(`unknown arguments: ${args.join(' ')}`);
}

/** Builds the single file at `out`; returns its size in bytes. The Vite build goes to a temporary folder. */
export async function packageOffline(out: string): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'dm-offline-'));
  const previous = process.env[TARGET_VARIABLE];
  try {
    process.env[TARGET_VARIABLE] = 'single'; // read by vite.config.ts (src/cli/vite-offline-plugin.ts)
    await build({ logLevel: 'warn', build: { outDir: work, emptyOutDir: true } });
    const file = (url: string) => {
      const path = resolve(work, url.replace(/^\.?\//, ''));
      const inside = !relative(work, path).startsWith('..');
      return inside && existsSync(path) && statSync(path).isFile() ? path : undefined;
    };
    const html = inlineSingleFile({
      html: readFileSync(join(work, 'index.html'), 'utf8'),
      readText: (url) => {
        const path = file(url);
        return path === undefined ? undefined : readFileSync(path, 'utf8');
      },
      readDataUri: (url) => {
        const path = file(url);
        return path === undefined ? undefined : dataUri(path);
      },
    });
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, html);
    return Buffer.byteLength(html);
  } finally {
    if (previous === undefined) delete process.env[TARGET_VARIABLE];
    else process.env[TARGET_VARIABLE] = previous;
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(args: readonly string[]): Promise<number> {
  const { out } = parseArgs(args);
  const started = performance.now();
  const bytes = await packageOffline(out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`package:offline: ${out} (${(bytes / 1024).toFixed(0)} KiB) in ${seconds} s\n`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename))
  void runCli('package:offline', USAGE, () => main(process.argv.slice(2)));
