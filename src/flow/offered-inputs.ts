import { listOffers } from '../sim/offers';
import type { DeliberationTimer } from './deliberation-timer';
import { isCrisisAnswered, type SessionContext } from './session-context';
import type { SessionEvent, SessionSnapshot } from './session.machine';

/** The extension a facilitator's "+1 min" button sends. */
export const TIMER_EXTENSION_MS = 60_000;

/**
 * What the screen offers in `snapshot`: the inputs of the open choices (from `listOffers`) and the
 * flow-only events of its buttons. Tests explore the machine with it; scenes can build their buttons from
 * it. Vote tallies are left out (a facilitator types them), and so is the timer's own expiry.
 */
export function inputsOfferedIn(snapshot: SessionSnapshot): SessionEvent[] {
  switch (snapshot.value) {
    case 'briefing':
      return [{ type: 'briefing.acknowledged' }];
    case 'news':
      return [{ type: 'news.read' }];
    case 'deciding':
      return [
        ...choicesOffered(snapshot.context),
        ...(isCrisisAnswered(snapshot.context.sim) ? [{ type: 'turn.ended' } as const] : []),
        ...(snapshot.context.mode === 'group' ? timerControls(snapshot.context.timer) : []),
      ];
    case 'report':
      return [{ type: 'report.closed' }];
    case 'review':
      return [{ type: 'review.acknowledged' }];
    case 'ending':
      return [{ type: 'debrief.opened' }];
    case 'debrief':
      return [{ type: 'debrief.closed' }];
    default:
      return [];
  }
}

/**
 * Each available option not already chosen, and the withdrawal of each funded initiative. A crisis is
 * never withdrawn: its answer changes by choosing another option.
 */
function choicesOffered({ sim, scenario }: SessionContext): SessionEvent[] {
  return listOffers(sim, scenario).flatMap((offer) => [
    ...offer.options
      .filter((option) => option.available && option.optionId !== offer.chosenOptionId)
      .map((option) => ({
        type: 'option.chosen' as const,
        decisionId: offer.decisionId,
        optionId: option.optionId,
      })),
    ...(offer.kind === 'initiative' && offer.chosenOptionId !== undefined && !sim.quarter.timedOut
      ? [{ type: 'option.withdrawn' as const, decisionId: offer.decisionId }]
      : []),
  ]);
}

function timerControls(timer: DeliberationTimer): SessionEvent[] {
  const extend = { type: 'timer.extended', ms: TIMER_EXTENSION_MS } as const;
  if (timer.status === 'running') return [{ type: 'timer.paused' }, extend, { type: 'timer.disabled' }];
  if (timer.status === 'paused') return [{ type: 'timer.resumed' }, extend, { type: 'timer.disabled' }];
  return [];
}
