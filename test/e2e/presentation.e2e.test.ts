// The Phaser stage and the sound beside the overlay (DESIGN §7): the map renders under WebGL (SwiftShader)
// and its shading follows the harm of a known run, region by region; sound waits for the first gesture,
// and the crisis stinger shows its caption.
//
// N.B. the shading is read from the pixels of a screenshot, not from a test hook in the page: the bundle has
// none (STYLE §10), and pixels are what a trainee sees. The expected level of each region comes from the
// overlay's text map (the accessible layer) and, independently, from the same run played in Node.
import { chromium, type Browser, type Page } from 'playwright-core';
import { createActor } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { sessionMachine } from '../../src/flow/session.machine';
import { regionalHarm } from '../../src/sim/regions';
import { harmLevel, type HarmLevel } from '../../src/view-model/map-view';
import {
  fitMap,
  HARM_SHADES,
  mapMargin,
  meterStripHeight,
  type Point,
} from '../../src/view-model/stage-view';
import { heading, openPage, press } from '../support/browser';
import { BASE_URL, CHROMIUM_LAUNCH } from '../support/chromium';
import { readPng } from '../support/png';

// Halora, seed 'e2e-stage': quarter 1 opens on a crisis, and its five regions start at three different
// harm levels (high, moderate ×3, low), so a map shaded wrongly cannot pass by luck.
const PACK = 'halora';
const SEED = 'e2e-stage';
const URL = `${BASE_URL}?scenario=${PACK}&seed=${SEED}&lang=en&turns=8`;
const scenario = loadScenario(PACK);
const crisis = scenario.incidents.find((incident) => incident.id === 'detainee-beaten');
const answer = crisis?.kind === 'crisis' ? crisis.options.find((option) => option.cost === 0) : undefined;

/** The same run in Node: each region's harm level after `inputs`. */
function levelsInNode(inputs: ((actor: ReturnType<typeof start>) => void)[]): HarmLevel[] {
  const actor = start();
  for (const input of inputs) input(actor);
  const { sim } = actor.getSnapshot().context;
  const harm = regionalHarm(sim.harm, scenario.regions);
  return scenario.regions.map((region) => harmLevel(harm[region.id]!.total, scenario.regions.length));
}
function start() {
  return createActor(sessionMachine, {
    input: { scenario, settings: { seed: SEED, turns: 8, difficulty: 'normal' }, mode: 'solo' },
  }).start();
}

const LEVEL_WORDS: Record<string, HarmLevel> = {
  low: 'low',
  moderate: 'moderate',
  high: 'high',
  severe: 'severe',
};

/** Each region's level as the overlay's text map says it ("Name: civilian harm moderate"), in pack order. */
async function levelsInText(page: Page): Promise<HarmLevel[]> {
  const items = await page.locator('.region-text').allTextContents();
  return scenario.regions.map((region) => {
    const line = items.find((item) => item.startsWith(`${region.name.en}:`)) ?? '';
    return LEVEL_WORDS[/civilian harm (\w+)$/.exec(line)?.[1] ?? ''] ?? ('?' as HarmLevel);
  });
}

const inside = ([x, y]: Point, polygon: readonly Point[]) => {
  let isIn = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
  }
  return isIn;
};

/**
 * The level whose shade each region shows on the canvas: the most common colour over a grid of points inside
 * the region (labels and markers cover a few of them), matched to the nearest harm shade.
 */
async function levelsOnCanvas(page: Page, meters: number): Promise<(HarmLevel | 'none')[]> {
  const picture = readPng(await page.locator('.stage-window canvas').screenshot());
  const width = picture.width;
  const mapHeight = picture.height - meterStripHeight(meters);
  const at = fitMap(scenario.regions, width, mapHeight, mapMargin(width));
  return scenario.regions.map((region) => {
    const counts = new Map<string, number>();
    for (let gx = 0; gx <= 1; gx += 1 / 24)
      for (let gy = 0; gy <= 1; gy += 1 / 24) {
        if (!inside([gx, gy], region.polygon)) continue;
        const [x, y] = at([gx, gy]).map(Math.round) as [number, number];
        if (x < 0 || y < 0 || x >= picture.width || y >= mapHeight) continue;
        const key = picture.at(x, y).join();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const common =
      [...counts.entries()]
        .sort((a, b) => b[1] - a[1])[0]?.[0]
        ?.split(',')
        .map(Number) ?? [];
    const match = Object.entries(HARM_SHADES).find(([, shade]) =>
      [(shade >> 16) & 0xff, (shade >> 8) & 0xff, shade & 0xff].every(
        (c, i) => Math.abs(c - (common[i] ?? -99)) <= 8,
      ),
    );
    return (match?.[0] as HarmLevel | undefined) ?? 'none';
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});
afterAll(() => browser.close());

describe('the Phaser stage and the sound', () => {
  it('waits for a gesture to load any sound, then plays and captions the crisis stinger', async () => {
    const { page, problems, close } = await openPage(browser, URL);
    const audioRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/audio\/|howler/.test(request.url()))
        audioRequests.push(new globalThis.URL(request.url()).pathname);
    });
    await heading(page, /^Briefing: /);
    await page.waitForTimeout(1000);
    expect(audioRequests).toEqual([]); // nothing before the first gesture, not even Howler itself
    await press(page, page.getByRole('button', { name: 'Begin quarter 1' })); // Enter: the first gesture
    await heading(page, /^Quarter 1 of 8: the news$/);
    await expect.poll(() => page.getByText('[low brass and a drum: a crisis]').isVisible()).toBe(true);
    await expect.poll(() => audioRequests).toContain('/audio/cue-stinger-crisis.opus');
    expect(audioRequests).toContain('/audio/bed-halora.opus');
    expect(problems).toEqual([]);
    await close();
  });

  it('draws the map with WebGL, each region in the shade of its harm level, before and after a resolution', async () => {
    const { page, problems, close } = await openPage(browser, URL, {
      viewport: { width: 1280, height: 900 },
    });
    await press(page, page.getByRole('button', { name: 'Begin quarter 1' }));
    await heading(page, /^Quarter 1 of 8: the news$/);
    const renderer = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.stage-window canvas');
      return canvas?.getContext('webgl2') ? 'webgl2' : canvas?.getContext('webgl') ? 'webgl' : 'none';
    });
    expect(renderer).toMatch(/^webgl/);
    expect(await page.locator('#game').getAttribute('aria-hidden')).toBe('true');

    const atStart = levelsInNode([(actor) => actor.send({ type: 'briefing.acknowledged' })]);
    expect(new Set(atStart).size).toBeGreaterThanOrEqual(3); // the premise of the test
    expect(await levelsInText(page)).toEqual(atStart);
    await expect.poll(() => levelsOnCanvas(page, 0), { timeout: 15_000 }).toEqual(atStart);

    // Quarter 1: the crisis answered with its first free option, nothing else funded.
    await press(page, page.getByRole('button', { name: 'To the decisions' }));
    await heading(page, /^Quarter 1 of 8$/);
    const skip = page.getByRole('button', { name: 'Skip the tutorial' });
    if (await skip.isVisible()) await press(page, skip);
    await press(page, page.getByRole('button', { name: new RegExp(`^${answer!.label.en}`) }));
    await press(page, page.getByRole('button', { name: 'End quarter', exact: true }));
    await heading(page, /^Quarter 1: results$/);
    const afterQuarter = levelsInNode([
      (actor) => actor.send({ type: 'briefing.acknowledged' }),
      (actor) => actor.send({ type: 'news.read' }),
      (actor) => actor.send({ type: 'option.chosen', decisionId: crisis!.id, optionId: answer!.id }),
      (actor) => actor.send({ type: 'turn.ended' }),
    ]);
    await expect.poll(() => levelsOnCanvas(page, 3), { timeout: 15_000 }).toEqual(afterQuarter);
    expect(problems).toEqual([]);
    await close();
  });

  // Phaser listens to the page's mouse, touch and keys unless told not to (`input: false` is not enough), and
  // its pointer keeps the last element pressed: the "Back to the title screen" button kept the whole detached
  // debrief of the last session alive. The stage takes no input (the overlay does), so Phaser has none.
  it('leaves every input to the overlay: Phaser listens to no mouse, touch or key of the page', async () => {
    const { page, problems, close } = await openPage(browser, URL);
    await press(page, page.getByRole('button', { name: 'Begin quarter 1' }));
    await heading(page, /^Quarter 1 of 8: the news$/);
    await page.locator('.stage-window canvas').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const scripts = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
    await cdp.send('Debugger.enable');
    const heard: string[] = [];
    for (const target of ['window', 'document', "document.querySelector('.stage-window canvas')"]) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      for (const listener of listeners)
        if (/^(mouse|pointer|touch|key|wheel|contextmenu)/.test(listener.type))
          heard.push(`${target} ${listener.type}: ${scripts.get(listener.scriptId) ?? '?'}`);
    }
    expect(heard.filter((line) => line.includes('/assets/phaser-'))).toEqual([]);
    expect(heard.length).toBeGreaterThan(0); // the overlay's own keys and the audio unlock are seen
    expect(problems).toEqual([]);
    await close();
  });
});
