// The cmi5 package against a local test LRS (issue 12): the LRS serves the unzipped package from its own
// origin (the package's CSP allows only 'self' and https:), issues the token once per fetch URL, answers
// LMS.LaunchData and the learner's preferences, keeps the unit's state documents and stores statements by id.
// A Short run is played by keyboard, with the network cut for a quarter; another learner leaves mid-run and
// relaunches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, openPage, press } from '../support/browser';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { closeReport, playQuarter, playToEnding, WORDS } from '../support/play-by-keyboard';

const TOKEN = 'token-for-this-launch';
const SESSION = 'c0ffee00-0000-4000-8000-000000000001';
const REGISTRATION = '9b0a5c1e-2f4d-4e6a-8b7c-1d2e3f405162';
const ACTIVITY = 'urn:dual-mandate:course:dual-mandate-kessaria-8q/au';
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } };
/** A learner whose LMS profile prefers Canadian French, then English, and no sound. */
const ACTOR_FR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-8' } };
const REGISTRATION_FR = '3c6d2a10-7e5b-4c8d-9f01-a2b3c4d5e6f7';
const PROFILES: Record<string, unknown> = {
  'learner-8': { languagePreference: 'fr-CA,en-US', audioPreference: 'off' },
};
const RUN_STATE = 'urn:dual-mandate:xapi:state:run';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

interface Stored {
  readonly id: string;
  readonly actor: unknown;
  readonly verb: { id: string };
  readonly object: { id: string };
  readonly result?: Record<string, unknown>;
  readonly context: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: { id: string }[] };
  };
  readonly timestamp: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

let browser: Browser;
let base: string;
let close: () => Promise<void>;
let out: string;
const lrs = {
  fetches: new Map<string, number>(),
  puts: 0,
  statements: [] as Stored[],
  badAuth: 0,
  /** The unit's run state documents, by registration. */
  runs: new Map<string, unknown>(),
};

const body = (request: IncomingMessage) =>
  new Promise<string>((done) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => done(text));
  });

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dm-cmi5-e2e-'));
  const built = spawnSync(
    'node_modules/.bin/tsx',
    ['src/cli/package-cmi5.ts', '--scenario', 'kessaria', '--turns', '8', '--mastery', '50', '--out', out],
    { encoding: 'utf8' },
  );
  expect(built.stderr).toBe('');
  const files = unzipSync(readFileSync(join(out, 'dual-mandate-cmi5.zip')));
  // The course's pack alone: the package never shows the title, so it carries no other.
  expect(Object.keys(files).filter((name) => name.startsWith('assets/pack-'))).toEqual([
    expect.stringMatching(/^assets\/pack-kessaria-[\w-]+\.json$/),
  ]);
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://lrs');
      const authorised = request.headers.authorization === `Basic ${TOKEN}`;
      const json = (value: unknown) =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (url.pathname.startsWith('/fetch') && request.method === 'POST') {
        const uses = (lrs.fetches.get(url.pathname) ?? 0) + 1;
        lrs.fetches.set(url.pathname, uses);
        return json(
          uses === 1 ? { 'auth-token': TOKEN } : { 'error-code': '1', 'error-text': 'already used' },
        );
      }
      if (url.pathname === '/xapi/agents/profile' && request.method === 'GET') {
        if (!authorised || url.searchParams.get('profileId') !== 'cmi5LearnerPreferences')
          return response.writeHead(401).end();
        const agent = JSON.parse(url.searchParams.get('agent') ?? '{}') as { account?: { name?: string } };
        const profile = PROFILES[agent.account?.name ?? ''];
        return profile ? json(profile) : response.writeHead(404).end();
      }
      const stateId = url.searchParams.get('stateId');
      const registration = url.searchParams.get('registration') ?? '';
      if (url.pathname === '/xapi/activities/state' && stateId === RUN_STATE) {
        if (!authorised) return response.writeHead(401).end();
        if (request.method === 'PUT') {
          lrs.runs.set(registration, JSON.parse(await body(request)));
          return response.writeHead(204).end();
        }
        const run = lrs.runs.get(registration);
        return run ? json(run) : response.writeHead(404).end();
      }
      if (url.pathname === '/xapi/activities/state' && request.method === 'GET') {
        if (!authorised || stateId !== 'LMS.LaunchData') return response.writeHead(401).end();
        return response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            contextTemplate: { extensions: { [SESSION_EXTENSION]: SESSION } },
            launchMode: 'Normal',
            moveOn: 'CompletedAndPassed',
            masteryScore: 0.5,
            returnURL: `${base}returned.html`,
          }),
        );
      }
      if (url.pathname === '/xapi/statements' && request.method === 'PUT') {
        lrs.puts += 1;
        if (!authorised || request.headers['x-experience-api-version'] !== '1.0.3') {
          lrs.badAuth += 1;
          return response.writeHead(401).end();
        }
        const statement = JSON.parse(await body(request)) as Stored;
        if (statement.id !== url.searchParams.get('statementId')) return response.writeHead(400).end();
        if (!lrs.statements.some((s) => s.id === statement.id)) lrs.statements.push(statement);
        return response.writeHead(204).end();
      }
      if (url.pathname === '/returned.html')
        return response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<title>LMS</title><h1>Back in the LMS</h1>');
      const file = url.pathname.startsWith('/au/') ? files[url.pathname.slice(4)] : undefined;
      if (!file) return response.writeHead(404).end();
      response
        .writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' })
        .end(file);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => new Promise<void>((done) => server.close(() => done()));
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  rmSync(out, { recursive: true, force: true });
});

describe('the cmi5 package', { timeout: 240_000 }, () => {
  it('sends initialized, one answered per decision, completed, passed/failed, terminated — once each, offline or not', async () => {
    const launch = new URLSearchParams({
      endpoint: `${base}xapi/`,
      fetch: `${base}fetch`,
      registration: REGISTRATION,
      activityId: ACTIVITY,
      actor: JSON.stringify(ACTOR),
    });
    const {
      page,
      problems,
      close: closePage,
    } = await openPage(browser, `${base}au/index.html?${launch.toString()}`);
    await heading(page, WORDS.en.briefing);
    await press(page, page.getByRole('button', { name: WORDS.en.begin }));
    for (let quarter = 1; quarter <= 2; quarter++) {
      await playQuarter(page, 'en');
      await closeReport(page, 'en');
    }
    await expect
      .poll(() => lrs.statements.filter((s) => s.verb.id === `${VERB}answered`).length)
      .toBeGreaterThan(0);
    // Quarter 3 with the network cut: its statements wait in the queue, then go once the network is back.
    const before = lrs.statements.length;
    await page.context().setOffline(true);
    await playQuarter(page, 'en');
    expect(lrs.statements.length).toBe(before);
    await page.context().setOffline(false);
    await expect.poll(() => lrs.statements.length, { timeout: 20_000 }).toBeGreaterThan(before);
    if ((await closeReport(page, 'en')) === 'quarter') await playToEnding(page, 'en');
    await press(page, page.getByRole('button', { name: WORDS.en.debrief, exact: true }));
    await heading(page, WORDS.en.summary);
    await press(page, page.getByRole('button', { name: WORDS.en.backToTitle }));
    await page.waitForURL(`${base}returned.html`, { timeout: 30_000 });

    // The token was fetched once; the LRS refuses the fetch URL a second time.
    expect(lrs.fetches.get('/fetch')).toBe(1);
    const again = (await (await fetch(`${base}fetch`, { method: 'POST' })).json()) as Record<string, unknown>;
    expect(again['error-code']).toBe('1');
    expect(lrs.badAuth).toBe(0);

    const statements = lrs.statements;
    const verbs = statements.map((s) => s.verb.id.replace(VERB, ''));
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    const completed = verbs.indexOf('completed');
    expect(completed).toBeGreaterThan(0);
    expect(verbs.slice(1, completed).every((verb) => verb === 'answered')).toBe(true);
    expect(['passed', 'failed']).toContain(verbs[completed + 1]);
    expect(verbs).toHaveLength(completed + 3);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length); // each stored once
    for (const s of statements) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.actor).toEqual(ACTOR);
      expect(s.context.registration).toBe(REGISTRATION);
      expect(s.context.extensions?.[SESSION_EXTENSION]).toBe(SESSION);
      expect(Number.isNaN(Date.parse(s.timestamp))).toBe(false);
      const categories = (s.context.contextActivities?.category ?? []).map((c) => c.id);
      if (s.verb.id === `${VERB}answered`) {
        expect(categories).not.toContain(CMI5); // an "allowed" statement
        expect(s.object.id.startsWith(`${ACTIVITY}/decision/q`)).toBe(true);
        expect(typeof s.result?.response).toBe('string');
        const changes = (s.result?.extensions as Record<string, Record<string, number>>)[
          'urn:dual-mandate:xapi:extension:meter-changes'
        ];
        expect(Object.keys(changes ?? {}).sort()).toEqual(['civilianHarm', 'legitimacy', 'security']);
      } else {
        expect(categories).toContain(CMI5);
        expect(s.object.id).toBe(ACTIVITY);
      }
    }
    const judged = statements[completed + 1]!;
    const score = judged.result?.score as { scaled: number };
    expect(judged.result?.success).toBe(score.scaled >= 0.5);
    expect(judged.verb.id).toBe(`${VERB}${score.scaled >= 0.5 ? 'passed' : 'failed'}`);
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await closePage();
  });

  it('starts in the learner’s LMS language with sound off, keeps the run in a state document, and a relaunch resumes it without reporting it twice', async () => {
    const launchUrl = (fetchPath: string) =>
      `${base}au/index.html?${new URLSearchParams({
        endpoint: `${base}xapi/`,
        fetch: `${base}${fetchPath}`,
        registration: REGISTRATION_FR,
        activityId: ACTIVITY,
        actor: JSON.stringify(ACTOR_FR),
      }).toString()}`;
    const fr = WORDS.fr;
    const ofLearner = () => lrs.statements.filter((s) => s.context.registration === REGISTRATION_FR);
    const first = await openPage(browser, launchUrl('fetch/first')); // the browser says en-US
    let page = first.page;
    await heading(page, fr.briefing);
    await press(page, page.getByRole('button', { name: 'Réglages' }));
    const settings = page.getByRole('dialog', { name: 'Réglages' });
    await expect(settings.getByRole('checkbox', { name: 'Couper tout le son' }).isChecked()).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    await press(page, page.getByRole('button', { name: fr.begin }));
    for (let quarter = 1; quarter <= 2; quarter++) {
      await playQuarter(page, 'fr');
      await closeReport(page, 'fr');
    }
    await heading(page, /^Trimestre 3 sur 8/);
    // The state document holds the run so far: two quarters played.
    const kept = () => (lrs.runs.get(REGISTRATION_FR) as { runCode?: string } | undefined)?.runCode ?? '';
    await expect.poll(kept).toMatch(/^DM1/);
    const answeredBefore = ofLearner().filter((s) => s.verb.id === `${VERB}answered`);
    expect(answeredBefore.length).toBeGreaterThan(0);
    expect(new Set(answeredBefore.map((s) => /\/decision\/(q\d+)-/.exec(s.object.id)?.[1]))).toEqual(
      new Set(['q1', 'q2']),
    );
    await first.close(); // the learner closes the window mid-run
    await expect.poll(() => ofLearner().some((s) => s.verb.id === `${VERB}terminated`)).toBe(true);

    // A relaunch from another browser (a new context: nothing in localStorage) with a new fetch URL.
    const second = await openPage(browser, launchUrl('fetch/second'));
    page = second.page;
    await heading(page, /^Trimestre 3 sur 8/);
    await playQuarter(page, 'fr');
    await expect
      .poll(() => ofLearner().filter((s) => s.verb.id === `${VERB}answered`).length)
      .toBeGreaterThan(answeredBefore.length);
    const answered = ofLearner().filter((s) => s.verb.id === `${VERB}answered`);
    const quarters = answered.map((s) => /\/decision\/(q\d+)-/.exec(s.object.id)?.[1]);
    // Quarters 1 and 2 were reported once, by the first launch; the relaunch reported quarter 3 alone.
    expect(answered.slice(0, answeredBefore.length)).toEqual(answeredBefore);
    expect(new Set(quarters.slice(answeredBefore.length))).toEqual(new Set(['q3']));
    const verbs = ofLearner().map((s) => s.verb.id.replace(VERB, ''));
    expect(verbs.filter((verb) => verb === 'initialized')).toHaveLength(2); // one per launch
    expect(verbs).not.toContain('completed');
    expect(lrs.fetches.get('/fetch/first')).toBe(1);
    expect(lrs.fetches.get('/fetch/second')).toBe(1);
    expect(second.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);

    // Played to the end and the debrief, then relaunched once more: the finished run opens again, and the
    // registration still has one `completed` (cmi5 allows no second).
    if ((await closeReport(page, 'fr')) === 'quarter') await playToEnding(page, 'fr');
    await press(page, page.getByRole('button', { name: fr.debrief, exact: true }));
    await heading(page, fr.summary);
    const completed = () => ofLearner().filter((s) => s.verb.id === `${VERB}completed`).length;
    await expect.poll(completed).toBe(1);
    await second.close();
    const third = await openPage(browser, launchUrl('fetch/third'));
    await heading(third.page, fr.ending); // the finished run, at its ending
    await press(third.page, third.page.getByRole('button', { name: fr.debrief, exact: true }));
    await heading(third.page, fr.summary);
    await third.page.waitForTimeout(1000);
    expect(completed()).toBe(1);
    expect(third.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await third.close();
  });
});
