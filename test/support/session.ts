import { createActor } from 'xstate';
import type { SessionMode } from '../../src/flow/session-context';
import { sessionMachine } from '../../src/flow/session.machine';
import { createLocales } from '../../src/i18n/i18n';
import type { Difficulty } from '../../src/sim/sim-state';
import { loadFixture } from './fixture';

/** Both locales, built once per test file. */
export const LOCALES = createLocales();

/** A session actor on the fixture pack (Short, seed 'graph' unless given), started and resting in `briefing`. */
export function aFixtureSession(
  options: { seed?: string; turns?: number; difficulty?: Difficulty; mode?: SessionMode } = {},
) {
  return createActor(sessionMachine, {
    input: {
      scenario: loadFixture(),
      settings: {
        turns: options.turns ?? 8,
        difficulty: options.difficulty ?? 'normal',
        seed: options.seed ?? 'graph',
      },
      mode: options.mode ?? 'solo',
    },
  }).start();
}

export type FixtureSession = ReturnType<typeof aFixtureSession>;

/** From `briefing` to the first quarter's decisions. */
export function openFirstQuarter(actor: FixtureSession): FixtureSession {
  actor.send({ type: 'briefing.acknowledged' });
  actor.send({ type: 'news.read' });
  return actor;
}

/**
 * Resolves the quarter open in `deciding`: a crisis takes its first free option, nothing else is funded
 * unless `choices` says so. Rests in `report`.
 */
export function resolveQuarter(
  actor: FixtureSession,
  choices: readonly [string, string][] = [],
): FixtureSession {
  const { sim, scenario } = actor.getSnapshot().context;
  const crisis = scenario.incidents.find((incident) => incident.id === sim.quarter.crisis);
  if (crisis?.kind === 'crisis') {
    const free = crisis.options.find((option) => option.cost === 0 && (option.consentCost ?? 0) === 0);
    actor.send({ type: 'option.chosen', decisionId: crisis.id, optionId: (free ?? crisis.options[0]!).id });
  }
  for (const [decisionId, optionId] of choices) actor.send({ type: 'option.chosen', decisionId, optionId });
  actor.send({ type: 'turn.ended' });
  return actor;
}

/**
 * {@linkcode resolveQuarter}, then the report is closed, a review acknowledged and the news read. Rests in
 * the next `deciding` (or `ending`).
 */
export function endQuarter(actor: FixtureSession, choices: readonly [string, string][] = []): FixtureSession {
  return closeReport(resolveQuarter(actor, choices));
}

/** From `report` on to the next `deciding` (through a review and the news), or to `ending`. */
export function closeReport(actor: FixtureSession): FixtureSession {
  actor.send({ type: 'report.closed' });
  if (actor.getSnapshot().value === 'review') actor.send({ type: 'review.acknowledged' });
  if (actor.getSnapshot().value === 'news') actor.send({ type: 'news.read' });
  return actor;
}
