// @vitest-environment jsdom
// scorm-again is the LMS side (stack-notes §6, gotcha 11): here it plays the LMS, a real runtime that
// validates every element and value, and our writes go through its LMSSetValue / SetValue.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import {
  completionWrites,
  decisionsOf,
  exitWrites,
  interactionWrites,
  languageOf,
  masteryOf,
  progressWrites,
  SCORM_ELEMENTS,
  type ScormVersion,
  type ScormWrites,
} from '../../src/lms/scorm-mapping';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode } from '../../src/sim/run-code';
import { cutAfter, fixture, shortRun } from './runs';

const T = 1_700_000_000_000;

/** One LMS, either version, behind the calls a SCO makes. */
interface Lms {
  readonly set: (element: string, value: string) => string;
  readonly get: (element: string) => string;
  readonly error: () => string;
  /** The stored CMI as JSON: the only way to see 1.2's write-only elements (interactions, exit). */
  readonly stored: () => Record<string, unknown>;
}

function launch(version: ScormVersion, cmi?: Record<string, unknown>): Lms {
  if (version === '1.2') {
    const api = new Scorm12API({ logLevel: 5 });
    if (cmi) api.loadFromJSON(cmi);
    api.LMSInitialize('');
    return {
      set: (e, v) => api.LMSSetValue(e, v),
      get: (e) => api.LMSGetValue(e),
      error: () => String(api.LMSGetLastError()),
      stored: () => api.renderCMIToJSONObject(),
    };
  }
  const api = new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi);
  api.Initialize('');
  return {
    set: (e, v) => api.SetValue(e, v),
    get: (e) => api.GetValue(e),
    error: () => String(api.GetLastError()),
    stored: () => api.renderCMIToJSONObject(),
  };
}

/** Applies each write and returns those the LMS refused, with its error code (none expected). */
function apply(lms: Lms, writes: ScormWrites): string[] {
  const refused: string[] = [];
  for (const [element, value] of writes) {
    const ok = lms.set(element, value);
    if (ok !== 'true' || lms.error() !== '0') refused.push(`${element}=${value} → ${lms.error()}`);
  }
  return refused;
}

/** The stored value of `cmi.a.b…`, read from the LMS's JSON (works for write-only elements too). */
function storedValue(lms: Lms, element: string): unknown {
  return element
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], lms.stored());
}

/** Seconds in a 1.2 `CMITimespan`: scorm-again stores `0000:00:30.25` as `00:00:30.25`, the same span. */
const spanSeconds = (span: unknown) =>
  String(span)
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);

/** Checks the LMS stored each written value (a 1.2 latency as the same span). */
function expectStored(lms: Lms, writes: ScormWrites) {
  for (const [element, value] of writes) {
    const stored = storedValue(lms, element);
    if (element.endsWith('.latency') && !value.startsWith('P'))
      expect(spanSeconds(stored), element).toBe(spanSeconds(value));
    else expect(stored, element).toBe(value);
  }
}

const timingsFor = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ at: T + (from + i) * 45_000, latencySeconds: 30 + i + 0.25 }));

function midRunWrites(version: ScormVersion, log: SessionLog): ScormWrites {
  const decisions = decisionsOf(log);
  return [
    ...interactionWrites(version, decisions, timingsFor(decisions.length), 0, 60),
    ...progressWrites(version, log, fixture).writes,
    ...completionWrites(version, fixture, shortRun().state, false),
    ...exitWrites(version, false),
  ];
}

describe.each(['1.2', '2004'] as const)('SCORM %s against scorm-again', (version) => {
  const played = shortRun();
  const cut = cutAfter(played.log, 3);

  it('accepts every write of a run left after three quarters, and stores each value', () => {
    const lms = launch(version);
    const writes = midRunWrites(version, cut);
    expect(apply(lms, writes)).toEqual([]);
    expectStored(lms, writes);
    expect(lms.get('cmi.interactions._count')).toBe(String(decisionsOf(cut).length));
    expect(lms.get(SCORM_ELEMENTS[version].location)).toBe('4');
  });

  it('resumes from suspend_data and continues the interaction numbering from _count', () => {
    const first = launch(version);
    expect(apply(first, midRunWrites(version, cut))).toEqual([]);
    const saved = (first.stored() as { cmi: Record<string, unknown> }).cmi;

    const second = launch(version, saved);
    const decoded = decodeRunCode(second.get('cmi.suspend_data'), fixture);
    expect(decoded).toEqual({ ok: true, log: cut });
    const count = Number(second.get('cmi.interactions._count'));
    const later = decisionsOf(played.log).slice(count); // the decisions after the code's
    expect(later[0]?.inputIndex).toBeGreaterThanOrEqual(cut.inputs.length);
    expect(apply(second, interactionWrites(version, later, timingsFor(later.length, count), count))).toEqual(
      [],
    );
    expect(second.get('cmi.interactions._count')).toBe(String(decisionsOf(played.log).length));
    const ids = Array.from({ length: decisionsOf(played.log).length }, (_, n) =>
      storedValue(second, `cmi.interactions.${n}.id`),
    );
    expect(new Set(ids).size).toBe(ids.length); // unique across both launches
  });

  it('accepts the completion, score and exit of a finished run with a mastery set', () => {
    const lms = launch(version);
    const mastery = version === '1.2' ? 50 : 0.5;
    const writes = [
      ...progressWrites(version, played.log, fixture).writes,
      ...completionWrites(version, fixture, played.state, true, mastery),
      ...exitWrites(version, true),
    ];
    expect(apply(lms, writes)).toEqual([]);
    expectStored(lms, writes);
  });

  it('reads the learner language and the mastery the LMS was given', () => {
    const elements = SCORM_ELEMENTS[version];
    const preference = version === '1.2' ? 'student_preference' : 'learner_preference';
    const lms = launch(version, {
      [preference]: { language: 'fr-CA' },
      ...(version === '1.2' ? { student_data: { mastery_score: '80' } } : { scaled_passing_score: '0.8' }),
    });
    expect(languageOf(lms.get(elements.language))).toBe('fr');
    expect(masteryOf(lms.get(elements.mastery))).toBe(version === '1.2' ? 80 : 0.8);
    expect(masteryOf(launch(version).get(elements.mastery))).toBeUndefined(); // none set
  });
});
