import { createActor } from 'xstate';
import type { Scenario } from '../../src/content/scenario.schema';
import { TIMER_EXTENSION_MS } from '../../src/flow/offered-inputs';
import { sessionMachine, type SessionEvent, type SessionSnapshot } from '../../src/flow/session.machine';
import type { Locale } from '../../src/i18n/i18n';
import type { SaveStore } from '../../src/ports';
import type { SessionLog } from '../../src/sim/replay';
import type { RunSettings } from '../../src/sim/sim-state';
import type { RunNotes } from '../../src/debrief/run-export';
import type { RunProblem } from '../../src/view-model/run-request';
import { selectBriefingView } from '../../src/view-model/briefing-view';
import { selectEndingView } from '../../src/view-model/ending-view';
import { selectQuarterView } from '../../src/view-model/quarter-view';
import { selectReportView } from '../../src/view-model/report-view';
import { selectReviewView } from '../../src/view-model/review-view';
import { SAVE_VERSION } from '../../src/view-model/saved-session';
import type { Settings } from '../../src/view-model/settings';
import { briefingScreen } from '../overlay/briefing-screen';
import { newsScreen, quarterScreen, timerPanel, type TutorialView } from '../overlay/quarter-screen';
import { endingScreen, reportScreen, reviewScreen } from '../overlay/result-screens';
import { reviewPage, type ReviewPage } from '../overlay/review/review-page';
import { loadingScreen } from '../overlay/loading-screen';
import { voteTallies } from './vote-tallies';
import { localStorageNotes } from '../adapters/local-storage-notes';
import { withNotesPanel } from '../overlay/facilitator-notes';
import type { Screen } from '../overlay/screen';

/** What the director needs from the page shell (scenes/app.ts). */
export interface SessionHost {
  readonly locale: () => Locale;
  readonly settings: () => Settings;
  /** Shows a screen and remembers how to draw it again (language switch, settings change). */
  readonly mount: (render: () => Screen, focusId?: string) => void;
  /** Replaces one element of the shown screen in place (the group-mode countdown). */
  readonly patch: (selector: string, element: HTMLElement) => void;
  readonly announce: (text: string) => void;
  readonly copy: (text: string) => void;
  readonly saves: SaveStore;
  /** Autosave failed (storage full or refused): say so once. */
  readonly saveFailed: () => void;
  /** The session reached its final state: back to the title. */
  readonly closed: () => void;
  /** Opens the review of another run (a JSON import on the review); resolves with what was wrong, if anything. */
  readonly openRun?: (code: string, notes: RunNotes) => Promise<RunProblem | undefined>;
}

export interface SessionStart {
  readonly scenario: Scenario;
  readonly settings: RunSettings;
  readonly mode: 'solo' | 'group';
  /** A saved log to resume (replayed by the machine). */
  readonly log?: SessionLog;
  /** Group mode: the deliberation time per decision the facilitator set (default 3 min). */
  readonly deliberationMs?: number;
}

export interface Director {
  readonly scenario: Scenario;
  readonly rerender: () => void;
  readonly stop: () => void;
  /**
   * Follows the session's snapshots (the current one at once, then each change) for the layers beside the
   * overlay: the Phaser stage, sound, the LMS adapter. They read snapshots and never send inputs. Returns the
   * unsubscribe; `stop` ends every subscription.
   */
  readonly subscribe: (listener: (snapshot: SessionSnapshot) => void) => () => void;
}

type StateValue = SessionSnapshot['value'];

/**
 * Runs one session: the XState actor drives everything; this follows its snapshots, draws the screen for
 * each state from the view models (no rules here), sends the trainee's inputs, autosaves the log after
 * every input and makes the one announcement per resolution.
 */
export function startSession(host: SessionHost, start: SessionStart): Director {
  const { scenario, mode } = start;
  const actor = createActor(sessionMachine, {
    input: {
      scenario,
      settings: start.settings,
      mode,
      ...(start.log ? { log: start.log } : {}),
      ...(start.deliberationMs ? { deliberationMs: start.deliberationMs } : {}),
    },
  });
  const send = (event: SessionEvent) => actor.send(event);
  // Group mode: the room's vote tallies, typed per option and sent with the choice (they enter the log).
  const notes = localStorageNotes();
  const tallies = voteTallies(() => actor.getSnapshot().context.sim, send);
  const timerActions = {
    pause: () => send({ type: 'timer.paused' }),
    resume: () => send({ type: 'timer.resumed' }),
    extend: () => send({ type: 'timer.extended', ms: TIMER_EXTENSION_MS }),
    disable: () => send({ type: 'timer.disabled' }),
  };
  const tutorial = { show: start.log === undefined, step: 0 };

  const tutorialView = (snapshot: SessionSnapshot): TutorialView | undefined => {
    const tips = scenario.tutorial;
    if (!tutorial.show || snapshot.context.sim.turn !== 1 || tips.length === 0) return undefined;
    const locale = host.locale();
    return {
      step: tutorial.step,
      tips: tips.map((tip) => locale.text(tip.text)),
      next: () => {
        tutorial.step = Math.min(tutorial.step + 1, tips.length - 1);
        host.mount(render, tutorial.step === tips.length - 1 ? 'tutorial-skip' : 'tutorial-next');
      },
      skip: () => {
        tutorial.show = false;
        host.mount(render);
      },
    };
  };

  const SCREENS = {
    resuming: (_snapshot, locale) => loadingScreen(locale),
    briefing: (_snapshot, locale) =>
      briefingScreen(selectBriefingView(scenario, locale), locale, {
        showTutorial: tutorial.show,
        setShowTutorial: (show) => (tutorial.show = show),
        begin: () => send({ type: 'briefing.acknowledged' }),
      }),
    news: (snapshot, locale) =>
      newsScreen(selectQuarterView(snapshot.context, locale), locale, () => send({ type: 'news.read' })),
    deciding: (snapshot, locale) =>
      quarterScreen(
        selectQuarterView(snapshot.context, locale),
        locale,
        {
          choose: (decisionId, optionId) => send(tallies.choice(decisionId, optionId)),
          withdraw: (decisionId) => send({ type: 'option.withdrawn', decisionId }),
          endQuarter: () => send({ type: 'turn.ended' }),
          numberKeys: host.settings().numberKeys,
          timer: timerActions,
          ...(mode === 'group'
            ? { votes: { ...tallies, label: (option: string) => locale.t('group.votesFor', { option }) } }
            : {}),
        },
        tutorialView(snapshot),
      ),
    report: (snapshot, locale) => {
      const view = selectReportView(snapshot.context, locale);
      const shown = reportScreen(view, locale, () => send({ type: 'report.closed' }));
      if (mode !== 'group') return shown;
      const { log } = snapshot.context;
      return withNotesPanel(shown, view.turn, notes.read(log)[String(view.turn)] ?? '', locale, (text) =>
        notes.write(log, view.turn, text),
      );
    },
    review: (snapshot, locale) =>
      reviewScreen(selectReviewView(snapshot.context, locale), locale, () =>
        send({ type: 'review.acknowledged' }),
      ),
    ending: (snapshot, locale) =>
      endingScreen(selectEndingView(snapshot.context, locale), locale, () =>
        send({ type: 'debrief.opened' }),
      ),
    debrief: (snapshot, locale) => debriefPage(snapshot).render(locale),
    closed: (_snapshot, locale) => loadingScreen(locale),
  } satisfies Record<StateValue, (snapshot: SessionSnapshot, locale: Locale) => Screen>;

  let review: { readonly log: SessionLog; readonly page: ReviewPage } | undefined;
  /** The after-action review of the run, built once per log (it keeps its trace and what-if). */
  const debriefPage = (snapshot: SessionSnapshot): ReviewPage => {
    const { log } = snapshot.context;
    if (review?.log !== log) {
      const page = reviewPage(
        // Group mode: the facilitator's notes go with the review and into its JSON export (never the code).
        { log, scenario, ...(mode === 'group' ? { notes: notes.read(log) } : {}) },
        {
          close: () => send({ type: 'debrief.closed' }),
          copy: host.copy,
          announce: host.announce,
          ...(host.openRun ? { openRun: host.openRun } : {}),
        },
      );
      review = { log, page };
    }
    return review.page;
  };

  function render(): Screen {
    const snapshot = actor.getSnapshot();
    return SCREENS[snapshot.value](snapshot, host.locale());
  }

  let shown: SessionSnapshot | undefined;
  let savedLog: SessionLog | undefined;
  let hasReportedSaveFailure = false;

  function autosave(snapshot: SessionSnapshot): void {
    const { log } = snapshot.context;
    if (log === savedLog) return;
    savedLog = log;
    if (!host.saves.write({ saveVersion: SAVE_VERSION, mode, log }) && !hasReportedSaveFailure) {
      hasReportedSaveFailure = true;
      host.saveFailed();
    }
  }

  function follow(snapshot: SessionSnapshot): void {
    if (snapshot.status === 'done') {
      host.closed();
      return;
    }
    autosave(snapshot);
    const previous = shown;
    shown = snapshot;
    const isTimerOnly =
      previous !== undefined &&
      previous.value === snapshot.value &&
      previous.context.sim === snapshot.context.sim &&
      previous.context.timer !== snapshot.context.timer;
    const timer = isTimerOnly ? selectQuarterView(snapshot.context, host.locale()).timer : undefined;
    if (isTimerOnly && timer) {
      host.patch('.timer', timerPanel(timer, host.locale(), timerActions));
      return;
    }
    if (previous !== undefined && previous.value === snapshot.value && previous.context === snapshot.context)
      return;
    host.mount(render);
    if (snapshot.value === 'report' && previous?.value !== 'report')
      host.announce(selectReportView(snapshot.context, host.locale()).announcement);
  }

  actor.start();
  // The log the session starts from is already saved (or is empty): the first write comes with an input.
  savedLog = actor.getSnapshot().context.log;
  const subscription = actor.subscribe(follow);
  follow(actor.getSnapshot());

  const listeners = new Set<(snapshot: SessionSnapshot) => void>();
  const listenerSubscription = actor.subscribe((snapshot) => {
    for (const listener of listeners) listener(snapshot);
  });

  return {
    scenario,
    rerender: () => host.mount(render),
    stop: () => {
      subscription.unsubscribe();
      listenerSubscription.unsubscribe();
      listeners.clear();
      actor.stop();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      listener(actor.getSnapshot());
      return () => listeners.delete(listener);
    },
  };
}
