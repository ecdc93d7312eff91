import type { Scenario } from '../content/scenario.schema';
import type { SessionLog } from '../sim/replay';
import type { SimState } from '../sim/sim-state';
import { formatLatency } from './scorm-formats';
import {
  completionWrites,
  decisionsOf,
  exitWrites,
  interactionWrites,
  isComplete,
  progressWrites,
  type ScormVersion,
  type ScormWrites,
} from './scorm-mapping';

/**
 * What the SCORM adapter has sent so far in one launch (issue 11). Pure: the shell keeps it, hands each
 * session snapshot to {@linkcode trackSnapshot} with the clock, applies the writes and commits when told.
 */
export interface ScormTracker {
  readonly version: ScormVersion;
  /** The mastery the LMS set, in the version's unit (1.2: 0–100; 2004: scaled −1…1), if any. */
  readonly mastery: number | undefined;
  /** Inputs of the log already accounted for: their decisions are recorded (this launch or before). */
  readonly seenInputs: number;
  /** The `cmi.interactions.n` the next decision takes (numbering continues from `_count` on a resume). */
  readonly nextInteraction: number;
  /** The ending was reached and the review opened, and the completion was written. */
  readonly complete: boolean;
  /** The LMS already held a completion when this launch began (a relaunch after the end). */
  readonly wasComplete: boolean;
}

/** What the LMS holds at launch, as the adapter read it. */
export interface ScormLaunch {
  readonly version: ScormVersion;
  /** The log the session resumes (decoded from `suspend_data`), or undefined on a fresh start. */
  readonly resumedLog: SessionLog | undefined;
  /** `cmi.interactions._count`, as read ('' or junk counts as 0). */
  readonly interactionCount: string;
  readonly mastery: number | undefined;
  /** 1.2 `cmi.core.lesson_status` / 2004 `cmi.completion_status`, as read. */
  readonly status: string;
}

/** What the shell's clock says when a snapshot arrives (src/ reads no clock). */
export interface TrackerClock {
  /** Epoch ms now: the timestamp of any decision this snapshot adds. */
  readonly now: number;
  /** Epoch ms when the quarter's decisions were shown (or the session was relaunched, if later). */
  readonly decisionsShownAt: number;
  /** The learner's offset from UTC in minutes (negated `getTimezoneOffset()`). */
  readonly utcOffsetMinutes: number;
}

/** The part of a session snapshot the tracker reads: the log, the sim and which screen shows. */
export interface TrackedSnapshot {
  readonly log: SessionLog;
  readonly sim: SimState;
  /** The session machine's state: `debrief` means the review was opened. */
  readonly screen: string;
}

export interface TrackStep {
  readonly tracker: ScormTracker;
  readonly writes: ScormWrites;
  /** Commit now: a quarter ended, or the completion was just written. */
  readonly commit: boolean;
  /** Why the run code could not be saved (too long for the version's suspend_data). */
  readonly problem?: string;
}

const DONE_STATUSES = new Set(['completed', 'passed', 'failed']);

/**
 * Starts tracking a launch. The decisions of a resumed log were recorded by the launch that made them, so
 * only later ones are recorded, numbered from `_count`. Unless the LMS already holds a completion, the
 * launch marks the attempt `incomplete` (1.2 `lesson_status`; 2004 `completion_status`, success `unknown`).
 */
export function startTracking(launch: ScormLaunch): { tracker: ScormTracker; writes: ScormWrites } {
  const count = /^\d+$/.test(launch.interactionCount.trim()) ? Number(launch.interactionCount) : 0;
  const wasComplete = DONE_STATUSES.has(launch.status.trim());
  const tracker: ScormTracker = {
    version: launch.version,
    mastery: launch.mastery,
    seenInputs: launch.resumedLog?.inputs.length ?? 0,
    nextInteraction: count,
    complete: false,
    wasComplete,
  };
  const incomplete: ScormWrites =
    launch.version === '1.2'
      ? [['cmi.core.lesson_status', 'incomplete']]
      : [
          ['cmi.completion_status', 'incomplete'],
          ['cmi.success_status', 'unknown'],
        ];
  return { tracker, writes: wasComplete ? [] : incomplete };
}

/**
 * One session snapshot: each decision the log gained becomes a `choice` interaction (timestamp now,
 * latency from when the decisions were shown); any new input saves the run code and the quarter; a quarter
 * that ended asks for a commit; the ending reached with the review open writes the completion and score
 * (once) and asks for a commit.
 */
export function trackSnapshot(
  tracker: ScormTracker,
  snapshot: TrackedSnapshot,
  scenario: Scenario,
  clock: TrackerClock,
): TrackStep {
  const { log } = snapshot;
  const writes: (readonly [string, string])[] = [];
  let next = tracker;
  let commit = false;
  let problem: string | undefined;
  if (log.inputs.length > tracker.seenInputs) {
    const fresh = decisionsOf(log).filter((decision) => decision.inputIndex >= tracker.seenInputs);
    const latencySeconds = Math.max(0, (clock.now - clock.decisionsShownAt) / 1000);
    const timings = fresh.map(() => ({ at: clock.now, latencySeconds }));
    writes.push(
      ...interactionWrites(tracker.version, fresh, timings, tracker.nextInteraction, clock.utcOffsetMinutes),
    );
    const progress = progressWrites(tracker.version, log, scenario);
    writes.push(...progress.writes);
    problem = progress.problem;
    commit = log.inputs.slice(tracker.seenInputs).some((input) => input.type === 'turn.ended');
    next = {
      ...next,
      seenInputs: log.inputs.length,
      nextInteraction: tracker.nextInteraction + fresh.length,
    };
  }
  if (!next.complete && isComplete(snapshot.sim, snapshot.screen === 'debrief')) {
    writes.push(...completionWrites(tracker.version, scenario, snapshot.sim, true, tracker.mastery));
    next = { ...next, complete: true };
    commit = true;
  }
  return { tracker: next, writes, commit, ...(problem !== undefined ? { problem } : {}) };
}

/**
 * Leaving (the page is closed, or the session ended): exit `suspend` unless complete (or complete before
 * this launch), and the time spent in this launch (1.2 `cmi.core.session_time` CMITimespan, 2004
 * `cmi.session_time` ISO 8601 duration).
 */
export function leaveWrites(tracker: ScormTracker, sessionSeconds: number): ScormWrites {
  const done = tracker.complete || tracker.wasComplete;
  const time = tracker.version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time';
  return [...exitWrites(tracker.version, done), [time, formatLatency(tracker.version, sessionSeconds)]];
}
