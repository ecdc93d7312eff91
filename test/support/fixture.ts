import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Effect, type Scenario, ScenarioSchema } from '../../src/content/scenario.schema';

let cached: Scenario | undefined;

/** The fixture pack of the core tests (test/fixtures/scenarios/fixture.yaml), parsed once per test file. */
export function loadFixture(): Scenario {
  cached ??= ScenarioSchema.parse(
    parse(readFileSync(new URL('../fixtures/scenarios/fixture.yaml', import.meta.url), 'utf8')),
  );
  return cached;
}

/** An effect moved to delay 0: a `duration: n` effect lands its n deltas at once, a delayed one lands now. */
const immediate = (effect: Effect): Effect => {
  const { duration, ...rest } = effect;
  return { ...rest, delta: effect.delta * (duration ?? 1), delay: 0 };
};

/**
 * A copy of `scenario` in which every option (of initiative cards and of crises) has only delay-0 effects:
 * each delayed effect lands in the quarter it is chosen, with its size and its `when` kept, and a
 * `duration: n` effect lands its n deltas at once. Incidents' own effects and mandate changes are untouched.
 * The doctrine tests use it to show that a model-level claim holds when every delay comes from the equations
 * (issue 2: "a fixture whose options have only delay-0 effects, so the delay comes from the equations").
 */
export function immediateOnly(scenario: Scenario): Scenario {
  const trim = <T extends { readonly effects: readonly Effect[] }>(option: T): T => ({
    ...option,
    effects: option.effects.map(immediate),
  });
  return {
    ...scenario,
    decisions: scenario.decisions.map((card) => ({ ...card, options: card.options.map(trim) })),
    incidents: scenario.incidents.map((incident) =>
      incident.kind === 'crisis' ? { ...incident, options: incident.options.map(trim) } : incident,
    ),
  };
}
