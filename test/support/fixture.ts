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

/** An effect that lands once, at the resolution of the quarter it is chosen in. */
const isImmediate = (effect: Effect) => effect.delay === 0 && (effect.duration ?? 1) === 1;

/**
 * A copy of `scenario` in which every option (of initiative cards and of crises) keeps only its immediate
 * effects: delay 0 and no duration (`duration: 1` is the same thing, so it stays). Incidents' own effects
 * and mandate changes are untouched. The doctrine tests use it to show a claim needs the delayed effects.
 */
export function immediateOnly(scenario: Scenario): Scenario {
  const trim = <T extends { readonly effects: readonly Effect[] }>(option: T): T => ({
    ...option,
    effects: option.effects.filter(isImmediate),
  });
  return {
    ...scenario,
    decisions: scenario.decisions.map((card) => ({ ...card, options: card.options.map(trim) })),
    incidents: scenario.incidents.map((incident) =>
      incident.kind === 'crisis' ? { ...incident, options: incident.options.map(trim) } : incident,
    ),
  };
}
