import { describe, expect, it } from 'vitest';
import { scoreOf } from '../../src/debrief/scorecard';
import { leaveWrites, startTracking, trackSnapshot, type ScormTracker } from '../../src/lms/scorm-tracker';
import { choose, END_TURN, type Input } from '../../src/sim/inputs';
import { replay, type SessionLog } from '../../src/sim/replay';
import { decodeRunCode } from '../../src/sim/run-code';
import { cutAfter, fixture, shortRun } from './runs';

const T = 1_700_000_000_000; // 2023-11-14T22:13:20Z
const clock = { now: T, decisionsShownAt: T - 42_500, utcOffsetMinutes: 0 };

const logOf = (inputs: readonly Input[]): SessionLog => ({
  formatVersion: 1,
  scenarioId: fixture.id,
  scenarioVersion: fixture.version,
  turns: 8,
  difficulty: 'normal',
  seed: 'lms',
  inputs,
});

const BRIEFED = logOf([{ type: 'briefing.acknowledged' }]);
const TWO_CHOSEN = logOf([
  { type: 'briefing.acknowledged' },
  choose('rapid-reaction-force', 'crash-train-equip'),
  choose('national-dialogue', 'inclusive-dialogue'),
]);
const QUARTER_ENDED = logOf([...TWO_CHOSEN.inputs, END_TURN]);

const running = replay(cutAfter(shortRun().log, 2), fixture).state; // any state of a run still going
const fresh = (version: '1.2' | '2004', mastery?: number) =>
  startTracking({ version, resumedLog: undefined, interactionCount: '0', mastery, status: 'not attempted' });

const snapshot = (log: SessionLog, screen = 'deciding', sim = running) => ({ log, sim, screen });

describe('startTracking', () => {
  it('marks a first launch incomplete (2004: success unknown) and numbers from 0', () => {
    expect(fresh('1.2').writes).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(fresh('2004').writes).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(fresh('1.2').tracker).toMatchObject({ seenInputs: 0, nextInteraction: 0, complete: false });
  });

  it('on a resume, counts the resumed inputs as recorded and numbers on from _count', () => {
    const { tracker } = startTracking({
      version: '2004',
      resumedLog: QUARTER_ENDED,
      interactionCount: '5',
      mastery: undefined,
      status: 'incomplete',
    });
    expect(tracker).toMatchObject({ seenInputs: 4, nextInteraction: 5 });
  });

  it('never turns a completed attempt back to incomplete, and reads junk counts as 0', () => {
    for (const status of ['completed', 'passed', 'failed']) {
      const started = startTracking({
        version: '1.2',
        resumedLog: undefined,
        interactionCount: 'n/a',
        mastery: undefined,
        status,
      });
      expect(started.writes).toEqual([]);
      expect(started.tracker).toMatchObject({ wasComplete: true, nextInteraction: 0 });
    }
  });
});

describe('trackSnapshot', () => {
  it('records each new decision as a choice interaction, saves the run code and the quarter, and waits to commit', () => {
    const briefed = trackSnapshot(fresh('1.2').tracker, snapshot(BRIEFED), fixture, clock);
    const step = trackSnapshot(briefed.tracker, snapshot(TWO_CHOSEN), fixture, clock);
    const code = step.writes.find(([element]) => element === 'cmi.suspend_data')?.[1] ?? '';
    expect(decodeRunCode(code, fixture)).toEqual({ ok: true, log: TWO_CHOSEN });
    expect(step.writes).toEqual([
      ['cmi.interactions.0.id', 'q1-rapid-reaction-force'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.time', '22:13:20'],
      ['cmi.interactions.0.student_response', 'crash-train-equip'],
      ['cmi.interactions.0.result', 'neutral'],
      ['cmi.interactions.0.latency', '0000:00:42.50'],
      ['cmi.interactions.1.id', 'q1-national-dialogue'],
      ['cmi.interactions.1.type', 'choice'],
      ['cmi.interactions.1.time', '22:13:20'],
      ['cmi.interactions.1.student_response', 'inclusive-dialogue'],
      ['cmi.interactions.1.result', 'neutral'],
      ['cmi.interactions.1.latency', '0000:00:42.50'],
      ['cmi.suspend_data', code],
      ['cmi.core.lesson_location', '1'],
    ]);
    expect(step.commit).toBe(false);
    expect(step.tracker).toMatchObject({ seenInputs: 3, nextInteraction: 2 });
  });

  it('commits when a quarter ends, and sends nothing for a snapshot that changed no input', () => {
    const first = trackSnapshot(fresh('2004').tracker, snapshot(TWO_CHOSEN), fixture, clock);
    const ended = trackSnapshot(first.tracker, snapshot(QUARTER_ENDED, 'report'), fixture, clock);
    expect(ended.commit).toBe(true);
    expect(ended.writes.map(([element]) => element)).toEqual(['cmi.suspend_data', 'cmi.location']);
    expect(ended.writes.at(-1)).toEqual(['cmi.location', '2']);
    const again = trackSnapshot(ended.tracker, snapshot(QUARTER_ENDED, 'news'), fixture, clock);
    expect(again).toEqual({ tracker: ended.tracker, writes: [], commit: false });
  });

  it('after a resume, records only the decisions after the resumed log, numbered on from _count', () => {
    const played = shortRun();
    const cut = cutAfter(played.log, 3);
    const count = 9; // whatever the first launch recorded, withdrawn choices included
    const { tracker } = startTracking({
      version: '2004',
      resumedLog: cut,
      interactionCount: String(count),
      mastery: undefined,
      status: 'incomplete',
    });
    const next = logOf([...cut.inputs, choose('rapid-reaction-force', 'crash-train-equip')]);
    const step = trackSnapshot(tracker, snapshot({ ...next, seed: cut.seed }), fixture, clock);
    const ids = step.writes.filter(([element]) => element.endsWith('.id'));
    expect(ids).toEqual([[`cmi.interactions.${count}.id`, 'q4-rapid-reaction-force']]);
    expect(step.tracker.nextInteraction).toBe(count + 1);
  });

  it('writes the completion and score once the ending is reached and the review opened, not before', () => {
    const played = shortRun();
    const { tracker } = startTracking({
      version: '1.2',
      resumedLog: played.log,
      interactionCount: '20',
      mastery: 0,
      status: 'incomplete',
    });
    const atEnding = trackSnapshot(tracker, snapshot(played.log, 'ending', played.state), fixture, clock);
    expect(atEnding.writes).toEqual([]);
    const opened = trackSnapshot(tracker, snapshot(played.log, 'debrief', played.state), fixture, clock);
    const raw = opened.writes.find(([element]) => element === 'cmi.core.score.raw')?.[1];
    expect(Number(raw)).toBeCloseTo(scoreOf(fixture, played.state.benchmarks), 2);
    expect(opened.writes).toContainEqual(['cmi.core.lesson_status', 'passed']); // any score passes a mastery of 0
    expect(opened.commit).toBe(true);
    expect(opened.tracker.complete).toBe(true);
    const later = trackSnapshot(opened.tracker, snapshot(played.log, 'closed', played.state), fixture, clock);
    expect(later.writes).toEqual([]);
  });
});

describe('leaveWrites', () => {
  const done = (tracker: ScormTracker): ScormTracker => ({ ...tracker, complete: true });

  it('suspends mid-run and sends the time spent in this launch', () => {
    expect(leaveWrites(fresh('1.2').tracker, 65)).toEqual([
      ['cmi.core.exit', 'suspend'],
      ['cmi.core.session_time', '0000:01:05.00'],
    ]);
    expect(leaveWrites(fresh('2004').tracker, 65)).toEqual([
      ['cmi.exit', 'suspend'],
      ['cmi.session_time', 'PT1M5S'],
    ]);
  });

  it('exits normally once complete (1.2 has no "normal": an empty exit)', () => {
    expect(leaveWrites(done(fresh('1.2').tracker), 3600)[0]).toEqual(['cmi.core.exit', '']);
    expect(leaveWrites(done(fresh('2004').tracker), 3600)).toEqual([
      ['cmi.exit', 'normal'],
      ['cmi.session_time', 'PT1H'],
    ]);
  });
});
