import { describe, expect, it } from 'vitest';
import {
  answeredStatements,
  CMI5_IRI,
  endStatements,
  initializedStatement,
  isoDuration,
  METER_CHANGES_EXTENSION,
  parseCmi5Launch,
  parseLaunchData,
  terminatedStatement,
  type Cmi5Launch,
  type LaunchData,
} from '../../src/lms/cmi5';
import { cmi5Xml } from '../../src/lms/cmi5-course-structure';
import { scoreOf } from '../../src/debrief/scorecard';
import { choose, END_TURN } from '../../src/sim/inputs';
import { fixture, shortRun } from './runs';

const ACTOR = { objectType: 'Agent', mbox: 'mailto:learner@example.org' };
const LAUNCH: Cmi5Launch = {
  endpoint: 'https://lrs.example/xapi/',
  fetch: 'https://lms.example/fetch/1',
  registration: 'reg-1',
  activityId: 'urn:course:au',
  actor: ACTOR,
};
const template = { extensions: { [CMI5_IRI.sessionId]: 'session-1' } };
const data = (patch: Partial<LaunchData> = {}): LaunchData => ({
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  contextTemplate: template,
  sessionId: 'session-1',
  ...patch,
});
let n = 0;
const stamp = () => ({ id: `id-${++n}`, timestamp: '2026-11-25T17:00:00.000Z' });

describe('parseCmi5Launch', () => {
  it('reads the five launch parameters and adds the endpoint’s trailing slash', () => {
    const search = new URLSearchParams({
      endpoint: 'https://lrs.example/xapi',
      fetch: LAUNCH.fetch,
      registration: 'reg-1',
      activityId: 'urn:course:au',
      actor: JSON.stringify(ACTOR),
    }).toString();
    expect(parseCmi5Launch(`?${search}`)).toEqual({ ok: true, launch: LAUNCH });
  });

  it('names what is missing or not an Agent', () => {
    expect(parseCmi5Launch('?endpoint=x&fetch=y')).toEqual({
      ok: false,
      reason: 'the launch URL lacks registration, activityId, actor',
    });
    const bad = parseCmi5Launch('?endpoint=x&fetch=y&registration=r&activityId=a&actor=[1]');
    expect(bad).toEqual({ ok: false, reason: 'the launch actor is not an Agent object' });
  });
});

describe('parseLaunchData', () => {
  it('requires the session id in the context template and a valid mode and moveOn', () => {
    const good = {
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: 0.7,
      returnURL: 'https://lms/x',
      contextTemplate: template,
    };
    expect(parseLaunchData(good)).toEqual({
      ok: true,
      data: {
        launchMode: 'Normal',
        moveOn: 'Passed',
        masteryScore: 0.7,
        returnURL: 'https://lms/x',
        contextTemplate: template,
        sessionId: 'session-1',
      },
    });
    expect(parseLaunchData({ ...good, contextTemplate: {} })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('session id') as unknown,
    });
    expect(parseLaunchData({ ...good, moveOn: 'Sometimes' })).toMatchObject({ ok: false });
    expect(parseLaunchData({ ...good, masteryScore: 70 })).toMatchObject({ ok: false });
  });
});

describe('statements', () => {
  it('cmi5-defined ones carry the cmi5 category, the registration and the session id', () => {
    const s = initializedStatement(LAUNCH, data(), stamp());
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(s.object).toEqual({ id: 'urn:course:au', objectType: 'Activity' });
    expect(s.context).toEqual({
      extensions: { [CMI5_IRI.sessionId]: 'session-1' },
      registration: 'reg-1',
      contextActivities: { category: [{ id: CMI5_IRI.category, objectType: 'Activity' }] },
    });
    expect(terminatedStatement(LAUNCH, data(), stamp(), 75.5).result).toEqual({ duration: 'PT75.5S' });
    expect(isoDuration(3600)).toBe('PT3600S');
  });

  it('end: completed, then passed or failed against the LMS mastery; only in Normal mode, as moveOn asks', () => {
    const run = shortRun();
    const score = scoreOf(fixture, run.state.benchmarks) / 100;
    const end = (d: LaunchData, pkg?: number) =>
      endStatements(LAUNCH, d, [stamp(), stamp()], fixture, run.state, 10, pkg);
    const [completed, judged] = end(data({ masteryScore: 0 }));
    expect(completed?.result).toEqual({ completion: true, duration: 'PT10S' });
    expect(completed?.context.contextActivities).toEqual({
      category: [CMI5_IRI.category, CMI5_IRI.moveOn].map((id) => ({ id, objectType: 'Activity' })),
    });
    expect(judged?.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed'); // any score passes 0
    expect((judged?.result?.score as { scaled: number }).scaled).toBeCloseTo(score, 4);
    expect((judged?.context.extensions as Record<string, unknown>)[CMI5_IRI.masteryScore]).toBe(0);
    const reported = Math.round(score * 10_000) / 10_000; // the scaled score as sent
    expect(end(data({ masteryScore: reported }))[1]?.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(end(data({ masteryScore: reported + 0.0001 }))[1]?.verb.id).toBe(
      'http://adlnet.gov/expapi/verbs/failed',
    );
    expect(end(data({ moveOn: 'Completed', masteryScore: 0.5 })).map((s) => s.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/completed',
    ]);
    expect(end(data({ launchMode: 'Browse', masteryScore: 0.5 }))).toEqual([]);
    expect(end(data())).toHaveLength(1); // no mastery anywhere: nothing to judge against
    expect(end(data(), 0)).toHaveLength(2); // the package's mastery when the LMS gives none
  });

  it('answered: one allowed statement per decision of the quarter, the option id as response, the meter changes', () => {
    const log = {
      formatVersion: 1 as const,
      scenarioId: fixture.id,
      scenarioVersion: fixture.version,
      turns: 8,
      difficulty: 'normal' as const,
      seed: 'x',
      inputs: [
        { type: 'briefing.acknowledged' as const },
        choose('rapid-reaction-force', 'crash-train-equip'),
        END_TURN,
      ],
    };
    const changes = { security: 1.5, legitimacy: -2, civilianHarm: 0.25 };
    const [answered, ...rest] = answeredStatements(LAUNCH, data(), stamp, log, 1, changes);
    expect(rest).toEqual([]);
    expect(answered?.object.id).toBe('urn:course:au/decision/q1-rapid-reaction-force');
    expect(answered?.result).toEqual({
      response: 'crash-train-equip',
      extensions: { [METER_CHANGES_EXTENSION]: changes },
    });
    expect(answered?.context.contextActivities).toBeUndefined(); // no cmi5 category on an allowed statement
    expect(answeredStatements(LAUNCH, data(), stamp, log, 2, changes)).toEqual([]);
  });
});

describe('cmi5Xml', () => {
  it('declares one AU at index.html, with moveOn and masteryScore from the options, escaped', () => {
    const xml = cmi5Xml({ id: 'urn:c', title: 'A & B', description: 'd', language: 'fr', mastery: 60 });
    expect(xml).toContain(
      '<au id="urn:c/au" moveOn="CompletedAndPassed" masteryScore="0.6" launchMethod="AnyWindow">',
    );
    expect(xml).toContain('<url>index.html</url>');
    expect(xml).toContain('<langstring lang="fr">A &amp; B</langstring>');
    expect(cmi5Xml({ id: 'urn:c', title: 't', description: 'd', language: 'en' })).toContain(
      'moveOn="Completed"',
    );
  });
});
