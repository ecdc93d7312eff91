import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/scenario.schema';
import { DRIVER_IDS } from '../../src/sim/drivers';
import { lookup } from '../../src/sim/lookup';
import { METER_IDS } from '../../src/sim/meters';
import { playSession } from '../../src/sim/play';
import type { SessionLog } from '../../src/sim/replay';
import type { QuarterRecord, RunSettings, SimState } from '../../src/sim/sim-state';
import { loadFixture } from '../support/fixture';

// DESIGN §8: `npm test` runs 10,000 random playthroughs checking every invariant; `npm run soak` 100,000.
const PLAYTHROUGHS = Number(process.env.PLAYTHROUGHS ?? 10_000);

const fixture = loadFixture();
const endingIds = new Set(fixture.endings.map((ending) => ending.id));
const benchmarkBy = new Map(fixture.benchmarks.map((b) => [b.id, b.by]));

/** Alternates Standard/Short and Normal/Hard, so all four combinations are played. */
function settingsOf(i: number): RunSettings {
  return {
    turns: i % 2 === 0 ? 12 : 8,
    difficulty: Math.floor(i / 2) % 2 === 0 ? 'normal' : 'hard',
    seed: `random-${i}`,
  };
}

const isBounded = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

/** The first broken invariant of a finished run, or undefined. Plain checks: `expect` per value is slow. */
function brokenInvariant(state: SimState, log: SessionLog, scenario: Scenario): string | undefined {
  if (state.status !== 'ended' || state.ending === undefined) return `status ${state.status}, no ending`;
  if (!endingIds.has(state.ending.id)) return `ending ${state.ending.id} is not in the pack`;
  const played = state.ending.turn;
  if (state.history.length !== played)
    return `history has ${state.history.length} quarters, ${played} played`;
  if (played > log.turns || (state.ending.reason === 'lastTurn' && played !== log.turns))
    return `${played} quarters played of ${log.turns} (${state.ending.reason})`;
  if (state.afterHandover?.turn !== played + 1) return 'no after-hand-over step';
  const records: QuarterRecord[] = [...state.history, state.afterHandover];
  for (const [i, record] of records.entries()) {
    if (record.turn !== i + 1) return `record ${i} is for quarter ${record.turn}`;
    for (const id of DRIVER_IDS)
      if (!isBounded(record.drivers[id])) return `Q${record.turn} ${id} = ${record.drivers[id]}`;
    for (const id of METER_IDS) {
      if (!isBounded(record.meters[id])) return `Q${record.turn} ${id} = ${record.meters[id]}`;
      if (!isBounded(record.report[id])) return `Q${record.turn} reported ${id} = ${record.report[id]}`;
    }
  }
  for (const id of DRIVER_IDS) if (!isBounded(state.drivers[id])) return `final ${id} = ${state.drivers[id]}`;
  for (const id of METER_IDS) if (!isBounded(state.meters[id])) return `final ${id} = ${state.meters[id]}`;
  for (const [id, quarter] of Object.entries(state.benchmarks)) {
    if (!benchmarkBy.has(id)) return `benchmark ${id} is not in the pack`;
    const by = benchmarkBy.get(id) ?? log.turns;
    if (quarter < 1 || quarter > by || quarter > played)
      return `benchmark ${id} met in Q${quarter} (by ${by})`;
  }
  return overspentQuarter(log, scenario);
}

/**
 * Capital never goes negative: in each quarter of the log, the options standing at `turn.ended` (a later
 * choice for a card replaces its earlier one; a withdrawal removes it) cost at most capitalPerQuarter.
 */
function overspentQuarter(log: SessionLog, scenario: Scenario): string | undefined {
  const { options } = lookup(scenario);
  let quarter = 1;
  let chosen = new Map<string, string>();
  for (const input of log.inputs) {
    if (input.type === 'option.chosen') chosen.set(input.decisionId, input.optionId);
    else if (input.type === 'option.withdrawn') chosen.delete(input.decisionId);
    else if (input.type === 'turn.ended') {
      let spent = 0;
      for (const [decisionId, optionId] of chosen)
        spent += options.get(`${decisionId}/${optionId}`)?.option.cost ?? 0;
      if (spent > scenario.capitalPerQuarter)
        return `Q${quarter}: ${spent} capital spent of ${scenario.capitalPerQuarter}`;
      chosen = new Map();
      quarter++;
    }
  }
  return undefined;
}

describe(`${PLAYTHROUGHS} random playthroughs of the fixture`, () => {
  it('each ends with one ending of the pack and keeps every invariant', { timeout: 10 * 60_000 }, () => {
    const started = performance.now();
    const failures: string[] = [];
    const endings = new Map<string, number>();
    for (let i = 0; i < PLAYTHROUGHS; i++) {
      const settings = settingsOf(i);
      // Every 50th run keeps its events, to check the session ends exactly once, with the state's ending.
      const keepEvents = i % 50 === 0;
      const { state, log, events } = playSession(fixture, settings, 'random', keepEvents);
      const ended = events.filter((event) => event.type === 'session.ended');
      const broken =
        keepEvents && (ended.length !== 1 || ended[0]?.endingId !== state.ending?.id)
          ? `${ended.length} session.ended events`
          : brokenInvariant(state, log, fixture);
      if (broken !== undefined && failures.length < 10)
        failures.push(`${JSON.stringify(settings)}: ${broken}`);
      if (state.ending) endings.set(state.ending.id, (endings.get(state.ending.id) ?? 0) + 1);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `${PLAYTHROUGHS} playthroughs in ${seconds.toFixed(1)} s (${Math.round(PLAYTHROUGHS / seconds)}/s); endings:`,
      Object.fromEntries(endings),
    );
    expect(failures).toEqual([]);
  });
});
