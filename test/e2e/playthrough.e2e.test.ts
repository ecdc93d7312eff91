// Every pack the build holds, played to its ending with the keyboard alone (DESIGN §5's contract, STYLE §10):
// Short sessions, languages alternating between packs, axe on every kind of screen in both languages.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleName, heading, openPage, press } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { builtPacks } from '../support/packs';
import {
  playQuarter,
  playToEnding,
  startFromTitle,
  WORDS,
  type AxeLog,
  type Lang,
} from '../support/play-by-keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

const PACKS = builtPacks();
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
/** Pack i plays in English when i is even, in French when odd; a lone pack plays through in both. */
const fullRunLanguages = (index: number): Lang[] =>
  PACKS.length === 1 ? ['en', 'fr'] : [index % 2 === 0 ? 'en' : 'fr'];

it('offers every pack of the build as a country on the title', async () => {
  const { page, close } = await openPage(browser, BASE_URL);
  const radios = await page.getByRole('group', { name: 'Country' }).getByRole('radio').all();
  const countries = await Promise.all(radios.map((radio) => accessibleName(radio)));
  expect(countries).toEqual(PACKS.map((pack) => pack.title.en));
  await close();
});

describe.each(PACKS.map((pack, index) => [pack.id, pack, index] as const))('%s', (_id, pack, index) => {
  it.each(fullRunLanguages(index))(
    'plays a Short session in %s to its ending by keyboard; axe is clean on title, briefing, quarter, review and ending',
    async (lang) => {
      const words = WORDS[lang];
      const { page, problems, close } = await openPage(browser, BASE_URL);
      const axe: AxeLog = {};
      await startFromTitle(page, lang, pack.title[lang], axe);
      const quarters = await playToEnding(page, lang, axe);
      expect(quarters[0]).toBe(1);
      expect(quarters.at(-1)).toBeLessThanOrEqual(8); // Short; earlier only if the mission collapsed
      await press(page, page.getByRole('button', { name: words.debrief, exact: true }));
      await heading(page, words.summary);
      await expect(page.getByText(/^DM1[A-Za-z0-9_-]+$/).isVisible()).resolves.toBe(true); // the run code
      const screens = ['briefing', 'ending', 'quarter', ...(quarters.length >= 4 ? ['review'] : []), 'title'];
      expect(axe).toEqual(Object.fromEntries(screens.map((screen) => [screen, []])));
      await press(page, page.getByRole('button', { name: words.backToTitle }));
      await heading(page, words.title);
      expect(problems).toEqual([]);
      await close();
    },
  );

  it(`plays the first quarter in ${other(fullRunLanguages(index)[0]!)} too`, async () => {
    const lang = other(fullRunLanguages(index)[0]!);
    const { page, problems, close } = await openPage(browser, BASE_URL);
    await startFromTitle(page, lang, pack.title[lang]);
    expect(await playQuarter(page, lang)).toBe(1);
    for (const name of WORDS[lang].meters) {
      const meter = page.getByRole('meter', { name, exact: true });
      expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
      expect(await meter.getAttribute('aria-valuetext')).toMatch(
        lang === 'fr' ? /^\d+ sur 100/ : /^\d+ of 100/,
      );
    }
    expect(problems).toEqual([]);
    await close();
  });
});
