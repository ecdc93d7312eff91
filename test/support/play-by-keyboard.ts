// N.B. Playwright folds every space in an accessible name, no-break ones included, into ' ': the French
// names below are written with plain spaces or \s where the page has U+00A0 or U+202F.
// Plays the game the way a keyboard user does: Tab, Shift+Tab, Enter, Space, arrows and the number keys,
// finding everything by role and accessible name (DESIGN §5's accessibility contract). Nothing here reads
// the game's state from its JavaScript: what it knows, it reads off the page.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, chooseRadio, heading, press, tabTo } from './browser';

export type Lang = 'en' | 'fr';

/** The words the tests look for, in each language (the contract's names are literal on purpose). */
export const WORDS = {
  en: {
    title: 'Dual Mandate',
    country: 'Country',
    length: 'Length',
    short: 'Short: 8 quarters',
    start: 'Start the briefing',
    begin: 'Begin quarter 1',
    briefing: /^Briefing: /,
    news: /^Quarter (\d+) of (\d+): the news$/,
    quarter: /^Quarter (\d+) of (\d+)$/,
    toDecisions: 'To the decisions',
    skipTutorial: 'Skip the tutorial',
    crisis: 'Crisis: an answer is required',
    initiatives: 'Initiatives',
    endQuarter: 'End quarter',
    report: /^Quarter (\d+): results$/,
    resolved: /^Quarter \d+ resolved\. Security \d+ of 100/,
    review: /^Mandate review after quarter \d+$/,
    reviewContinue: /^Continue to quarter \d+$/,
    reportContinue: /^(Continue|See how the mission ends)$/,
    ending: /^The ending: /,
    debrief: 'See the debrief',
    summary: /^After-action review: /,
    backToTitle: 'Back to the title screen',
    meters: ['Security', 'Legitimacy', 'Civilian harm'],
    language: 'English',
  },
  fr: {
    title: 'Dual Mandate',
    country: 'Pays',
    length: 'Durée',
    short: 'Courte : 8 trimestres',
    start: 'Commencer le briefing',
    begin: 'Commencer le trimestre 1',
    briefing: /^Briefing\s: /,
    news: /^Trimestre (\d+) sur (\d+)\s: les nouvelles$/,
    quarter: /^Trimestre (\d+) sur (\d+)$/,
    toDecisions: 'Passer aux décisions',
    skipTutorial: 'Passer le tutoriel',
    crisis: 'Crise : une réponse est requise',
    initiatives: 'Initiatives',
    endQuarter: 'Terminer le trimestre',
    report: /^Trimestre (\d+)\s: résultats$/,
    resolved: /^Trimestre \d+ terminé\. Sécurité \d+ sur 100/,
    review: /^Examen du mandat après le trimestre \d+$/,
    reviewContinue: /^Passer au trimestre \d+$/,
    reportContinue: /^(Continuer|Voir comment la mission se termine)$/,
    ending: /^Le dénouement\s: /,
    debrief: 'Voir le débriefing',
    summary: /^Débriefing\s: /,
    backToTitle: 'Retour à l’écran d’accueil',
    meters: ['Sécurité', 'Légitimité', 'Atteintes aux civils'],
    language: 'Français',
  },
} as const;

/** Screens on which a test asked for an axe check, and what axe found there. */
export type AxeLog = Record<string, string[]>;

async function checkAxe(page: Page, screen: string, log: AxeLog | undefined): Promise<void> {
  if (log && !(screen in log)) log[screen] = await axeViolations(page);
}

/** The index of a card's first enabled option that is not pressed yet, or -1. */
async function firstOpenIndex(card: Locator): Promise<number> {
  const options = await card.getByRole('button').all();
  for (const [index, option] of options.entries()) {
    if ((await option.isEnabled()) && (await option.getAttribute('aria-pressed')) === 'false') return index;
  }
  return -1;
}

/**
 * On the title: picks the pack by its country name, Short length, and starts; switches the language first
 * with the top bar's button.
 */
export async function startFromTitle(page: Page, lang: Lang, country: string, axe?: AxeLog): Promise<void> {
  const words = WORDS[lang];
  await press(page, page.getByRole('button', { name: words.language, exact: true }));
  await heading(page, words.title);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await checkAxe(page, 'title', axe);
  await chooseRadio(page, page.getByRole('group', { name: words.country }), country);
  await chooseRadio(page, page.getByRole('group', { name: words.length }), words.short);
  await press(page, page.getByRole('button', { name: words.start }));
  await heading(page, words.briefing);
  await checkAxe(page, 'briefing', axe);
  await press(page, page.getByRole('button', { name: words.begin }));
}

/**
 * Plays the quarter on screen: reads the news, skips the tutorial, answers a crisis with its first enabled
 * option, funds the first open option of the first card and — with a number key — of the second, then
 * ends the quarter. Returns on the report, whose announcement it has checked.
 */
export async function playQuarter(page: Page, lang: Lang, axe?: AxeLog): Promise<number> {
  const words = WORDS[lang];
  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  if (words.news.test((await title.textContent()) ?? ''))
    await press(page, page.getByRole('button', { name: words.toDecisions }));
  const quarterHeading = await heading(page, words.quarter);
  const quarter = Number(words.quarter.exec((await quarterHeading.textContent()) ?? '')?.[1]);
  const skip = page.getByRole('button', { name: words.skipTutorial });
  if (await skip.isVisible()) await press(page, skip);
  await checkAxe(page, 'quarter', axe);

  const crisis = page.getByRole('region', { name: words.crisis });
  if (await crisis.isVisible()) {
    const index = await firstOpenIndex(crisis);
    if (index < 0) throw new Error(`quarter ${quarter}: no enabled crisis answer`);
    const answer = crisis.getByRole('button').nth(index);
    await press(page, answer);
    await expect.poll(() => answer.getAttribute('aria-pressed')).toBe('true');
  }
  const cards = page.getByRole('region', { name: words.initiatives }).getByRole('group');
  if ((await cards.count()) > 0) {
    const index = await firstOpenIndex(cards.nth(0));
    const option = cards.nth(0).getByRole('button').nth(index);
    if (index >= 0) {
      await press(page, option, ' '); // Space presses a button too
      await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
    }
  }
  if ((await cards.count()) > 1) {
    const index = await firstOpenIndex(cards.nth(1));
    const option = cards.nth(1).getByRole('button').nth(index);
    if (index >= 0 && index < 4) {
      await tabTo(page, option); // into the card; its number key presses it (DESIGN: keys 1–4 inside a card)
      await page.keyboard.press(String(index + 1));
      await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
    }
  }
  await press(page, page.getByRole('button', { name: words.endQuarter, exact: true }));
  await heading(page, words.report);
  await expect.poll(async () => (await page.getByRole('status').textContent()) ?? '').toMatch(words.resolved);
  return quarter;
}

/** From the report: on through a review (axe-checked once) to the next quarter, or to the ending. */
export async function closeReport(page: Page, lang: Lang, axe?: AxeLog): Promise<'quarter' | 'ending'> {
  const words = WORDS[lang];
  await press(page, page.getByRole('button', { name: words.reportContinue }));
  const title = page.getByRole('heading', { level: 1 });
  await expect.poll(async () => (await title.textContent()) ?? '').not.toMatch(words.report);
  const text = (await title.textContent()) ?? '';
  if (words.review.test(text)) {
    await checkAxe(page, 'review', axe);
    await press(page, page.getByRole('button', { name: words.reviewContinue }));
    return 'quarter';
  }
  return words.ending.test(text) ? 'ending' : 'quarter';
}

/** Plays quarters until the ending screen; returns the quarters played. */
export async function playToEnding(page: Page, lang: Lang, axe?: AxeLog): Promise<number[]> {
  const played: number[] = [];
  for (let guard = 0; guard < 14; guard++) {
    played.push(await playQuarter(page, lang, axe));
    if ((await closeReport(page, lang, axe)) === 'ending') break;
  }
  await heading(page, WORDS[lang].ending);
  await checkAxe(page, 'ending', axe);
  return played;
}
