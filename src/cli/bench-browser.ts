import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_LAUNCH } from '../../test/support/chromium';
import { heapComposition, type HeapComposition } from './heap-composition';

// DESIGN §8's browser figures, measured on production builds served by `vite preview`, in the Chromium and
// with the flags of the browser tests (test/support/chromium.ts):
// - first actionable choice: the first enabled control of the DOM title, against a Phaser hello world of the
//   same version built with the same vite.config.ts (test/bench/bare-phaser/) to its first `postrender`;
//   median of 7 fresh browser contexts each, in the same run; goal ≤ 0.8×;
// - JS for the first screen (every script the title page fetched, gzip −9) ≤ 60 kB; total JS (every .js of
//   the build, gzip −9) ≤ bare Phaser + 150 kB gzip; the packs and the glossary are JSON data beside it,
//   printed apart;
// - the animation-frame rate over 5 s on the quarter screen ≥ 58 (idle, and while the page scrolls so the
//   stage keeps redrawing the map);
// - heap after forced GC after the 20th session ≤ after the 2nd + 10 %; a heap snapshot taken after each
//   reading splits the growth into compiled code and everything else (printed, not judged).
// kB = 1000 bytes, as Vite prints them.
const CONTEXTS = 7;
const KB = 1000;
const BENCH_SEED = 'bench';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

interface Served {
  readonly url: string;
  readonly outDir: string;
  readonly server: PreviewServer;
}

async function buildAndServe(root: string | undefined, outDir: string): Promise<Served> {
  const common = { configFile: 'vite.config.ts', logLevel: 'warn' as const, ...(root ? { root } : {}) };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...common,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4290, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, outDir, server };
}

/** The gzip sizes of the files of a build's assets/ whose names `keep` selects, by file name. */
function assetSizes(outDir: string, keep: (file: string) => boolean): Map<string, number> {
  const assets = join(outDir, 'assets');
  return new Map(
    readdirSync(assets)
      .filter(keep)
      .sort()
      .map((file) => [file, gzipBytes(readFileSync(join(assets, file)))]),
  );
}
const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((total, size) => total + size, 0);

/** Sums the gzip sizes of the JavaScript files of a build: every chunk, loaded now or later. */
function buildJs(outDir: string): number {
  return sum(assetSizes(outDir, (file) => file.endsWith('.js')));
}

/** The init script that marks the title's first enabled control (it runs in the page, so it lives in test/). */
const MARK_FIRST_ACTIONABLE = 'test/bench/mark-first-actionable.js';

async function timeMark(browser: Browser, url: string, mark: string, initScript?: string): Promise<number> {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript({ path: initScript });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 30_000,
  });
  const at = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  await context.close();
  return at;
}

/** Every script the title page fetched until the network went quiet, gzip −9. */
async function firstScreenJs(browser: Browser, url: string): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then((body) => [new URL(response.url()).pathname, gzipBytes(body)]));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Start the briefing' }).waitFor();
  const sizes = await Promise.all(scripts);
  await context.close();
  return { bytes: sizes.reduce((sum, [, size]) => sum + size, 0), files: sizes.map(([file]) => file) };
}

async function click(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
}

/** The rAF callbacks per second over 5 s, while `during` runs. */
async function frameRate(page: Page, during: () => Promise<void> = async () => {}): Promise<number> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
  const rate = page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    let first = 0;
    const tick = (time) => {
      if (first === 0) first = time;
      else frames++;
      if (time - first < 5000) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (time - first));
    };
    requestAnimationFrame(tick);
  })`);
  await during();
  return rate;
}

async function quarterFrameRate(browser: Browser, url: string): Promise<{ idle: number; scrolling: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${url}?scenario=kessaria&seed=${BENCH_SEED}&lang=en&turns=8`);
  await click(page, 'Begin quarter 1');
  await click(page, 'To the decisions');
  await page.getByRole('button', { name: 'End quarter', exact: true }).waitFor();
  await page.waitForTimeout(2000); // Phaser loaded and the map drawn
  const idle = await frameRate(page);
  const scrolling = await frameRate(page, async () => {
    for (let step = 0; step < 48; step++) {
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, step % 16 < 8 ? 120 : -120);
      await page.waitForTimeout(100);
    }
  });
  await context.close();
  return { idle, scrolling };
}

/** The in-page driver of the heap figure (it runs in the page, so it lives in test/, like the marker above). */
const PLAY_SESSION = 'test/bench/play-session.js';
// The same expression every session, so V8 compiles it once.
const PLAY = 'globalThis.__benchPlaySession()';

interface Played {
  readonly quarters: number;
  readonly ending: string;
}

/** Evaluates `expression` in the page's main world through CDP alone, awaiting it; its error is thrown here. */
async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(exceptionDetails.exception?.description ?? `bench: ${exceptionDetails.text}`);
  return result.value as T;
}

/**
 * Heap after forced GC after the 2nd and the 20th Short session played in one page. The sessions are played by
 * test/bench/play-session.js, evaluated once in the page, not by Playwright's locators: their injected script
 * lives in the page's V8 heap, and its code, optimised as it is called thousands of times, would be counted.
 */
async function heapAfterSessions(
  browser: Browser,
  url: string,
): Promise<{ second: HeapReading; twentieth: HeapReading; quarters: number[] }> {
  const context: BrowserContext = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}?lang=en`);
  await evaluate(cdp, readFileSync(PLAY_SESSION, 'utf8'));
  // The figure is read first; the snapshot that splits it into code and the rest is taken after it.
  const heap = async (): Promise<HeapReading> => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize, ...(await takeComposition(cdp)) };
  };
  let second: HeapReading | undefined;
  let twentieth: HeapReading | undefined;
  const quarters: number[] = [];
  for (let session = 1; session <= 20; session++) {
    const played = await evaluate<Played>(cdp, PLAY);
    if (!(played.quarters >= 1 && played.quarters <= 8))
      throw new Error(`bench: session ${session} played ${played.quarters} quarters to “${played.ending}”`);
    quarters.push(played.quarters);
    if (session === 2) second = await heap();
    if (session === 20) twentieth = await heap();
  }
  await context.close();
  return { second: second!, twentieth: twentieth!, quarters };
}

interface HeapReading extends HeapComposition {
  readonly usedSize: number;
}

/** The page's heap snapshot, split into compiled code and the rest (src/cli/heap-composition.ts). */
async function takeComposition(cdp: CDPSession): Promise<HeapComposition> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return heapComposition(chunks.join(''));
}

const verdict = (pass: boolean, text: string) => `  ${pass ? 'PASS' : 'FAIL'}: ${text}`;

/** Builds both pages, measures, prints every figure; true when every goal is met. */
export async function benchBrowser(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'dm-bench-'));
  const served: Served[] = [];
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const game = await buildAndServe(undefined, join(work, 'game'));
    served.push(game);
    const bare = await buildAndServe('test/bench/bare-phaser', join(work, 'bare'));
    served.push(bare);
    const { version } = JSON.parse(readFileSync('node_modules/phaser/package.json', 'utf8')) as {
      version: string;
    };
    console.log(
      `bench: browser (DESIGN §8), ${browser.version()}, Phaser ${version}, both built with vite.config.ts`,
    );

    const titles: number[] = [];
    const bares: number[] = [];
    for (let run = 0; run < CONTEXTS; run++) {
      titles.push(await timeMark(browser, game.url, 'first-actionable', MARK_FIRST_ACTIONABLE));
      bares.push(await timeMark(browser, bare.url, 'first-postrender'));
    }
    const ratio = median(titles) / median(bares);
    const format = (values: number[]) => values.map((v) => v.toFixed(0)).join(' ');
    console.log(
      `  first actionable choice (ms, ${CONTEXTS} fresh contexts): ${format(titles)}; median ${median(titles).toFixed(0)}`,
    );
    console.log(`  bare Phaser first postrender (ms): ${format(bares)}; median ${median(bares).toFixed(0)}`);
    console.log(verdict(ratio <= 0.8, `${ratio.toFixed(2)}× the bare Phaser page (goal ≤ 0.80×)`));

    const first = await firstScreenJs(browser, game.url);
    console.log(`  JS for the first screen: ${kb(first.bytes)} gzip (${first.files.join(', ')})`);
    const firstPass = first.bytes <= 60 * KB;
    console.log(verdict(firstPass, `${kb(first.bytes)} ≤ 60 kB`));

    const total = buildJs(game.outDir);
    const bareTotal = buildJs(bare.outDir);
    console.log(`  total JS: ${kb(total)} gzip; bare Phaser ${kb(bareTotal)}`);
    const totalPass = total <= bareTotal + 150 * KB;
    console.log(verdict(totalPass, `${kb(total - bareTotal)} over bare Phaser (goal ≤ 150 kB)`));
    // Content is data, not code (STYLE §6): JSON files the game fetches when it needs them.
    const packs = assetSizes(game.outDir, (file) => /^pack-.*\.json$/.test(file));
    const largest = Math.max(0, ...packs.values());
    console.log(
      `  packs' JSON: ${kb(sum(packs))} gzip for ${packs.size} packs, fetched one at a time (the largest ${kb(largest)})`,
    );
    const otherData = assetSizes(game.outDir, (file) => file.endsWith('.json') && !packs.has(file));
    for (const [file, size] of otherData)
      console.log(`  other JSON: ${file} ${kb(size)} gzip, fetched when needed`);

    const fps = await quarterFrameRate(browser, game.url);
    const fpsPass = fps.idle >= 58 && fps.scrolling >= 58;
    console.log(
      `  animation frames on the quarter screen over 5 s: ${fps.idle.toFixed(1)}/s idle, ${fps.scrolling.toFixed(1)}/s scrolling`,
    );
    console.log(verdict(fpsPass, 'both ≥ 58/s'));

    const heap = await heapAfterSessions(browser, game.url);
    const { second, twentieth } = heap;
    const growth = twentieth.usedSize / second.usedSize - 1;
    console.log(
      `  heap after forced GC: ${kb(second.usedSize)} after session 2, ${kb(twentieth.usedSize)} after session 20 (quarters played per session: ${heap.quarters.join(' ')})`,
    );
    const heapPass = growth <= 0.1;
    console.log(verdict(heapPass, `${(growth * 100).toFixed(1)} % growth (goal ≤ 10 %)`));
    const part = (name: string, from: number, to: number) =>
      `${name} ${kb(from)} → ${kb(to)} (${to >= from ? '+' : '−'}${kb(Math.abs(to - from))}, ${(((to - from) / second.usedSize) * 100).toFixed(1)} % of session 2's heap)`;
    console.log(
      `  of it, by heap snapshot: ${part('compiled code', second.code, twentieth.code)}; ${part('everything else', second.other, twentieth.other)}`,
    );
    return ratio <= 0.8 && firstPass && totalPass && fpsPass && heapPass;
  } finally {
    await browser.close();
    for (const { server } of served) await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
