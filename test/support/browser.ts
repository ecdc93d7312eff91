// Helpers for the browser tests (test/e2e): pages that record what went wrong, axe, and keyboard-only
// navigation. Elements are found by role and accessible name only (STYLE §10); the bundle has no test hooks.
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Chromium's own note when it reads a software-rendered (SwiftShader) WebGL canvas back to composite the page
 * under --disable-gpu: a message from the GL driver about the browser's readback, not from the page. It is
 * the one console warning tolerated; everything else the page logs still counts.
 */
const SWIFTSHADER_READBACK =
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, [A-Z_]+, High\): GPU stall due to ReadPixels/;

export interface OpenedPage {
  readonly page: Page;
  /** Console errors and warnings, page errors, failed requests and missing files, as they happened. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/**
 * A fresh context (reduced motion, en-US unless told) and page that records everything that went wrong.
 * axe is added as an init script: the browser runs it outside the page's CSP, so the page keeps its real
 * policy (an inline <script> would be blocked by script-src 'self').
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: 'en-US', ...options });
  await context.addInitScript({ path: AXE_PATH });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && SWIFTSHADER_READBACK.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    // vite preview answers a missing file with index.html and a 200 (SPA fallback): count that as a 404.
    const isHtml = response.headers()['content-type']?.startsWith('text/html') ?? false;
    if (isHtml && response.request().resourceType() !== 'document')
      problems.push(`missing file (SPA fallback): ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

/** axe-core's violations on the page as it is now, one line each (rule: elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

/** Waits for the level-1 heading of a screen, by its accessible name. */
export async function heading(page: Page, name: string | RegExp): Promise<Locator> {
  const found = page.getByRole('heading', { level: 1, name });
  await found.waitFor();
  return found;
}

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Moves focus to `target` with Tab (or Shift+Tab when it lies before the focused element), as a keyboard
 * user would; fails if it cannot be reached in `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<void> {
  await target.waitFor();
  if (await isFocused(target)) return;
  const isBefore = await target.evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  const key = isBefore ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return;
  }
  throw new Error(`could not reach ${target.toString()} with ${key} in ${maxPresses} presses`);
}

/** Tabs to a button (or any control) and presses Enter. */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Selects the radio named `name` in `group` with the arrow keys, as a keyboard user does. */
export async function chooseRadio(page: Page, group: Locator, name: string): Promise<void> {
  const target = group.getByRole('radio', { name, exact: true });
  if (await target.isChecked()) return;
  // Tab lands on the group's checked radio; the arrow keys move (and check) from there.
  await tabTo(page, group.getByRole('radio', { checked: true }));
  const count = await group.getByRole('radio').count();
  for (let step = 0; step < count && !(await target.isChecked()); step++)
    await page.keyboard.press('ArrowDown');
  expect(await target.isChecked()).toBe(true);
}

/** The accessible names of the toggle buttons pressed (aria-pressed="true") inside `scope`. */
export async function pressedButtons(scope: Locator): Promise<string[]> {
  const buttons = await scope.getByRole('button', { pressed: true }).all();
  return Promise.all(buttons.map((button) => accessibleName(button)));
}

/** A control's accessible name as the browser computes it (from Playwright's ARIA snapshot). */
export async function accessibleName(target: Locator): Promise<string> {
  const snapshot = await target.ariaSnapshot();
  const match = /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot);
  return match?.[1] === undefined ? '' : (JSON.parse(`"${match[1]}"`) as string);
}
