import { assertEvent, assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import { INPUT_TYPES, type Input } from '../sim/inputs';
import {
  disableTimer,
  extendTimer,
  isValidExtension,
  nextTickMs,
  pauseTimer,
  resumeTimer,
  TIMER_OFF,
  TIMER_TICK_MS,
  tickTimer,
  timeoutDecisionId,
} from './deliberation-timer';
import {
  applyInput,
  createSessionContext,
  isCrisisAnswered,
  isReviewDue,
  openDecisionTimer,
  resumeTarget,
  toInput,
  type SessionContext,
  type SessionInput,
} from './session-context';

/** Flow-only events: they move between screens or steer the timer, and are never logged. */
export type FlowEvent =
  | { readonly type: 'news.read' }
  | { readonly type: 'report.closed' }
  | { readonly type: 'debrief.opened' }
  | { readonly type: 'debrief.closed' }
  | { readonly type: 'timer.paused' }
  | { readonly type: 'timer.resumed' }
  | { readonly type: 'timer.extended'; readonly ms: number }
  | { readonly type: 'timer.disabled' };

/** Everything a session actor accepts: the logged inputs of DESIGN §3 and the flow-only events. */
export type SessionEvent = Input | FlowEvent;

/**
 * The session flow: briefing → quarters (news → deciding → report → review after quarters 4 and 8) →
 * ending → debrief → closed. It sequences screens and owns the group-mode deliberation timer; every rule
 * is step()'s. Inputs go through step() and into `context.log`; flow-only events never do.
 *
 * @example
 * const actor = createActor(sessionMachine, { input: { scenario, settings, mode: 'solo' } }).start();
 * actor.send({ type: 'briefing.acknowledged' });
 */
export const sessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  delays: {
    timerTick: ({ context }) => nextTickMs(context.timer),
  },
  guards: {
    isSessionOver: ({ context }) => context.sim.status === 'ended',
    isReviewDue: ({ context }) => isReviewDue(context.sim),
    isCrisisAnswered: ({ context }) => isCrisisAnswered(context.sim),
    isResumingAtEnding: ({ context }) => resumeTarget(context) === 'ending',
    isResumingAtReview: ({ context }) => resumeTarget(context) === 'review',
    isResumingAtDecisions: ({ context }) => resumeTarget(context) === 'deciding',
    isTimerRunning: ({ context }) => context.timer.status === 'running',
    isTimerPaused: ({ context }) => context.timer.status === 'paused',
    isTimerOnLastTick: ({ context }) =>
      context.timer.status === 'running' && context.timer.remainingMs <= TIMER_TICK_MS,
    isExtensionValid: ({ context, event }) =>
      event.type === 'timer.extended' &&
      isValidExtension(event.ms) &&
      (context.timer.status === 'running' || context.timer.status === 'paused'),
  },
  actions: {
    applyInput: assign(({ context, event }) => {
      assertEvent(event, INPUT_TYPES);
      return applyInput(context, toInput(event));
    }),
    openDecisions: assign({ timer: ({ context }) => openDecisionTimer(context) }),
    stopTimer: assign({ timer: ({ context }) => ({ ...TIMER_OFF, isDisabled: context.timer.isDisabled }) }),
    settleTimer: assign({
      // Once nothing is left to time out (a facilitator ended deliberation by hand), the timer has done its job.
      timer: ({ context }) =>
        timeoutDecisionId(context.sim) === undefined && context.timer.status !== 'off'
          ? { ...context.timer, status: 'expired' as const, remainingMs: 0 }
          : context.timer,
    }),
    tickTimer: assign({ timer: ({ context }) => tickTimer(context.timer) }),
    expireTimer: enqueueActions(({ context, enqueue }) => {
      const decisionId = timeoutDecisionId(context.sim);
      enqueue.assign({ timer: tickTimer(context.timer) }); // the last tick: now `expired`
      // The expiry is an input, logged like any other, so a replay never depends on the clock (DESIGN §6).
      if (decisionId !== undefined) enqueue.raise({ type: 'decision.timedOut', decisionId });
    }),
    pauseTimer: assign({ timer: ({ context }) => pauseTimer(context.timer) }),
    resumeTimer: assign({ timer: ({ context }) => resumeTimer(context.timer) }),
    extendTimer: assign({
      timer: ({ context, event }) =>
        event.type === 'timer.extended' ? extendTimer(context.timer, event.ms) : context.timer,
    }),
    disableTimer: assign({ timer: () => disableTimer() }),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => createSessionContext(input),
  initial: 'resuming',
  states: {
    resuming: {
      always: [
        { guard: 'isResumingAtEnding', target: 'ending' },
        { guard: 'isResumingAtReview', target: 'review' },
        { guard: 'isResumingAtDecisions', target: 'deciding', actions: 'openDecisions' },
        { target: 'briefing' },
      ],
    },
    briefing: { on: { 'briefing.acknowledged': { target: 'news', actions: 'applyInput' } } },
    news: { on: { 'news.read': { target: 'deciding', actions: 'openDecisions' } } },
    deciding: {
      // One tick at a time, re-entering to schedule the next: pausing just lets the pending tick fall
      // through, and resuming or extending re-enters. A tick cut short this way is not counted.
      after: {
        timerTick: [
          { guard: 'isTimerOnLastTick', actions: 'expireTimer' },
          { guard: 'isTimerRunning', target: 'deciding', reenter: true, actions: 'tickTimer' },
        ],
      },
      on: {
        'option.chosen': { actions: 'applyInput' },
        'option.withdrawn': { actions: 'applyInput' },
        'decision.timedOut': { actions: ['applyInput', 'settleTimer'] },
        'turn.ended': { guard: 'isCrisisAnswered', target: 'report', actions: ['applyInput', 'stopTimer'] },
        'timer.paused': { guard: 'isTimerRunning', actions: 'pauseTimer' },
        'timer.resumed': {
          guard: 'isTimerPaused',
          target: 'deciding',
          reenter: true,
          actions: 'resumeTimer',
        },
        'timer.extended': {
          guard: 'isExtensionValid',
          target: 'deciding',
          reenter: true,
          actions: 'extendTimer',
        },
        'timer.disabled': { actions: 'disableTimer' },
      },
    },
    report: {
      on: {
        'report.closed': [
          { guard: 'isSessionOver', target: 'ending' },
          { guard: 'isReviewDue', target: 'review' },
          { target: 'news' },
        ],
      },
    },
    review: { on: { 'review.acknowledged': { target: 'news', actions: 'applyInput' } } },
    ending: { on: { 'debrief.opened': 'debrief' } },
    debrief: { on: { 'debrief.closed': 'closed' } },
    closed: { type: 'final' },
  },
});

/** A snapshot of the session actor: what scenes render. */
export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;
