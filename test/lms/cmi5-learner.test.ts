import { describe, expect, it } from 'vitest';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import {
  learnerPreferencesUrl,
  parseLearnerPreferences,
  RUN_STATE_ID,
  runCodeOfState,
  runStateDocument,
  stateUrl,
  type Cmi5Launch,
} from '../../src/lms/cmi5';
import { aFixtureSession, openFirstQuarter, resolveQuarter } from '../support/session';

const LAUNCH: Cmi5Launch = {
  endpoint: 'https://lrs.example/xapi/',
  fetch: 'https://lms.example/fetch/1',
  registration: '9b0a5c1e-2f4d-4e6a-8b7c-1d2e3f405162',
  activityId: 'urn:dual-mandate:course:x/au',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } },
};

describe('parseLearnerPreferences (cmi5 §11)', () => {
  it('reads the language list and the audio preference', () => {
    expect(parseLearnerPreferences({ languagePreference: 'fr-CA,en-US', audioPreference: 'off' })).toEqual({
      language: 'fr-CA,en-US',
      audio: 'off',
    });
    expect(parseLearnerPreferences({ audioPreference: 'on' })).toEqual({ language: '', audio: 'on' });
  });

  it('counts a missing or malformed document as no preference, never as an error', () => {
    for (const value of [undefined, null, 'fr', [], 42, { languagePreference: 7, audioPreference: 'loud' }])
      expect(parseLearnerPreferences(value)).toEqual({ language: '' });
  });
});

describe('the run state document', () => {
  it('keeps the run code, which decodes back to the run it was made from', () => {
    const actor = resolveQuarter(openFirstQuarter(aFixtureSession()));
    const { log, scenario } = actor.getSnapshot().context;
    const kept = JSON.parse(JSON.stringify(runStateDocument(encodeRunCode(log, scenario)))) as unknown;
    const decoded = decodeRunCode(runCodeOfState(kept), scenario);
    expect(decoded.ok && decoded.log).toEqual(log);
  });

  it('reads nothing (a fresh start) from a missing or malformed document', () => {
    for (const value of [undefined, null, 'DM1abc', [], { runCode: 5 }, { code: 'DM1abc' }])
      expect(runCodeOfState(value)).toBe('');
  });
});

describe('xAPI document URLs', () => {
  it('asks the Agent Profile resource for the learner’s preferences, by actor', () => {
    const url = new URL(learnerPreferencesUrl(LAUNCH));
    expect(`${url.origin}${url.pathname}`).toBe('https://lrs.example/xapi/agents/profile');
    expect(url.searchParams.get('profileId')).toBe('cmi5LearnerPreferences');
    expect(JSON.parse(url.searchParams.get('agent') ?? '')).toEqual(LAUNCH.actor);
  });

  it('keys a state document by activity, actor and registration', () => {
    const url = new URL(stateUrl(LAUNCH, RUN_STATE_ID));
    expect(`${url.origin}${url.pathname}`).toBe('https://lrs.example/xapi/activities/state');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      stateId: RUN_STATE_ID,
      activityId: LAUNCH.activityId,
      agent: JSON.stringify(LAUNCH.actor),
      registration: LAUNCH.registration,
    });
  });
});
