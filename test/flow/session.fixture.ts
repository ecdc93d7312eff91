import { readFileSync } from 'node:fs';
import { createActor, type SimulatedClock } from 'xstate';
import { parse } from 'yaml';
import { type Scenario, ScenarioSchema } from '../../src/content/scenario.schema';
import type { SessionInput, SessionMode } from '../../src/flow/session-context';
import { sessionMachine } from '../../src/flow/session.machine';
import type { SessionLog } from '../../src/sim/replay';

/** The fixture pack of the core tests (test/fixtures/scenarios/fixture.yaml). */
export const fixture: Scenario = ScenarioSchema.parse(
  parse(readFileSync(new URL('../fixtures/scenarios/fixture.yaml', import.meta.url), 'utf8')),
);

// Seed 'graph' on the fixture deals, over 8 quarters: crises in quarters 3 (detainee-beaten), 5 and 7,
// none in 1, 2, 4, 6 and 8; quarter 1's hand starts with sixty-day-list. (Checked by the tests that use it.)
export const SEED = 'graph';

export function sessionInput(mode: SessionMode, overrides: Partial<SessionInput> = {}): SessionInput {
  return { scenario: fixture, settings: { turns: 8, difficulty: 'normal', seed: SEED }, mode, ...overrides };
}

export function startSession(
  mode: SessionMode,
  overrides: Partial<SessionInput> = {},
  clock?: SimulatedClock,
) {
  return createActor(sessionMachine, {
    input: sessionInput(mode, overrides),
    ...(clock && { clock }),
  }).start();
}

type SessionActor = ReturnType<typeof startSession>;

/**
 * Plays the quarter open in `deciding` the way a cautious trainee would: answers the crisis with its
 * first available option, funds the first affordable option of the first hand card, ends the quarter,
 * closes the report and acknowledges a review if one follows. Leaves the actor in `news` (or `ending`).
 */
export function playQuarter(actor: SessionActor): void {
  const { sim } = actor.getSnapshot().context;
  const { crisis, hand } = sim.quarter;
  if (crisis !== undefined)
    actor.send({ type: 'option.chosen', decisionId: crisis, optionId: firstAffordable(crisis, sim.capital) });
  const card = hand[0];
  if (card !== undefined) {
    actor.send({
      type: 'option.chosen',
      decisionId: card,
      optionId: firstAffordable(card, actor.getSnapshot().context.sim.capital),
    });
  }
  actor.send({ type: 'turn.ended' });
  actor.send({ type: 'report.closed' });
  if (actor.getSnapshot().value === 'review') actor.send({ type: 'review.acknowledged' });
  if (actor.getSnapshot().value === 'news') actor.send({ type: 'news.read' });
}

function firstAffordable(decisionId: string, capital: number): string {
  const card = [...fixture.decisions, ...fixture.incidents].find((item) => item.id === decisionId);
  const options = card && 'options' in card ? card.options : [];
  const option =
    options.find((o) => o.cost <= capital && (o.consentCost ?? 0) === 0) ?? options.find((o) => o.cost === 0);
  if (!option) throw new Error(`no affordable option on ${decisionId}`);
  return option.id;
}

/** A session started and played through `quarters` quarters; it rests in `deciding` of the next one. */
export function sessionAfter(quarters: number, mode: SessionMode = 'solo'): SessionActor {
  const actor = startSession(mode);
  actor.send({ type: 'briefing.acknowledged' });
  actor.send({ type: 'news.read' });
  for (let quarter = 0; quarter < quarters; quarter++) playQuarter(actor);
  return actor;
}

/** Moves a simulated clock forward one tick at a time, as real time would pass. */
export function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

export const inputTypes = (log: SessionLog) => log.inputs.map((input) => input.type);
