// The SCORM side of a course session (issue 11): reads what the LMS holds at launch, follows the session's
// snapshots and sends what src/lms/scorm-tracker.ts says, commits each quarter, and leaves cleanly. Every
// value and decision is src/lms's; this adds the clock, the API calls and the page's lifecycle.
import type { SessionSnapshot } from '../../src/flow/session.machine';
import { SCORM_ELEMENTS } from '../../src/lms/scorm-formats';
import type { ScormWrites } from '../../src/lms/scorm-mapping';
import type { ScormTracker } from '../../src/lms/scorm-tracker';
import type { ScormPort } from '../../src/ports';
import type { SessionLog } from '../../src/sim/replay';
import type { Director } from '../session/director';
import { findScormPort } from './scorm-api';

/** A call into the LMS's code must never take the game down: a throw is a refusal, logged. */
function safely<T>(what: string, call: () => T, fallback: T): T {
  try {
    return call();
  } catch (error) {
    console.warn(`SCORM: ${what} failed:`, error);
    return fallback;
  }
}

export class ScormCourse {
  /** The learner's language preference, as the LMS gave it ('' without an LMS). */
  readonly languagePreference: string;
  /** The run code the LMS kept from the last launch ('' on a first launch or without an LMS). */
  readonly suspendData: string;
  private readonly startedAt = Date.now();
  private tracker: ScormTracker | undefined;
  /** The tracker's rules, loaded with the session (they bring the run code and the scorecard). */
  private rules: typeof import('../../src/lms/scorm-tracker') | undefined;
  private isFinished = false;
  private unsubscribe: (() => void) | undefined;

  private constructor(private readonly port: ScormPort | undefined) {
    const elements = port ? SCORM_ELEMENTS[port.version] : undefined;
    if (port) safely('initialising', () => port.initialize(), false);
    this.languagePreference = port && elements ? this.get(elements.language) : '';
    this.suspendData = port && elements ? this.get(elements.suspendData) : '';
    // The page is going away (the LMS closed the frame, the trainee closed the window): suspend and finish.
    window.addEventListener('pagehide', () => this.leave());
    window.addEventListener('beforeunload', () => this.leave());
  }

  /** Looks for the LMS's runtime around the page (`?scorm=` says which version to try first). */
  static connect(win: Window, preferredVersion: string | null): ScormCourse {
    const port = safely('looking for the LMS', () => findScormPort(win, preferredVersion), undefined);
    if (!port) console.info('No SCORM runtime found around the page: the course runs standalone.');
    return new ScormCourse(port);
  }

  get hasLms(): boolean {
    return this.port !== undefined;
  }

  private get(element: string): string {
    const { port } = this;
    return port ? safely(`reading ${element}`, () => port.get(element), '') : '';
  }

  private apply(writes: ScormWrites): void {
    const { port } = this;
    if (!port || this.isFinished) return;
    for (const [element, value] of writes)
      safely(`writing ${element}`, () => port.set(element, value), false);
  }

  private commit(): void {
    const { port } = this;
    if (port && !this.isFinished) safely('committing', () => port.commit(), false);
  }

  /** Follows a course session: `resumedLog` is the log it resumed from `suspend_data`, if any. */
  attach(director: Director, resumedLog: SessionLog | undefined): void {
    void Promise.all([import('../../src/lms/scorm-tracker'), import('../../src/lms/scorm-mapping')]).then(
      ([rules, { masteryOf }]) => {
        this.rules = rules;
        this.follow(director, resumedLog, masteryOf);
      },
    );
  }

  private follow(
    director: Director,
    resumedLog: SessionLog | undefined,
    masteryOf: (raw: string) => number | undefined,
  ): void {
    const { port, rules } = this;
    if (!port || !rules || this.isFinished) return;
    this.unsubscribe?.();
    const elements = SCORM_ELEMENTS[port.version];
    const started = rules.startTracking({
      version: port.version,
      resumedLog,
      interactionCount: this.get(elements.interactionCount),
      mastery: masteryOf(this.get(elements.mastery)),
      status: this.get(elements.status),
    });
    this.tracker = started.tracker;
    this.apply(started.writes);
    this.commit();
    let decisionsShownAt = Date.now();
    let shownTurn = -1;
    this.unsubscribe = director.subscribe((snapshot: SessionSnapshot) => {
      if (!this.tracker) return;
      if (snapshot.value === 'deciding' && snapshot.context.sim.turn !== shownTurn) {
        shownTurn = snapshot.context.sim.turn;
        decisionsShownAt = Date.now();
      }
      const now = Date.now();
      const step = rules.trackSnapshot(
        this.tracker,
        { log: snapshot.context.log, sim: snapshot.context.sim, screen: snapshot.value },
        director.scenario,
        { now, decisionsShownAt, utcOffsetMinutes: -new Date(now).getTimezoneOffset() },
      );
      this.tracker = step.tracker;
      if (step.problem) console.warn(`SCORM: ${step.problem}`);
      this.apply(step.writes);
      if (step.commit) this.commit();
      if (snapshot.value === 'closed') this.leave();
    });
  }

  /** Exit (suspend mid-run), the session time, a last commit and the finish: once. */
  leave(): void {
    const { port, tracker, rules } = this;
    if (!port || this.isFinished) return;
    if (tracker && rules) this.apply(rules.leaveWrites(tracker, (Date.now() - this.startedAt) / 1000));
    this.commit();
    this.isFinished = true;
    this.unsubscribe?.();
    safely('finishing', () => port.finish(), false);
  }
}
