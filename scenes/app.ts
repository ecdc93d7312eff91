import { courseStartOf } from '../src/lms/course-options';
import type { SaveStore } from '../src/ports';
// Static: the title's chunk holds the run codes already (open-review checks a code from the Page URL).
import { decodeRunCode } from '../src/sim/run-code';
import type { RunNotes } from '../src/debrief/run-export';
import { opensSessionDirectly, parsePageUrl, sessionSearch } from '../src/view-model/page-url';
import type { RunProblem } from '../src/view-model/run-request';
import { isSameRun, type SavedSession } from '../src/view-model/saved-session';
import { selectSavedOffer } from '../src/view-model/title-view';
import { loadPack } from './adapters/packs';
import { openReview } from './open-review';
import { freshSeed, loadProblem, type CourseBoot, type Run, type SessionListener } from './app-run';
import { loadingScreen } from './overlay/loading-screen';
import type { Screen } from './overlay/screen';
import { titleScreen, type Notice, type TitleChoices } from './overlay/title-screen';
import { SCENARIO_INDEX } from './scenario-index';
import type { Director } from './session/director';
import type { Shell } from './shell';

/**
 * Where the page goes: the run the Page URL names, or the title (with what was wrong, the saved session and
 * a new-session form); a session opens by lazy-loading the game code and its pack (DESIGN §8), then the
 * director runs it until it closes and the title returns.
 */
export class App {
  private director: Director | undefined;
  private readonly sessionListeners: SessionListener[] = [];
  private notices: Notice[] = [];
  private isCourse = false;
  private courseHasLms = false;
  private choices: TitleChoices = { mode: 'solo', turns: 12, difficulty: 'normal' };

  constructor(
    private readonly shell: Shell,
    private readonly saves: SaveStore,
  ) {
    shell.helpScenario = () => this.director?.scenario;
  }

  /** Adds a layer told of every session opened from now on (registered in main.ts before `boot`). */
  onSession(listener: SessionListener): void {
    this.sessionListeners.push(listener);
  }

  /** A failing layer (no WebGL, no audio) must not take the session down: it is reported, the game goes on. */
  private tellListeners(director: Director, run: Run): void {
    for (const listener of this.sessionListeners) {
      try {
        listener(director, run);
      } catch (error) {
        console.warn('A layer beside the overlay failed to start:', error);
      }
    }
  }

  /** Reads the Page URL (DESIGN §5): opens the named run at once, or the title with what was wrong. */
  boot(search: string, isLanguageInvalid: boolean): void {
    const request = parsePageUrl(
      search,
      SCENARIO_INDEX.map((pack) => pack.id),
    );
    if (request.run !== undefined) return void this.bootReview(request.run);
    const invalid = request.invalid.filter((name) => name !== 'lang' || isLanguageInvalid);
    this.notices = invalid.map((param) => ({ key: 'title.invalidParameter' as const, values: { param } }));
    this.choices = {
      scenario: request.scenario ?? SCENARIO_INDEX[0]?.id,
      mode: request.mode === 'group' ? 'group' : 'solo',
      turns: request.turns ?? 12,
      difficulty: request.difficulty ?? 'normal',
    };
    if (!opensSessionDirectly({ ...request, invalid }) || request.scenario === undefined)
      return this.showTitle();
    const current = this.saves.readCurrent();
    // A save that cannot be read is shown on the title before anything could overwrite it.
    if (current.status === 'damaged' || current.status === 'newer') return this.showTitle();
    const run: Run = {
      scenario: request.scenario,
      seed: request.seed ?? freshSeed(),
      turns: request.turns ?? 12,
      difficulty: request.difficulty ?? 'normal',
      mode: request.mode ?? 'solo',
    };
    if (current.status === 'ok' && isSameRun(current.save.log, run)) return this.resume(current.save);
    void this.open(run);
  }

  /** `?run=CODE` (DESIGN §5): the run's review, or the title naming what is wrong with the code. */
  private async bootReview(code: string): Promise<void> {
    this.shell.mount(() => loadingScreen(this.shell.locale));
    const problem = await this.openReview(code, {});
    if (!problem) return;
    this.notices = [problem];
    this.backToTitle();
  }

  /** The review of a run code (scenes/open-review.ts); the session running, if any, stops when it opens. */
  private openReview(code: string, notes: RunNotes): Promise<RunProblem | undefined> {
    return openReview(
      {
        shell: this.shell,
        leaveSession: () => {
          this.director?.stop();
          this.director = undefined;
        },
        close: () => this.backToTitle(),
      },
      code,
      notes,
    );
  }

  /**
   * Opens a course session at once, never the title (so no cohort tools): the package's pack and length, resumed
   * from the run code the LMS kept in `suspend_data` when it decodes for this pack and length, else fresh (the
   * reason is logged). Without an LMS, a local save of the same pack and length resumes instead.
   */
  bootCourse(course: CourseBoot): void {
    this.isCourse = true;
    this.courseHasLms = course.hasLms;
    document.body.classList.add('mode-course');
    const scenarioId = course.scenario ?? SCENARIO_INDEX[0]?.id;
    const turns = course.turns === 8 ? 8 : 12;
    if (scenarioId === undefined) return;
    const fresh: Run = {
      scenario: scenarioId,
      seed: freshSeed(),
      turns,
      difficulty: 'normal',
      mode: 'course',
    };
    if (!course.hasLms) {
      const current = this.saves.readCurrent();
      const matches =
        current.status === 'ok' &&
        current.save.log.scenarioId === scenarioId &&
        current.save.log.turns === turns;
      return void this.open(
        matches ? { ...fresh, seed: current.save.log.seed, log: current.save.log } : fresh,
      );
    }
    void (async () => {
      const scenario = await loadPack(scenarioId).catch(() => undefined);
      const start = scenario
        ? courseStartOf(course.suspendData, turns, (code) => decodeRunCode(code, scenario))
        : ({ kind: 'fresh' } as const);
      if ('problem' in start) console.warn(start.problem);
      void this.open(start.kind === 'resume' ? { ...fresh, seed: start.log.seed, log: start.log } : fresh);
    })();
  }

  private showTitle(): void {
    this.director?.stop();
    this.director = undefined;
    document.body.classList.remove('mode-group');
    const { shell, saves } = this;
    const resumeCurrent = () => {
      const current = saves.readCurrent();
      if (current.status === 'ok') this.resume(current.save);
      else shell.mount(render);
    };
    const render = (): Screen =>
      titleScreen(
        {
          packs: SCENARIO_INDEX,
          choices: this.choices,
          notices: this.notices,
          saved: selectSavedOffer(saves.readCurrent(), saves.readBackup(), SCENARIO_INDEX, shell.locale),
        },
        shell.locale,
        {
          choose: (patch) => {
            this.choices = { ...this.choices, ...patch };
            // Group mode adds the deliberation time to the form.
            if (patch.mode !== undefined) shell.mount(render);
          },
          start: () => this.startFromTitle(),
          resume: resumeCurrent,
          resumeBackup: () => {
            saves.restoreBackup();
            resumeCurrent();
          },
          // Cohort tools are hidden when an LMS launched the game (DESIGN §5, mode=course).
          ...(this.isCourse || new URLSearchParams(window.location.search).get('mode') === 'course'
            ? {}
            : {
                facilitation: {
                  cohort: () => this.openFacilitation('cohort'),
                  guide: () => this.openFacilitation('guide'),
                },
              }),
        },
      );
    shell.mount(render);
  }

  /** The facilitator's pages, loaded lazily (they carry the sim to replay runs): the cohort debrief or the guide. */
  private openFacilitation(page: 'cohort' | 'guide'): void {
    const { shell } = this;
    const back = () => this.backToTitle();
    const open = (next: 'cohort' | 'guide') => this.openFacilitation(next);
    shell.mount(() => loadingScreen(shell.locale));
    import('./facilitation-pages')
      .then((pages) =>
        page === 'cohort'
          ? pages.openCohortPage({ shell, back, guide: () => open('guide') })
          : pages.openGuidePage({
              shell,
              back,
              cohort: () => open('cohort'),
              scenario: this.choices.scenario,
            }),
      )
      .catch(() => this.backToTitle({ key: 'app.loadFailed', values: { scenario: page } }));
  }

  private startFromTitle(): void {
    const { scenario, mode, turns, difficulty } = this.choices;
    if (scenario === undefined) return;
    this.notices = [];
    void this.open({ scenario, seed: freshSeed(), turns, difficulty, mode, ...this.deliberation() });
  }

  private resume(save: SavedSession): void {
    const { log, mode } = save;
    const { scenarioId: scenario, seed, turns, difficulty } = log;
    void this.open({ scenario, seed, turns, difficulty, mode, log, ...this.deliberation() });
  }

  /** The deliberation time the facilitator chose on the title, if any. */
  private deliberation(): { deliberationMs?: number } {
    const minutes = this.choices.deliberationMinutes;
    return minutes === undefined ? {} : { deliberationMs: minutes * 60_000 };
  }

  private backToTitle(notice?: Notice): void {
    if (this.isCourse) return this.endCourse(notice);
    if (notice) this.notices = [notice];
    history.replaceState(null, '', `?lang=${this.shell.language}`);
    this.showTitle();
  }

  /** A course never shows the title: its end (or a failure to load) says so, and the LMS window can be closed. */
  private endCourse(notice?: Notice): void {
    const { shell, courseHasLms } = this;
    void import('./overlay/course-end-screen').then(({ courseEndScreen }) =>
      shell.mount(() => courseEndScreen(shell.locale, courseHasLms, notice)),
    );
  }

  /** Loads the game code and the pack (both lazily, DESIGN §8), then starts or resumes the session. */
  private async open(run: Run): Promise<void> {
    const { shell } = this;
    this.director?.stop();
    this.director = undefined;
    shell.mount(() => loadingScreen(shell.locale));
    history.replaceState(null, '', sessionSearch({ ...run, lang: shell.language }));
    document.body.classList.toggle('mode-group', run.mode === 'group');
    const mode = run.mode === 'group' ? 'group' : 'solo'; // a course session plays as a solo one
    try {
      const [{ startSession }, scenario] = await Promise.all([
        import('./session/director'),
        loadPack(run.scenario),
      ]);
      if (run.log && run.log.scenarioVersion !== scenario.version) {
        const values = {
          saved: run.log.scenarioVersion,
          current: scenario.version,
          scenario: shell.locale.text(scenario.title),
        };
        return this.backToTitle({ key: 'save.otherVersion', values });
      }
      this.director = startSession(
        {
          locale: () => shell.locale,
          settings: () => shell.settings,
          mount: (render, focusId) => shell.mount(render, focusId),
          patch: (selector, element) => shell.patch(selector, element),
          announce: (text) => shell.announce(text),
          copy: (text) => void shell.copy(text),
          saves: this.saves,
          saveFailed: () => shell.announce(shell.locale.t('save.unavailable')),
          closed: () => this.backToTitle(),
          openRun: (code, notes) => this.openReview(code, notes),
        },
        {
          scenario,
          settings: { seed: run.seed, turns: run.turns, difficulty: run.difficulty },
          mode,
          ...(run.log ? { log: run.log } : {}),
          ...(run.deliberationMs ? { deliberationMs: run.deliberationMs } : {}),
        },
      );
      this.tellListeners(this.director, run);
    } catch (error) {
      this.backToTitle(loadProblem(error, run.scenario));
    }
  }
}
