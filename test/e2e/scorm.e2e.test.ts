// The SCORM packages in an LMS (issue 11): `npm run package:scorm` builds both zips once; scorm-again (a real
// SCORM runtime) plays the LMS in a harness page that launches each manifest's href in a frame; a Short run
// is played by keyboard. What the LMS holds is then checked against the run the game says it played: the run
// code it kept in suspend_data, replayed here in Node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { scoreOf } from '../../src/debrief/scorecard';
import { replay, type SessionLog } from '../../src/sim/replay';
import { decodeRunCode } from '../../src/sim/run-code';
import { heading, openPage, press, pressedButtons, type OpenedPage } from '../support/browser';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { closeReport, playQuarter, playToEnding, WORDS, type Lang } from '../support/play-by-keyboard';
import { framePage, readManifest, serveLms, type LmsServer } from '../support/scorm-lms';

const SCENARIO = 'kessaria';
const MASTERY = 50;
const scenario = loadScenario(SCENARIO);
const ZIPS = { '1.2': 'dual-mandate-scorm12.zip', '2004': 'dual-mandate-scorm2004.zip' } as const;
type Version = keyof typeof ZIPS;

let browser: Browser;
let lms: LmsServer;
const zips = {} as Record<Version, Uint8Array>;
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dm-scorm-e2e-'));
  const started = performance.now();
  const result = spawnSync(
    'node_modules/.bin/tsx',
    [
      'src/cli/package-scorm.ts',
      '--scenario',
      SCENARIO,
      '--turns',
      '8',
      '--mastery',
      String(MASTERY),
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  console.info(`package:scorm took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const version of ['1.2', '2004'] as const) zips[version] = readFileSync(join(out, ZIPS[version]));
  lms = await serveLms({ scorm12: zips['1.2'], scorm2004: zips['2004'] });
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await lms?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The CMI as scorm-again renders it: `{ cmi: { … } }`, nested objects, interactions keyed by index. */
type Cmi = Record<string, unknown>;
const at = (cmi: Cmi, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], cmi);
const text = (cmi: Cmi, path: string) => {
  const value = at(cmi, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const interactionsOf = (cmi: Cmi) => {
  const all = at(cmi, 'cmi.interactions');
  return Object.values((all ?? {}) as Record<string, Record<string, unknown>>).filter(
    (entry) => typeof entry === 'object' && entry !== null && 'id' in entry,
  );
};

const manifestOf = (version: Version) =>
  readManifest(new TextDecoder().decode(unzipSync(zips[version])['imsmanifest.xml']));

/** Opens the harness and launches the package of `version` with what the LMS holds (`cmi`). */
async function launch(opened: OpenedPage, version: Version, cmi: Cmi): Promise<{ frame: Frame; page: Page }> {
  const manifest = manifestOf(version);
  const href = `/scorm${version === '1.2' ? '12' : '2004'}/${manifest.href ?? 'no-href'}${manifest.parameters}`;
  await opened.page.evaluate(
    ([v, h, c]) => (window as unknown as { lms: { launch: (...a: unknown[]) => void } }).lms.launch(v, h, c),
    [version, href, cmi] as const,
  );
  const handle = await opened.page.locator('iframe').elementHandle();
  const frame = (await handle?.contentFrame())!;
  return { frame, page: framePage(opened.page, frame) };
}

const lmsState = (opened: OpenedPage) =>
  opened.page.evaluate(() => (window as unknown as { lms: { cmi: () => Cmi } }).lms.cmi());
const unload = (opened: OpenedPage) =>
  opened.page.evaluate(() => (window as unknown as { lms: { unload: () => Cmi } }).lms.unload());

/** The run the LMS holds: its suspend_data decoded against the pack, and that run's score. */
function runOf(suspendData: string): { log: SessionLog; score: number } {
  const decoded = decodeRunCode(suspendData, scenario);
  if (!decoded.ok) throw new Error(`suspend_data is not a run code: ${decoded.reason}`);
  return { log: decoded.log, score: scoreOf(scenario, replay(decoded.log, scenario).state.benchmarks) };
}

/** The option ids of the log's choices, in order: what the interactions' responses must be. */
const choicesOf = (log: SessionLog) =>
  log.inputs.flatMap((input) => (input.type === 'option.chosen' ? [input.optionId] : []));

/** From the ending: open the after-action review (the debrief), which completes a course. */
async function openReview(page: Page, lang: Lang) {
  await press(page, page.getByRole('button', { name: WORDS[lang].debrief, exact: true }));
  await heading(page, WORDS[lang].summary);
}

// A Short run by keyboard takes 10–60 s with the Phaser stage on a busy 2-core machine.
describe('the SCORM packages', { timeout: 180_000 }, () => {
  it('list every file of the zip in the manifest, and every listed file is in the zip', () => {
    for (const version of ['1.2', '2004'] as const) {
      const entries = Object.keys(unzipSync(zips[version]));
      const manifest = manifestOf(version);
      expect(manifest.schemaVersion).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
      expect(new Set(manifest.files)).toEqual(
        new Set(entries.filter((entry) => entry !== 'imsmanifest.xml')),
      );
      expect(manifest.files).toContain(manifest.href);
      // The content the game fetches when it needs it: the course's pack (with the others) and the glossary.
      expect(manifest.files).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^assets/pack-${SCENARIO}-[\\w-]+\\.json$`)),
          expect.stringMatching(/^assets\/glossary-[\w-]+\.json$/),
        ]),
      );
      // No service worker or web app manifest in an LMS package (DESIGN §6).
      expect(entries.filter((entry) => /(^|\/)(sw|workbox-[^/]*)\.js$|\.webmanifest$/.test(entry))).toEqual(
        [],
      );
      console.info(
        `${ZIPS[version]}: ${zips[version].length.toLocaleString('en')} bytes, ${entries.length} files`,
      );
    }
  });

  it('SCORM 1.2: a Short run by keyboard is recorded — interactions, suspend data, status, score, exit', async () => {
    const opened = await openPage(browser, lms.url);
    const { page, frame } = await launch(opened, '1.2', {
      student_data: { mastery_score: manifestOf('1.2').mastery },
      student_preference: { language: '' },
    });
    await heading(page, WORDS.en.briefing);
    await press(page, page.getByRole('button', { name: WORDS.en.begin }));
    const quarters = await playToEnding(page, 'en');
    const beforeReview = await lmsState(opened);
    expect(text(beforeReview, 'cmi.core.lesson_status')).toBe('incomplete'); // the ending alone is not completion
    await openReview(page, 'en');
    const registrations = await frame.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((r) => r.length),
    );
    expect(registrations).toBe(0);
    await press(page, page.getByRole('button', { name: WORDS.en.backToTitle }));
    await heading(page, 'Module finished');

    const cmi = await lmsState(opened);
    const suspendData = text(cmi, 'cmi.suspend_data');
    expect(suspendData.length).toBeLessThanOrEqual(4096);
    const run = runOf(suspendData);
    expect(run.log.turns).toBe(8);
    expect(text(cmi, 'cmi.core.lesson_location')).toBe(String(Math.min(quarters.at(-1)! + 1, 8)));
    // The score is the scorecard's score of the run the LMS holds, to the hundredth, on 0–100.
    expect(Number(text(cmi, 'cmi.core.score.raw'))).toBeCloseTo(run.score, 2);
    expect(text(cmi, 'cmi.core.score.min')).toBe('0');
    expect(text(cmi, 'cmi.core.score.max')).toBe('100');
    expect(text(cmi, 'cmi.core.lesson_status')).toBe(run.score >= MASTERY ? 'passed' : 'failed');
    expect(text(cmi, 'cmi.core.exit')).toBe('');
    expect(text(cmi, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    // One choice interaction per decision, in order, with the option id as the response.
    const interactions = interactionsOf(cmi);
    expect(interactions.map((i) => i.student_response)).toEqual(choicesOf(run.log));
    expect(interactions.length).toBeGreaterThanOrEqual(quarters.length); // every quarter took a decision
    for (const interaction of interactions) {
      expect(interaction).toMatchObject({ type: 'choice', result: 'neutral' });
      expect(String(interaction.id)).toMatch(/^q[1-8]-[A-Za-z0-9._-]+$/);
      expect(String(interaction.latency)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(String(interaction.time)).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }
    expect(new Set(interactions.map((i) => i.id)).size).toBe(interactions.length);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('SCORM 2004: leaving mid-quarter suspends; the relaunch resumes there, in the learner’s language, and numbering continues', async () => {
    // (Completion and score are played through in the 1.2 run; the 2004 values are checked in test/lms.)
    const opened = await openPage(browser, lms.url);
    const scaled = manifestOf('2004').mastery;
    expect(scaled).toBe(String(MASTERY / 100));
    const first = await launch(opened, '2004', {
      scaled_passing_score: scaled,
      learner_preference: { language: 'fr-CA' },
    });
    let page = first.page;
    const fr = WORDS.fr;
    await heading(page, fr.briefing); // the learner preference, though the browser says en-US
    await press(page, page.getByRole('button', { name: fr.begin }));
    for (let quarter = 1; quarter <= 2; quarter++) {
      await playQuarter(page, 'fr');
      await closeReport(page, 'fr');
    }
    // Quarter 3, mid-decision: answer the crisis (or fund a first initiative), then the LMS closes the frame.
    const news = page.getByRole('button', { name: fr.toDecisions });
    if (await news.isVisible()) await press(page, news);
    await heading(page, /^Trimestre 3 sur 8$/);
    const crisis = page.getByRole('region', { name: fr.crisis });
    const card = page.getByRole('region', { name: fr.initiatives }).getByRole('group').first();
    const scope = (await crisis.isVisible()) ? crisis : card;
    const option = scope.getByRole('button', { disabled: false }).first();
    await press(page, option);
    await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
    const pressed = await pressedButtons(page.getByRole('main'));

    const left = await unload(opened);
    expect(text(left, 'cmi.exit')).toBe('suspend');
    expect(text(left, 'cmi.location')).toBe('3');
    expect(text(left, 'cmi.completion_status')).toBe('incomplete');
    expect(text(left, 'cmi.success_status')).toBe('unknown');
    const leftRun = runOf(text(left, 'cmi.suspend_data'));
    const before = interactionsOf(left);
    expect(before.map((i) => i.learner_response)).toEqual(choicesOf(leftRun.log)); // the mid-quarter answer too

    // The LMS keeps what was committed and relaunches with it, as a resumed attempt.
    const second = await launch(opened, '2004', { ...(left.cmi as Cmi), entry: 'resume' });
    page = second.page;
    await heading(page, /^Trimestre 3 sur 8$/);
    expect(await pressedButtons(page.getByRole('main'))).toEqual(pressed);
    // A new decision in the resumed quarter: the first open option of an initiative with nothing funded yet.
    const cards = await page.getByRole('region', { name: fr.initiatives }).getByRole('group').all();
    let funded = false;
    for (const group of cards) {
      if ((await pressedButtons(group)).length > 0) continue;
      const buttons = await group.getByRole('button').all();
      const index = (await Promise.all(buttons.map((button) => button.isEnabled()))).indexOf(true);
      if (index < 0) continue;
      const open = group.getByRole('button').nth(index); // by position: its name and state change when pressed
      await press(page, open);
      await expect.poll(() => open.getAttribute('aria-pressed')).toBe('true');
      funded = true;
      break;
    }
    expect(funded).toBe(true);
    await press(page, page.getByRole('button', { name: fr.endQuarter, exact: true }));
    await heading(page, fr.report);

    // Committed with the quarter: the first launch's records stay where they were; the relaunch numbered on.
    const cmi = await lmsState(opened);
    const run = runOf(text(cmi, 'cmi.suspend_data'));
    const after = interactionsOf(cmi);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toMatchObject({
      id: expect.stringMatching(/^q3-/) as unknown,
      type: 'choice',
      result: 'neutral',
      learner_response: choicesOf(run.log).at(-1),
    });
    expect(String(after[before.length]?.latency)).toMatch(/^PT/);
    expect(String(after[before.length]?.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(new Set(after.map((i) => i.id)).size).toBe(after.length);
    expect(text(cmi, 'cmi.location')).toBe('4');
    expect(text(cmi, 'cmi.completion_status')).toBe('incomplete');
    expect(text(await unload(opened), 'cmi.exit')).toBe('suspend');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
