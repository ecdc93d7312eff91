// The after-action review of one run (issue 9), opened by `?run=CODE` with a code the headless CLI made:
// both languages, a what-if, the printed report (PDF → pdftotext), axe, bad codes and a hostile import.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, heading, openPage } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';

let browser: Browser;
let code: string;
const scratch = mkdtempSync(join(tmpdir(), 'dm-review-'));

beforeAll(async () => {
  // The issue asks for a code made by `npm run -s sim -- … --codes`: the same run as the page's ?seed=.
  const out = execFileSync(
    'npm',
    ['run', '-s', 'sim', '--', '--scenario', 'kessaria', '--policy', 'random', '--runs', '1'].concat([
      '--seed',
      'e2e-review',
      '--codes',
      '--json',
    ]),
    { encoding: 'utf8' },
  );
  code = (JSON.parse(out) as { codes: string[] }).codes[0]!;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 60_000);
afterAll(async () => {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
});

const WORDS = {
  en: {
    heading: 'After-action review: Kessaria',
    replay: 'Replay with this choice',
    replayed: 'The replayed run',
    counts: /^Inputs kept: \d+ · replaced: 1 · dropped: \d+ · added: \d+$/,
    caption: 'Figure 1. Security, legitimacy and civilian harm',
    axes: ['Quarter', 'Meter (0–100)', 'Harm by source (0–100)'],
    trace: /^(\d+\. )?(Security|Legitimacy|Civilian harm) [+−]?\d+ in .+ ← /,
  },
  fr: {
    heading: 'Débriefing : Kessaria',
    replay: 'Rejouer avec ce choix',
    replayed: 'La partie rejouée',
    counts: /^Actions conservées\s: \d+ · remplacées\s: 1 · abandonnées\s: \d+ · ajoutées\s: \d+$/,
    caption: 'Figure 1. Sécurité, légitimité et atteintes aux civils',
    axes: ['Trimestre', 'Jauge (0 à 100)', 'Atteintes par auteur (0 à 100)'],
    trace: /^(\d+\. )?(Sécurité|Légitimité|Atteintes aux civils) [+−]?\d+ sur .+ ← /,
  },
} as const;

/** The PDF's text, as a reader's tools extract it (spaces of every width made plain). */
async function printedText(page: Page, name: string): Promise<string> {
  const pdf = join(scratch, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, join(scratch, `${name}.txt`)]);
  return readFileSync(join(scratch, `${name}.txt`), 'utf8').replace(/[\u00a0\u202f]/g, ' ');
}

describe.each(['en', 'fr'] as const)('?run=CODE in %s', (lang) => {
  const words = WORDS[lang];

  it('opens the review, replays a what-if, prints a report and passes axe', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?run=${code}&lang=${lang}`);
    await heading(page, words.heading.replace(' : ', '\u00a0: '));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);

    // A what-if: the first decision, its first other option (the pickers' defaults).
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.getByRole('button', { name: words.replay }).click();
    await page.getByRole('heading', { level: 3, name: words.replayed }).waitFor();
    await expect(page.getByText(words.counts).textContent()).resolves.toMatch(words.counts);
    expect(await page.locator('.what-if-chart svg[role="img"]').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    const text = await printedText(page, lang);
    const lines = text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
    expect(text.replace(/\s+/g, ' ')).toContain(words.heading);
    expect(text.replace(/\s+/g, ' ')).toContain(words.caption);
    for (const axis of words.axes) expect(lines.some((line) => line.includes(axis))).toBe(true);
    expect(lines.filter((line) => words.trace.test(line)).length).toBeGreaterThanOrEqual(3);
    expect(text).toContain(code.slice(0, 20));
    expect(text).not.toContain(words.replay); // the print stylesheet leaves the controls out
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('bad input', () => {
  it('names a tampered code and an oversized one on the title', async () => {
    const i = 10;
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    const first = await openPage(browser, `${BASE_URL}?run=${tampered}&lang=en`);
    await heading(first.page, 'Dual Mandate');
    await first.page.getByText('This run code was changed or mistyped').waitFor();
    expect(first.problems).toEqual([]);
    await first.close();

    const second = await openPage(browser, `${BASE_URL}?run=DM1${'A'.repeat(9_000)}&lang=fr`);
    await heading(second.page, 'Dual Mandate');
    await second.page.getByText(/^Ce code de partie est trop long/).waitFor();
    await second.close();
  });

  it('imports an export as text, never HTML, and refuses an oversized file', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?run=${code}&lang=en`);
    await heading(page, WORDS.en.heading);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    // The JSON export downloads as a Blob: the run code, and no notes for a run without any.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the JSON export' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported).toEqual({ format: 'dual-mandate-run', formatVersion: 1, code });

    const hostile = '<img src=x onerror=alert(1)>';
    const file = JSON.stringify({
      format: 'dual-mandate-run',
      formatVersion: 1,
      code,
      notes: { '2': hostile },
    });
    const input = page.getByLabel('Open a JSON export (or a file with a run code)');
    await input.setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('heading', { level: 2, name: 'Facilitator notes' }).waitFor();
    await expect(page.getByText(hostile, { exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.locator('main img').count()).toBe(0);
    await page.waitForTimeout(200); // an onerror would have fired by now
    expect(dialogs).toEqual([]);

    const big = Buffer.alloc(1_000_001, 0x20);
    await page
      .getByLabel('Open a JSON export (or a file with a run code)')
      .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
    await page.getByText('This file is too large: more than 1 MB.').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
