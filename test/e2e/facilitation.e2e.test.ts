// The facilitator's tools (issue 10): the cohort debrief from pasted run codes, group mode (timer, votes)
// and the printable guide, driven by keyboard and read off the page by role and name; PDFs read back
// with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { exportRun, parseRunExport } from '../../src/debrief/run-export';
import { playSession } from '../../src/sim/play';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { replay } from '../../src/sim/replay';
import { axeViolations, chooseRadio, heading, openPage, press } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { closeReport, playToEnding, WORDS } from '../support/play-by-keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

const kessaria = loadScenario('kessaria');
/** 20 Short runs of Kessaria by the random policy: what `npm run -s sim -- … --runs 20 --codes` prints. */
const CODES = Array.from({ length: 20 }, (_, i) =>
  encodeRunCode(
    playSession(kessaria, { turns: 8, difficulty: 'normal', seed: i === 0 ? 'room' : `room.${i}` }, 'random')
      .log,
    kessaria,
  ),
);
/** Code 6 with one character of its body changed: its checksum no longer matches. */
const TAMPERED = CODES[5]!.slice(0, 14) + (CODES[5]![14] === 'A' ? 'B' : 'A') + CODES[5]!.slice(15);

/** What a facilitator pastes: a chat with codes, links, commas, a duplicate and a hostile "name". */
const CHAT = [
  `[09:58] <script>alert(1)</script>: ${CODES[0]!}`,
  `[09:59] Team 2: ${BASE_URL}?run=${CODES[1]!}&lang=en`,
  `${CODES.slice(2, 5).join(', ')}`,
  `Team 6 says ${TAMPERED} (sorry, typed by hand)`,
  CODES.slice(6).join('\n'),
  `again: ${CODES[0]!}`,
].join('\n');

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'dm-pdf-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function openCohort(page: Page, lang: 'en' | 'fr') {
  const words = lang === 'en' ? { open: 'Debrief a group' } : { open: 'Débriefer un groupe' };
  await heading(page, 'Dual Mandate');
  await press(page, page.getByRole('button', { name: words.open }));
}

describe('the cohort debrief', () => {
  it('loads 20 codes from a chat, names the tampered one, executes nothing, and prints', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?lang=en`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openCohort(page, 'en');
    await heading(page, 'Group debrief');
    const box = page.getByRole('textbox', { name: /run codes/ });
    await box.fill(CHAT);
    await press(page, page.getByRole('button', { name: 'Load', exact: true }));
    await heading(page, `Group debrief: ${kessaria.title.en}`);
    await expect(page.getByRole('main').getByText('Runs loaded: 19.').isVisible()).resolves.toBe(true);
    const notLoaded = page.getByRole('region', { name: 'Not loaded' });
    expect(await notLoaded.getByRole('listitem').allTextContents()).toEqual([
      `${TAMPERED.slice(0, 10)}…${TAMPERED.slice(-5)}: the code was changed or mistyped (its checksum does not match).`,
    ]);
    // The room's label for run 1, typed by the facilitator, is shown as text and never run.
    const label = page.getByRole('textbox', { name: 'Label for run 1', exact: true });
    await label.fill('<script>alert(1)</script>');
    await label.press('Enter');
    await expect
      .poll(() => page.getByRole('rowheader', { name: '<script>alert(1)</script>' }).count())
      .toBe(1);
    expect(dialogs).toEqual([]);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.getByRole('img', { name: 'Security' }).count()).toBe(1);
    expect(
      await page.getByRole('region', { name: 'Questions for the room' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);
    const review = page.getByRole('link', { name: 'Open the review of Run 2' });
    expect(await review.getAttribute('href')).toBe(`?run=${CODES[1]!}&lang=en`);
    expect(await axeViolations(page)).toEqual([]);
    // Hide names for the projector, then print: the PDF has the comparison, not the names.
    await page.getByRole('checkbox', { name: 'Hide names (for the projector)' }).check();
    await expect
      .poll(() => page.getByRole('rowheader', { name: '<script>alert(1)</script>' }).count())
      .toBe(0);
    const text = pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(`Group debrief: ${kessaria.title.en}`);
    expect(text).toContain('Runs loaded: 19.');
    expect(text).toContain('Questions for the room');
    expect(text).toContain('Run 1');
    expect(text).not.toContain('alert(1)');
    expect(text).not.toContain('Paste run codes');
    expect(problems).toEqual([]);
    await close();
  });

  it('works in French: « codes de partie », « Charger », and the same runs', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?lang=fr`);
    await openCohort(page, 'fr');
    await page.getByRole('textbox', { name: /codes de partie/ }).fill(CODES.slice(0, 5).join(' '));
    await press(page, page.getByRole('button', { name: 'Charger', exact: true }));
    await heading(page, `Débriefing de groupe : ${kessaria.title.fr}`);
    await expect(page.getByRole('main').getByText('Parties chargées : 5.').isVisible()).resolves.toBe(true);
    // A team's JSON export (issue 9's format) adds its run and brings its facilitator notes along.
    await page.getByLabel('Ou choisissez des exports JSON ou des fichiers texte').setInputFiles({
      name: 'equipe-bleue.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportRun(CODES[6]!, { '2': 'La salle hésitait sur le filtrage.' })),
    });
    await expect.poll(() => page.getByRole('main').getByText('Parties chargées : 6.').count()).toBe(1);
    await expect
      .poll(() =>
        page.getByText('Notes sur Partie 6, trimestre 2 : La salle hésitait sur le filtrage.').count(),
      )
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('is not offered when an LMS launched the game (mode=course)', async () => {
    const { page, close } = await openPage(browser, `${BASE_URL}?mode=course&lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Debrief a group' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Facilitator guide' }).count()).toBe(0);
    await close();
  });
});

describe('the facilitator guide', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`prints from the pack's own data (${lang})`, async () => {
      const { page, problems, close } = await openPage(browser, `${BASE_URL}?lang=${lang}`);
      await heading(page, 'Dual Mandate');
      await press(
        page,
        page.getByRole('button', { name: lang === 'en' ? 'Facilitator guide' : 'Guide de l’animateur' }),
      );
      await heading(page, lang === 'en' ? /^Facilitator guide: / : /^Guide de l’animateur\s: /);
      await chooseRadio(
        page,
        page.getByRole('group', { name: lang === 'en' ? 'Country' : 'Pays' }),
        kessaria.title[lang],
      );
      await heading(
        page,
        lang === 'en' ? `Facilitator guide: ${kessaria.title.en}` : /^Guide de l’animateur\s: Kessaria$/,
      );
      expect(await axeViolations(page)).toEqual([]);
      const text = pdfText(await page.pdf({ format: 'A4' }));
      const pack = kessaria;
      const first = (value: string) => value.replace(/\s+/g, ' ').slice(0, 40);
      expect(text).toContain(first(pack.objectives[0]!.text[lang]));
      expect(text).toContain(first(pack.questions[0]!.text[lang]));
      expect(text).toContain(lang === 'en' ? 'Session plan: 90 minutes' : 'Déroulé de session : 90 minutes');
      expect(text).toContain(
        lang === 'en' ? 'How to collect run codes' : 'Comment recueillir les codes de partie',
      );
      expect(text).not.toContain(lang === 'en' ? 'Print or save as PDF' : 'Imprimer ou enregistrer');
      expect(problems).toEqual([]);
      await close();
    });
  }
});

describe('group mode', () => {
  it('records the votes with the choice, the default when time runs out, and both survive the run code', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?lang=en`);
    await page.clock.install();
    // Seed group-b opens quarter 1 of Kessaria on the crisis "A detainee beaten" (found with openSession).
    await page.goto(`${BASE_URL}?scenario=kessaria&seed=group-b&lang=en&mode=group&turns=8`, {
      waitUntil: 'networkidle',
    });
    await heading(page, WORDS.en.briefing);
    expect(await page.evaluate(() => document.body.classList.contains('mode-group'))).toBe(true);
    await press(page, page.getByRole('button', { name: WORDS.en.begin }));
    await press(page, page.getByRole('button', { name: WORDS.en.toDecisions }));
    await heading(page, WORDS.en.quarter);
    await press(page, page.getByRole('button', { name: WORDS.en.skipTutorial }));
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent()).toMatch(/^Deliberation time left: /);

    // The room votes 5–2 on the first initiative card, and its first option is funded with those votes.
    const card = page.getByRole('region', { name: WORDS.en.initiatives }).getByRole('group').first();
    const options = card.getByRole('button');
    const labels = await card.locator('.option-label').allTextContents();
    await card.getByRole('spinbutton', { name: `Votes for “${labels[0]!}”` }).fill('5');
    await card.getByRole('spinbutton', { name: `Votes for “${labels[1]!}”` }).fill('2');
    await press(page, options.first());
    await expect.poll(() => options.first().getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Nobody answers the crisis: the timer runs out and the crisis takes its default answer.
    // One jump per 1-second tick (fastForward fires what is due once): runFor would also run every
    // animation frame of the Phaser stage for three minutes.
    for (let tick = 0; tick < 200 && (await timer.textContent()) !== 'Deliberation time is up.'; tick++)
      await page.clock.fastForward(1_000);
    await expect.poll(() => timer.textContent()).toBe('Deliberation time is up.');
    const crisis = page.getByRole('region', { name: WORDS.en.crisis });
    const defaultOption = kessaria.incidents.find((i) => i.id === 'detainee-beaten')!;
    const defaultLabel =
      defaultOption.kind === 'crisis'
        ? defaultOption.options.find((o) => o.id === defaultOption.defaultOptionId)!.label.en
        : '';
    await expect
      .poll(() => crisis.getByRole('button', { name: defaultLabel }).getAttribute('aria-pressed'))
      .toBe('true');

    // Facilitator notes on quarter 1, beside the save.
    await press(page, page.getByRole('button', { name: WORDS.en.endQuarter, exact: true }));
    await heading(page, WORDS.en.report);
    const notes = page.getByRole('textbox', { name: 'Facilitator notes, quarter 1' });
    await notes.fill('Split 5–2 on the battalion; nobody wanted to answer the crisis.');
    await notes.blur();
    expect(await page.evaluate(() => localStorage.getItem('dual-mandate.notes'))).toContain('Split 5–2');
    await closeReport(page, 'en');
    await playToEnding(page, 'en');

    const code = (await page.getByRole('main').locator('code').first().textContent())?.trim() ?? '';
    expect(code).not.toContain('Split'); // notes never go in the code
    const decoded = decodeRunCode(code, kessaria);
    if (!decoded.ok) throw new Error(decoded.reason);
    const firstCard = decoded.log.inputs.find((input) => input.type === 'option.chosen');
    const cardOptions = kessaria.decisions.find(
      (d) => d.id === (firstCard as { decisionId: string }).decisionId,
    )!;
    expect(firstCard).toEqual({
      type: 'option.chosen',
      decisionId: cardOptions.id,
      optionId: cardOptions.options[0]!.id,
      votes: { [cardOptions.options[0]!.id]: 5, [cardOptions.options[1]!.id]: 2 },
    });
    expect(decoded.log.inputs).toContainEqual({ type: 'decision.timedOut', decisionId: 'detainee-beaten' });
    const { events } = replay(decoded.log, kessaria);
    expect(events).toContainEqual({
      type: 'option.defaulted',
      decisionId: 'detainee-beaten',
      optionId: 'say-nothing-keep-the-partnership',
      turn: 1,
    });
    // The review shows the notes and the dissent, and its JSON export carries the notes (not the code).
    await press(page, page.getByRole('button', { name: WORDS.en.debrief }));
    await expect
      .poll(() => page.getByRole('region', { name: 'Facilitator notes' }).textContent())
      .toContain('Split 5–2');
    await expect.poll(() => page.getByRole('region', { name: 'Votes and dissent' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the JSON export' }).click(),
    ]);
    const exported = parseRunExport(readFileSync(await download.path(), 'utf8'));
    expect(exported.ok && exported.code).toBe(code);
    expect(exported.ok && exported.notes).toEqual({
      '1': 'Split 5–2 on the battalion; nobody wanted to answer the crisis.',
    });
    expect(problems).toEqual([]);
    await close();
  }, 180_000);

  it('lets the facilitator set the deliberation time on the title, in French, with vote fields named per option', async () => {
    const { page, problems, close } = await openPage(browser, `${BASE_URL}?lang=fr`);
    await heading(page, 'Dual Mandate');
    await chooseRadio(page, page.getByRole('group', { name: 'Mode' }), 'Groupe animé');
    const time = page.getByRole('group', { name: 'Temps de délibération par décision' });
    await chooseRadio(page, time, '1 min');
    expect(await axeViolations(page)).toEqual([]);
    await chooseRadio(page, page.getByRole('group', { name: WORDS.fr.country }), kessaria.title.fr);
    await chooseRadio(page, page.getByRole('group', { name: WORDS.fr.length }), WORDS.fr.short);
    await press(page, page.getByRole('button', { name: WORDS.fr.start }));
    await heading(page, WORDS.fr.briefing);
    await press(page, page.getByRole('button', { name: WORDS.fr.begin }));
    const toDecisions = page.getByRole('button', { name: WORDS.fr.toDecisions });
    await press(page, toDecisions);
    await heading(page, WORDS.fr.quarter);
    // 1 minute, counting down (the first tick may already have passed).
    await expect
      .poll(() => page.getByRole('timer').textContent())
      .toMatch(/^Temps de délibération restant\s: (1:00|0:5\d)$/);
    const fields = page.getByRole('spinbutton', { name: /^Voix pour «\s.+\s»$/ });
    expect(await fields.count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
