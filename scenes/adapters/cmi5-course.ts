// The cmi5 side of a course session (issue 12): the token from the fetch URL (once), LMS.LaunchData, the
// learner's preferences and the run kept from an earlier launch, then the statements src/lms/cmi5.ts builds,
// queued in localStorage with their ids set when queued, so a reload or a lost connection resends them and the
// LRS, keyed by id, stores each once. The run code goes to the unit's state document as the run moves, so a
// relaunch resumes it. Last, the return to returnURL.
import type {
  Cmi5Launch,
  LaunchData,
  LearnerPreferences,
  Statement,
  StatementStamp,
} from '../../src/lms/cmi5';
import { encodeRunCode } from '../../src/sim/run-code';
import type { Director } from '../session/director';

type Rules = typeof import('../../src/lms/cmi5');

const XAPI_VERSION = '1.0.3';
const stamp = (): StatementStamp => ({ id: crypto.randomUUID(), timestamp: new Date().toISOString() });

export class Cmi5Course {
  private token: string | undefined;
  private data: LaunchData | undefined;
  /** The learner's preferences from the LMS; none until the launch has read them. */
  preferences: LearnerPreferences = { language: '' };
  /** The run code an earlier launch of this registration left ('' for a fresh start). */
  suspendData = '';
  /** The run code last stored in the state document, and the one waiting to be stored. */
  private storedCode = '';
  private pendingCode = '';
  private isStoring = false;
  private loggedRun: unknown;
  private readonly startedAt = Date.now();
  private isTerminated = false;
  private isFlushing = false;
  private readonly queueKey: string;
  private readonly progressKey: string;

  private constructor(
    private readonly launch: Cmi5Launch,
    private readonly rules: Rules,
    private readonly packageMastery: number | undefined,
  ) {
    this.queueKey = `dual-mandate.cmi5.queue.${launch.registration}`;
    this.progressKey = `dual-mandate.cmi5.sent.${launch.registration}`;
    window.addEventListener('online', () => {
      void this.flush();
      void this.storeRun();
    });
    window.addEventListener('pagehide', () => this.terminate(false));
  }

  /**
   * Reads the launch URL and starts the unit: the token (POSTed for once per registration; a reload reuses it from
   * sessionStorage, since the LMS refuses a second use) and LMS.LaunchData. Undefined when this is no cmi5 launch;
   * a failure is logged and the game runs standalone.
   */
  static async connect(search: string, packageMastery: number | undefined): Promise<Cmi5Course | undefined> {
    const rules = await import('../../src/lms/cmi5');
    const parsed = rules.parseCmi5Launch(search);
    if (!parsed.ok) return undefined;
    const course = new Cmi5Course(parsed.launch, rules, packageMastery);
    try {
      await course.start();
      return course;
    } catch (error) {
      console.warn('cmi5: the launch failed; the course runs standalone.', error);
      return undefined;
    }
  }

  private async start(): Promise<void> {
    const { launch, rules } = this;
    const tokenKey = `dual-mandate.cmi5.token.${launch.registration}`;
    this.token = sessionStorage.getItem(tokenKey) ?? undefined;
    if (!this.token) {
      const response = await fetch(launch.fetch, { method: 'POST' });
      const body = (await response.json()) as Record<string, unknown>;
      const token = body['auth-token'];
      if (!response.ok || typeof token !== 'string')
        throw new Error(`the fetch URL answered ${response.status}`);
      this.token = token;
      sessionStorage.setItem(tokenKey, token);
    }
    const params = new URLSearchParams({
      stateId: 'LMS.LaunchData',
      activityId: launch.activityId,
      agent: JSON.stringify(launch.actor),
      registration: launch.registration,
    });
    const state = await fetch(`${launch.endpoint}activities/state?${params.toString()}`, {
      headers: this.headers(),
    });
    const parsed = rules.parseLaunchData(await state.json());
    if (!parsed.ok) throw new Error(parsed.reason);
    this.data = parsed.data;
    const [preferences, run] = await Promise.all([
      this.readDocument(rules.learnerPreferencesUrl(launch)),
      this.readDocument(rules.stateUrl(launch, rules.RUN_STATE_ID)),
    ]);
    this.preferences = rules.parseLearnerPreferences(preferences);
    this.suspendData = rules.runCodeOfState(run);
    this.storedCode = this.suspendData;
    if (!this.sent().includes('initialized')) {
      this.enqueue([rules.initializedStatement(launch, parsed.data, stamp())], 'initialized');
    }
  }

  /** An xAPI document as JSON; undefined when the LRS has none (404), refuses or cannot be reached. */
  private async readDocument(url: string): Promise<unknown> {
    try {
      const response = await fetch(url, { headers: this.headers() });
      return response.ok ? ((await response.json()) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores the latest run code in the unit's state document (last one wins, so only the newest is sent); a
   * failure keeps it waiting for the next move or the 'online' event. Not in Review launches, which change
   * nothing.
   */
  private async storeRun(): Promise<void> {
    const { launch, rules, data } = this;
    if (!data || data.launchMode === 'Review' || this.isStoring) return;
    this.isStoring = true;
    try {
      while (this.pendingCode !== '' && this.pendingCode !== this.storedCode) {
        const code = this.pendingCode;
        const response = await fetch(rules.stateUrl(launch, rules.RUN_STATE_ID), {
          method: 'PUT',
          headers: { ...this.headers(), 'Content-Type': 'application/json' },
          body: JSON.stringify(rules.runStateDocument(code)),
        });
        if (!response.ok) {
          console.warn(`cmi5: the LRS refused the run state (${response.status})`);
          return;
        }
        this.storedCode = code;
      }
    } catch {
      // Offline: the code waits for the 'online' event or the next move.
    } finally {
      this.isStoring = false;
    }
  }

  private headers(): Record<string, string> {
    return { Authorization: `Basic ${this.token ?? ''}`, 'X-Experience-API-Version': XAPI_VERSION };
  }

  /** Milestones already queued in this registration (so a reload does not say them twice). */
  private sent(): string[] {
    try {
      return JSON.parse(localStorage.getItem(this.progressKey) ?? '[]') as string[];
    } catch {
      return [];
    }
  }

  private queue(): Statement[] {
    try {
      return JSON.parse(localStorage.getItem(this.queueKey) ?? '[]') as Statement[];
    } catch {
      return [];
    }
  }

  /** Queues statements (ids already set) with the milestone they mark, then tries to send. */
  private enqueue(statements: readonly Statement[], milestone: string): void {
    try {
      localStorage.setItem(this.queueKey, JSON.stringify([...this.queue(), ...statements]));
      localStorage.setItem(this.progressKey, JSON.stringify([...this.sent(), milestone]));
    } catch (error) {
      console.warn('cmi5: could not queue statements', error);
    }
    void this.flush();
  }

  /** Sends the queue in order, each statement PUT by its id (idempotent); stops at the first failure. */
  private async flush(keepalive = false): Promise<void> {
    if (this.isFlushing && !keepalive) return;
    this.isFlushing = true;
    try {
      for (;;) {
        const [next] = this.queue();
        if (!next) return;
        const url = `${this.launch.endpoint}statements?statementId=${encodeURIComponent(next.id)}`;
        const response = await fetch(url, {
          method: 'PUT',
          headers: { ...this.headers(), 'Content-Type': 'application/json' },
          body: JSON.stringify(next),
          keepalive,
        });
        if (!response.ok && response.status !== 409) {
          console.warn(`cmi5: the LRS refused a statement (${response.status})`);
          return;
        }
        localStorage.setItem(this.queueKey, JSON.stringify(this.queue().filter((s) => s.id !== next.id)));
      }
    } catch {
      // Offline: the queue waits for the 'online' event or the next statement.
    } finally {
      this.isFlushing = false;
    }
  }

  /**
   * Follows a course session: the run code to the state document on every input, answered statements per
   * resolved quarter, completion, then the end.
   */
  attach(director: Director): void {
    const { launch, rules, data } = this;
    if (!data) return;
    const start = director.scenario;
    // What the run already held when this launch took it up (resumed from the state document): reported by
    // an earlier launch of the registration, so not said again (cmi5 allows one `completed` per registration).
    let earlier: Set<string> | undefined;
    director.subscribe((snapshot) => {
      if (this.isTerminated) return;
      const { sim, log } = snapshot.context;
      earlier ??= new Set([
        ...sim.history.map((record) => `quarter-${record.turn}`),
        ...(sim.status === 'ended' ? ['completed'] : []),
      ]);
      if (log !== this.loggedRun) {
        // A new input (the log is replaced, never changed in place): the run code to keep moves on.
        this.loggedRun = log;
        this.pendingCode = encodeRunCode(log, start);
        void this.storeRun();
      }
      const done = [...this.sent(), ...earlier];
      for (const record of sim.history) {
        const key = `quarter-${record.turn}`;
        if (done.includes(key)) continue;
        const changes = rules.meterChangesOf(start, log, sim, record.turn);
        this.enqueue(rules.answeredStatements(launch, data, stamp, log, record.turn, changes), key);
      }
      if (snapshot.value === 'debrief' && sim.status === 'ended' && !done.includes('completed')) {
        const seconds = (Date.now() - this.startedAt) / 1000;
        const end = rules.endStatements(
          launch,
          data,
          [stamp(), stamp()],
          start,
          sim,
          seconds,
          this.packageMastery,
        );
        this.enqueue(end, 'completed');
      }
      if (snapshot.value === 'closed') this.terminate(true);
    });
  }

  /** `terminated` (once), sent before leaving; at the session's end the page returns to returnURL. */
  private terminate(returnAfter: boolean): void {
    const { launch, rules, data } = this;
    if (!data || this.isTerminated) return;
    this.isTerminated = true;
    const seconds = (Date.now() - this.startedAt) / 1000;
    localStorage.setItem(
      this.queueKey,
      JSON.stringify([...this.queue(), rules.terminatedStatement(launch, data, stamp(), seconds)]),
    );
    void this.flush(true).then(() => {
      if (returnAfter && data.returnURL) window.location.assign(data.returnURL);
    });
  }
}
