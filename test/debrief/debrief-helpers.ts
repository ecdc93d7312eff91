import { readFileSync } from 'node:fs';
import { parseSourcesText } from '../../src/content/parse-sources';
import type { Scenario } from '../../src/content/scenario.schema';
import type { Sources } from '../../src/content/sources';
import type { DebriefRun } from '../../src/debrief/run';
import type { Input } from '../../src/sim/inputs';
import type { SessionLog } from '../../src/sim/replay';
import { openSession, type RunSettings } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import type { SimEvent } from '../../src/sim/sim-events';

let sources: Sources | undefined;

/** `scenarios/sources.yaml`, parsed once per test file. */
export function loadSources(): Sources {
  if (sources) return sources;
  const parsed = parseSourcesText(
    readFileSync(new URL('../../scenarios/sources.yaml', import.meta.url)),
    'sources.yaml',
  );
  if (!parsed.ok) throw new Error('scenarios/sources.yaml does not parse');
  return (sources = parsed.sources);
}

export const SETTINGS: RunSettings = { turns: 12, difficulty: 'normal', seed: 'debrief' };

/**
 * Plays `quarters` (each the inputs of one quarter, `turn.ended` added), then ends quarters with nothing
 * chosen until the run ends. Throws if the sim refuses an input: a constructed run means what it says.
 */
export function playQuarters(
  scenario: Scenario,
  quarters: readonly (readonly Input[])[],
  settings: RunSettings = SETTINGS,
): DebriefRun {
  const opened = openSession(scenario, settings);
  let state = opened.state;
  const events: SimEvent[] = [...opened.events];
  const inputs: Input[] = [];
  const apply = (input: Input) => {
    const result = step(state, input, scenario);
    const refused = result.events.find((e) => e.type === 'input.rejected');
    if (refused) throw new Error(`refused ${JSON.stringify(input)}: ${JSON.stringify(refused)}`);
    state = result.state;
    events.push(...result.events);
    inputs.push(input);
  };
  for (const quarter of quarters) {
    if (state.status === 'ended') break;
    for (const input of quarter) apply(input);
    apply({ type: 'turn.ended' });
  }
  while (state.status === 'running') apply({ type: 'turn.ended' });
  const log: SessionLog = {
    formatVersion: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    ...settings,
    inputs,
  };
  return { log, state, events };
}

/** The first of the seeds `debrief.0`, `debrief.1`, … whose quarter-1 hand (or crisis) holds every card of `cards`. */
export function settingsDealing(scenario: Scenario, cards: readonly string[], turns = 12): RunSettings {
  for (let i = 0; i < 1000; i++) {
    const settings: RunSettings = { turns, difficulty: 'normal', seed: `debrief.${i}` };
    const { quarter } = openSession(scenario, settings).state;
    const dealt = [...quarter.hand, ...(quarter.crisis ? [quarter.crisis] : [])];
    if (cards.every((card) => dealt.includes(card))) return settings;
  }
  throw new Error(`no seed deals ${cards.join(', ')} in quarter 1`);
}
