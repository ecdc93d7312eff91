// Saves (autosave after every input, resume by replay, the backup) and the Page URL (DESIGN §5, §8),
// driven by the keyboard and read off the page by role and name.
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, openPage, press, pressedButtons } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { builtPacks } from '../support/packs';
import { closeReport, playQuarter, WORDS } from '../support/play-by-keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

const PACK = builtPacks()[0]!;
const RUN = `${BASE_URL}?scenario=${PACK.id}&seed=e2e-saves&lang=en&mode=solo&turns=8&difficulty=normal`;
// The save's storage key: the adapter's contract (scenes/adapters/local-storage-saves.ts).
const SAVE_KEY = 'dual-mandate.save';

/** What a trainee sees of the quarter: the three meters' values and the options pressed. */
async function quarterState(page: Page) {
  const meters = await Promise.all(
    WORDS.en.meters.map((name) =>
      page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow'),
    ),
  );
  return { meters, pressed: await pressedButtons(page.getByRole('main')) };
}

/** Opens the run, leaves the briefing and plays quarter 1, so quarter 2's decisions are on screen. */
async function openSecondQuarter(page: Page) {
  await heading(page, WORDS.en.briefing);
  await press(page, page.getByRole('button', { name: WORDS.en.begin }));
  await playQuarter(page, 'en');
  await closeReport(page, 'en');
  const news = page.getByRole('button', { name: WORDS.en.toDecisions });
  if (await news.isVisible()) await press(page, news);
  await heading(page, /^Quarter 2 of 8$/);
}

/** Funds the first open option of the first two initiative cards. */
async function fundTwo(page: Page) {
  const cards = page.getByRole('region', { name: WORDS.en.initiatives }).getByRole('group');
  for (const card of [cards.nth(0), cards.nth(1)]) {
    for (const option of await card.getByRole('button').all()) {
      if ((await option.isEnabled()) && (await option.getAttribute('aria-pressed')) === 'false') {
        await press(page, option);
        await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
        break;
      }
    }
  }
}

describe('saves', () => {
  it('resume the same quarter after a reload mid-quarter: same meters, same options pressed', async () => {
    const { page, problems, close } = await openPage(browser, RUN);
    await openSecondQuarter(page);
    await fundTwo(page);
    const before = await quarterState(page);
    expect(before.pressed.length).toBeGreaterThan(0);
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, /^Quarter 2 of 8$/);
    expect(await quarterState(page)).toEqual(before);
    expect(problems).toEqual([]);
    await close();
  });

  it('are offered by Continue on the title, which resumes where the trainee was', async () => {
    const { page, close } = await openPage(browser, RUN);
    await openSecondQuarter(page);
    await fundTwo(page);
    const before = await quarterState(page);
    await page.goto(BASE_URL, { waitUntil: 'networkidle' });
    await heading(page, 'Dual Mandate');
    await expect(page.getByText(`${PACK.title.en}, quarter 2 of 8`).isVisible()).resolves.toBe(true);
    await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
    await heading(page, /^Quarter 2 of 8$/);
    expect(await quarterState(page)).toEqual(before);
    await close();
  });

  it('when damaged, say so on the title and offer the backup, which resumes one input earlier', async () => {
    const { page, problems, close } = await openPage(browser, RUN);
    await openSecondQuarter(page);
    await fundTwo(page);
    const pressed = (await quarterState(page)).pressed;
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"saveVersion":1,"mode":"solo","log":{"formatV'),
      SAVE_KEY,
    );
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, 'Dual Mandate');
    await expect(
      page.getByText('The saved session could not be read: the save is damaged.').isVisible(),
    ).resolves.toBe(true);
    await press(page, page.getByRole('button', { name: 'Continue from the backup' }));
    await heading(page, /^Quarter 2 of 8$/);
    expect((await quarterState(page)).pressed).toEqual(pressed.slice(0, -1)); // the last choice was after the backup
    expect(problems).toEqual([]);
    await close();
  });

  it('from a newer version of the game are named as such, never a blank screen', async () => {
    const { page, close } = await openPage(browser, BASE_URL);
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"saveVersion":7,"mode":"solo","log":{}}'),
      SAVE_KEY,
    );
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, 'Dual Mandate');
    await expect(page.getByText('made by a newer version of Dual Mandate').isVisible()).resolves.toBe(true);
    await expect(page.getByText('There is no usable backup').isVisible()).resolves.toBe(true);
    await close();
  });
});

describe('the language switch', () => {
  it('keeps the quarter as it is, mid-decision, and <html lang> follows', async () => {
    const { page, problems, close } = await openPage(browser, RUN);
    await openSecondQuarter(page);
    await fundTwo(page);
    const before = await quarterState(page);
    await press(page, page.getByRole('button', { name: 'Français', exact: true }));
    await heading(page, /^Trimestre 2 sur 8$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const meters = await Promise.all(
      WORDS.fr.meters.map((name) =>
        page.getByRole('meter', { name, exact: true }).getAttribute('aria-valuenow'),
      ),
    );
    expect(meters).toEqual(before.meters);
    expect(await pressedButtons(page.getByRole('main'))).toHaveLength(before.pressed.length);
    await press(page, page.getByRole('button', { name: 'English', exact: true }));
    await heading(page, /^Quarter 2 of 8$/);
    expect(await quarterState(page)).toEqual(before);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the Page URL', () => {
  it('opens the briefing directly with ?scenario=', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?scenario=${PACK.id}&lang=fr`);
    await heading(page, WORDS.fr.briefing);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(problems).toEqual([]);
    await close();
  });

  it('names an invalid parameter on the title and does not start', async () => {
    const { page, close } = await openPage(
      browser,
      `${BASE_URL}?scenario=${PACK.id}&turns=9&difficulty=easy`,
    );
    await heading(page, 'Dual Mandate');
    await expect(page.getByText('an invalid value for “turns”').isVisible()).resolves.toBe(true);
    await expect(page.getByText('an invalid value for “difficulty”').isVisible()).resolves.toBe(true);
    await close();
  });

  // The pack is a JSON file fetched when a session opens (DESIGN §8): when it does not arrive, the title says
  // why in the trainee's language, and nothing crashes.
  it.each([
    {
      lang: 'en',
      answer: (route: Route) => route.abort('internetdisconnected'),
      notice: `The scenario “${PACK.id}” could not be loaded. Check your connection and reload the page.`,
    },
    {
      lang: 'fr',
      answer: (route: Route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }),
      notice: `Impossible de lire le scénario «\u00a0${PACK.id}\u00a0»\u00a0: son fichier est absent ou endommagé. Rechargez la page\u202f; si le problème se reproduit, prévenez la personne qui a installé le jeu.`,
    },
  ] as const)('names a pack that did not arrive ($lang) on the title', async ({ lang, answer, notice }) => {
    const { page, problems, close } = await openPage(browser, 'about:blank');
    await page.route('**/assets/pack-*.json', answer);
    await page.goto(`${BASE_URL}?scenario=${PACK.id}&seed=e2e-lost&lang=${lang}`);
    await heading(page, 'Dual Mandate');
    await expect(page.getByText(notice, { exact: true }).isVisible()).resolves.toBe(true);
    // Once the file arrives, the same pack opens from the title: a failure is not kept.
    await page.unroute('**/assets/pack-*.json');
    await press(page, page.getByRole('button', { name: WORDS[lang].start }));
    await heading(page, WORDS[lang].briefing);
    // What went wrong is in the console for whoever supports the trainee (with the browser's own line about
    // the failed request); nothing else went wrong.
    expect(
      problems.filter(
        (line) =>
          !/^(request failed|missing file \(SPA fallback\)): .*\/assets\/pack-/.test(line) &&
          !/^console\.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(line),
      ),
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^console.warning: Dual Mandate could not load the scenario "${PACK.id}"`),
      ),
    ]);
    await close();
  });

  it('names an unknown scenario', async () => {
    const { page, close } = await openPage(browser, `${BASE_URL}?scenario=atlantis&lang=fr`);
    await heading(page, 'Dual Mandate');
    await expect(page.getByText('une valeur invalide pour « scenario »').isVisible()).resolves.toBe(true);
    await close();
  });
});
