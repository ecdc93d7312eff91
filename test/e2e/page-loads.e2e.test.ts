// The built title screen loads cleanly, under the strict CSP, and meets the accessibility contract's
// page-load promises (DESIGN §5, §8).
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, heading, openPage as open, press } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';

// DESIGN §8, verbatim.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "media-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

/** A fresh page on the title, recording everything that went wrong while it was open. */
async function openPage(url: string, options: BrowserContextOptions = {}) {
  const opened = await open(browser, url, options);
  await heading(opened.page, 'Dual Mandate');
  return opened;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the title page', () => {
  it('loads with no console errors or warnings, page errors or failed requests', async () => {
    const { page, problems, close } = await openPage(BASE_URL);
    await expect(page.getByRole('button', { name: 'Start the briefing' }).isEnabled()).resolves.toBe(true);
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
    expect(servedHtml).toMatch(/<div id="announcer"[^>]*role="status"[^>]*aria-live="polite"/);
    await expect(page.getByRole('status').getAttribute('aria-live')).resolves.toBe('polite');
    await close();
  });

  it('switches <html lang> and its strings to French when Français is pressed', async () => {
    const { page, problems, close } = await openPage(BASE_URL);
    expect(await htmlLang(page)).toBe('en');
    const french = page.getByRole('button', { name: 'Français' });
    await press(page, french);
    await expect.poll(() => htmlLang(page)).toBe('fr');
    await expect(french.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Commencer le briefing' }).isVisible()).resolves.toBe(true);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Langue\u00a0: français');
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
  it('finds no violations on the English title in light mode', async () => {
    const { page, close } = await openPage(BASE_URL, { colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('finds no violations on the French title in dark mode', async () => {
    const { page, close } = await openPage(`${BASE_URL}?lang=fr`, { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
