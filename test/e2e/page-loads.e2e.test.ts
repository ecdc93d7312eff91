// The built title screen loads cleanly, under the strict CSP, and meets the accessibility contract's
// page-load promises (DESIGN §5, §8).
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';

// DESIGN §8, verbatim.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "media-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

/** A fresh page that records everything that went wrong while it was open. */
async function openPage(url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: 'en-US', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    // vite preview answers a missing file with index.html and a 200 (SPA fallback): count that as a 404.
    const isHtml = response.headers()['content-type']?.startsWith('text/html') ?? false;
    if (isHtml && response.request().resourceType() !== 'document') {
      problems.push(`missing file (SPA fallback): ${response.url()}`);
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: 'Dual Mandate' }).waitFor();
  return { page, problems, close: () => context.close() };
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the title page', () => {
  it('loads with no console errors or warnings, page errors or failed requests', async () => {
    const { page, problems, close } = await openPage(BASE_URL);
    await expect(page.getByText('The scenario packs are being prepared.').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('declares the Content-Security-Policy of DESIGN §8', async () => {
    const { page, close } = await openPage(BASE_URL);
    const policies = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(policies).toEqual([CSP]); // exactly one policy, and it is the designed one
    await close();
  });

  it('serves its icon and robots.txt as files, not as the SPA fallback', async () => {
    const { page, close } = await openPage(BASE_URL);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const icon = await page.request.get(new URL(href ?? 'missing', BASE_URL).href);
    expect([icon.status(), icon.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    const robots = await page.request.get(new URL('robots.txt', BASE_URL).href);
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toMatch(/^User-agent: \*/);
    await close();
  });

  it('has a polite live region from page load, before any script runs', async () => {
    const { page, close } = await openPage(BASE_URL);
    const servedHtml = await (await page.request.get(BASE_URL)).text();
    expect(servedHtml).toMatch(/<div id="announcer"[^>]*aria-live="polite"/);
    await expect(page.locator('#announcer').getAttribute('aria-live')).resolves.toBe('polite');
    await close();
  });

  it('switches <html lang> and its strings to French when Français is pressed', async () => {
    const { page, problems, close } = await openPage(BASE_URL);
    expect(await htmlLang(page)).toBe('en');
    const french = page.getByRole('button', { name: 'Français' });
    await french.click();
    await expect.poll(() => htmlLang(page)).toBe('fr');
    await expect(french.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByText('Les scénarios sont en préparation.').isVisible()).resolves.toBe(true);
    await expect(page.locator('#announcer').textContent()).resolves.toBe('Langue\u00a0: français');
    expect(problems).toEqual([]);
    await close();
  });

  it('starts in the language of ?lang=, and names an invalid parameter', async () => {
    const french = await openPage(`${BASE_URL}?lang=fr`);
    expect(await htmlLang(french.page)).toBe('fr');
    await french.close();
    const invalid = await openPage(`${BASE_URL}?lang=xx`);
    expect(await htmlLang(invalid.page)).toBe('en'); // the browser's language, en-US
    await expect(invalid.page.getByText('invalid value for “lang”').isVisible()).resolves.toBe(true);
    await invalid.close();
  });
});

describe('axe', () => {
  // axe is injected as an init script: the browser runs it outside the page's CSP, so the page under
  // test keeps its real policy (an inline <script> would be blocked by script-src 'self').
  async function violations(url: string, options: BrowserContextOptions) {
    const context = await browser.newContext({ reducedMotion: 'reduce', locale: 'en-US', ...options });
    await context.addInitScript({ path: AXE_PATH });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Dual Mandate' }).waitFor();
    const found = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
      const results = await axe.run(document);
      return results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    await context.close();
    return found;
  }

  it('finds no violations on the English title in light mode', async () => {
    expect(await violations(BASE_URL, { colorScheme: 'light' })).toEqual([]);
  });

  it('finds no violations on the French title in dark mode', async () => {
    expect(await violations(`${BASE_URL}?lang=fr`, { colorScheme: 'dark' })).toEqual([]);
  });
});
