// Help and settings: one key opens help (and settings can turn that key off, WCAG 2.1.4), Escape closes a
// dialog and gives focus back, the settings take effect at once; axe on the open dialogs.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, heading, openPage, press, tabTo } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { builtPacks } from '../support/packs';
import { WORDS } from '../support/play-by-keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

const QUARTER = `${BASE_URL}?scenario=${builtPacks()[0]!.id}&seed=e2e-dialogs&lang=en&turns=8`;

/** Opens quarter 1's decisions and focuses its first option. */
async function firstQuarter(url: string) {
  const opened = await openPage(browser, url);
  const { page } = opened;
  await heading(page, WORDS.en.briefing);
  await press(page, page.getByRole('button', { name: WORDS.en.begin }));
  await press(page, page.getByRole('button', { name: WORDS.en.toDecisions }));
  await heading(page, WORDS.en.quarter);
  return opened;
}

describe('help', () => {
  it('opens with H, reads from its heading, and Escape gives focus back', async () => {
    const { page, problems, close } = await firstQuarter(QUARTER);
    const option = page.getByRole('region', { name: WORDS.en.initiatives }).getByRole('button').first();
    await tabTo(page, option);
    await page.keyboard.press('h');
    const help = page.getByRole('dialog', { name: 'Help' });
    await help.waitFor();
    expect(
      await help.getByRole('heading', { name: 'Help' }).evaluate((e) => e === document.activeElement),
    ).toBe(true);
    await expect(help.getByRole('term').first().textContent()).resolves.toBe('Political capital');
    expect(await help.getByRole('term').count()).toBeGreaterThan(10); // the packs' shared glossary
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await option.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('settings', () => {
  it('turn off the H key and the number keys', async () => {
    const { page, close } = await firstQuarter(QUARTER);
    expect(await page.getByText('Inside a card, keys 1 to 4 choose its options.').count()).toBe(1);
    await press(page, page.getByRole('button', { name: 'Settings' }));
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await press(page, settings.getByRole('checkbox', { name: 'The H key opens help' }), ' ');
    await press(
      page,
      settings.getByRole('checkbox', { name: 'Keys 1 to 4 choose options inside a card' }),
      ' ',
    );
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: 'Help', exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.getByText('Inside a card, keys 1 to 4 choose its options.').count()).toBe(0);
    await page.keyboard.press('h');
    await page.waitForTimeout(200);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Keys 1–4 no longer choose: the first card's first option stays unpressed.
    const card = page.getByRole('region', { name: WORDS.en.initiatives }).getByRole('group').first();
    await tabTo(page, card.getByRole('button').first());
    await page.keyboard.press('2');
    expect(await card.getByRole('button', { pressed: true }).count()).toBe(0);
    await close();
  });

  it('apply text size and high contrast at once, and keep them after a reload', async () => {
    const { page, close } = await openPage(browser, `${BASE_URL}?lang=fr`);
    await heading(page, 'Dual Mandate');
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const normal = await size();
    await press(page, page.getByRole('button', { name: 'Réglages' }));
    const settings = page.getByRole('dialog', { name: 'Réglages' });
    await tabTo(page, settings.getByRole('radio', { name: 'Normale' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(settings.getByRole('radio', { name: 'Très grande' }).isChecked()).resolves.toBe(true);
    await press(page, settings.getByRole('checkbox', { name: 'Contraste élevé' }), ' ');
    await page.keyboard.press('Escape');
    expect(parseFloat(await size())).toBe(parseFloat(normal) * 1.5);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, 'Dual Mandate');
    expect(parseFloat(await size())).toBe(parseFloat(normal) * 1.5);
    await close();
  });
});
