// The offline app (issue 12): the PWA plays with the network off after one visit, and the single
// dual-mandate.html plays from file:// with every request outside file: refused, to the debrief.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, openPage, press } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { builtPacks } from '../support/packs';
import { playQuarter, playToEnding, startFromTitle, WORDS } from '../support/play-by-keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

const PACK = builtPacks()[0]!;

/** Every file under dist/<folder>, as the page's paths (`/assets/x.js`). */
function shipped(folder: string): string[] {
  const dir = join('dist', folder);
  if (!existsSync(dir)) return [];
  const files = spawnSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n');
  return files.filter((file) => file !== '').map((file) => file.slice('dist'.length));
}

describe('the installable app', () => {
  it('precaches the whole app on the first visit, then reloads and plays a quarter with the network off', async () => {
    const { page, problems, close } = await openPage(browser, BASE_URL);
    await heading(page, WORDS.en.title);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          paths.push(new URL(request.url).pathname);
      return paths.sort();
    });
    // The app, its CSS, every chunk (the debrief is one), each pack's and the glossary's JSON, icons, audio
    // and fonts.
    const expected = [
      '/',
      '/manifest.webmanifest',
      ...['assets', 'icons', 'audio', 'fonts'].flatMap(shipped),
    ];
    expect(cached).toEqual(
      expect.arrayContaining(expected.map((path) => (path === '/' ? '/index.html' : path))),
    );
    // Chromium's own verdict on the manifest, icons and worker (a test context is always incognito).
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);

    await page.context().setOffline(true);
    await page.reload();
    await heading(page, WORDS.en.title);
    await startFromTitle(page, 'en', PACK.title.en);
    expect(await playQuarter(page, 'en')).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('lets a new version wait for the next visit, and says so', async () => {
    const { page, problems, close } = await openPage(browser, BASE_URL);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    const worker = join('dist', 'sw.js');
    const released = readFileSync(worker, 'utf8');
    try {
      writeFileSync(worker, `${released}\n// the next release\n`); // any byte changed is a new version
      await page.reload();
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 30_000 })
        .toBe(
          'A new version of Dual Mandate has been downloaded. It starts the next time you open the game.',
        );
      const registration = await page.evaluate(async () => {
        const found = await navigator.serviceWorker.getRegistration();
        return { waiting: found?.waiting !== null, active: found?.active !== null };
      });
      expect(registration).toEqual({ waiting: true, active: true }); // the open page keeps the old one
    } finally {
      writeFileSync(worker, released); // the other browser tests get the build as it was
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the single file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dm-single-'));
  const file = join(folder, 'dual-mandate.html');
  beforeAll(() => {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/package-offline.ts', '--out', file],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`package:offline failed:\n${run.stderr}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`package:offline: ${(statSync(file).size / 1024).toFixed(0)} KiB in ${seconds} s`);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names no other file: the script and the style are inline and allowed by their hashes, the rest data: URIs', () => {
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map(([, attributes]) => attributes)).toEqual(['']); // one classic script, no src, no type
    const script = scripts[0]![2]!;
    const markup = html.replace(script, '');
    const styles = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map(([, css]) => css!);
    expect(styles).toHaveLength(1);
    const references = [
      ...[...markup.matchAll(/\s(?:src|href|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map(([, url]) => url!),
      ...[...styles[0]!.matchAll(/url\(\s*['"]?([^'")]*)/g)].map(([, url]) => url!),
      ...[...styles[0]!.matchAll(/@import\s+['"]([^'"]*)/g)].map(([, url]) => url!),
    ];
    expect(references.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(script).not.toMatch(/\bimport\s*\(\s*["'`]/); // no chunk left to fetch
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(markup)?.[1] ?? '';
    expect(policy).toContain(`script-src ${hash(script)};`);
    expect(policy).toContain(`style-src ${hash(styles[0]!)};`);
    expect(policy).toContain("font-src 'self' data:;");
    for (const pack of builtPacks()) expect(html).toContain(JSON.stringify(pack.title.fr).slice(1, -1));
  });

  // The longest test of the file: a whole Short session with the Phaser stage (software WebGL) behind it.
  it(
    'opens from file:// with the network off and plays a Short session by keyboard to the review, with sound',
    { timeout: 180_000 },
    async () => {
      const { page, problems, close } = await openPage(browser, 'about:blank');
      const refused: string[] = [];
      await page.context().route('**/*', (route) => {
        if (route.request().url().startsWith('file:')) return route.continue();
        refused.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await page.context().setOffline(true);
      // The size of each sound Web Audio decodes, as the test sees it (the page itself has no hook).
      await page.context().addInitScript(() => {
        const decoded: string[] = [];
        Object.assign(window, { decoded });
        const decode = BaseAudioContext.prototype.decodeAudioData;
        BaseAudioContext.prototype.decodeAudioData = function (data, done, failed) {
          const bytes = data.byteLength;
          return decode.call(
            this,
            data,
            (buffer) => (decoded.push(`${bytes} bytes`), done?.(buffer)),
            (error) => (decoded.push(`failed: ${bytes} bytes`), failed?.(error)),
          );
        };
      });
      await page.goto(pathToFileURL(file).href);
      await heading(page, WORDS.en.title);
      await startFromTitle(page, 'en', PACK.title.en);
      const quarters = await playToEnding(page, 'en');
      expect(quarters[0]).toBe(1);
      await press(page, page.getByRole('button', { name: WORDS.en.debrief, exact: true }));
      await heading(page, WORDS.en.summary);
      // The pack's ambient bed played from its inlined Opus file (Chromium's first choice), with nothing fetched.
      const decoded = await page.evaluate(() => (window as unknown as { decoded: string[] }).decoded);
      expect(decoded).toContain(`${statSync(`assets/audio/bed-${PACK.id}.opus`).size} bytes`);
      expect(decoded.filter((line) => line.startsWith('failed'))).toEqual([]);
      expect(refused).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    },
  );

  it('plays where the browser refuses storage to file:// pages, and says the session is not saved', async () => {
    const { page, problems, close } = await openPage(browser, 'about:blank');
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      // Everything the live region says, kept by the test (the page itself has no hook).
      const said: string[] = [];
      Object.assign(window, { said });
      document.addEventListener('DOMContentLoaded', () => {
        const region = document.getElementById('announcer')!;
        const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
        observer.observe(region, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.goto(pathToFileURL(file).href);
    await startFromTitle(page, 'en', PACK.title.en);
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    await expect
      .poll(said)
      .toContain('This browser does not allow saving: the session will not survive a reload.');
    expect(await playQuarter(page, 'en')).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });
});
