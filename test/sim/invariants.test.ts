import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/scenario.schema';
import { ledgerOf } from '../../src/sim/attribution';
import { DRIVER_IDS } from '../../src/sim/drivers';
import type { Input } from '../../src/sim/inputs';
import { METER_IDS, type MeterId } from '../../src/sim/meters';
import { listOffers } from '../../src/sim/offers';
import { replay, type SessionLog } from '../../src/sim/replay';
import type { SimEvent } from '../../src/sim/sim-events';
import { openSession, type RunSettings, type SimState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const END: Input = { type: 'turn.ended' };

/** Each property runs this many sessions; one session is a few milliseconds. */
const RUNS = 150;

const settingsArb: fc.Arbitrary<RunSettings> = fc.record({
  turns: fc.constantFrom(8, 12), // Short and Standard
  difficulty: fc.constantFrom('normal' as const, 'hard' as const),
  seed: fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/), // the seed format of DESIGN §3
});
const picksArb = fc.array(fc.nat(), { maxLength: 80 });

/**
 * What the screen lets a trainee do now: each available option not already chosen (listOffers), the
 * withdrawal of each funded initiative while the deliberation is open, a time-out while it is open, and
 * ending the quarter.
 */
function legalInputs(state: SimState, scenario: Scenario): Input[] {
  const inputs: Input[] = [];
  const offers = listOffers(state, scenario);
  for (const offer of offers) {
    for (const option of offer.options) {
      if (option.available && option.optionId !== offer.chosenOptionId)
        inputs.push({ type: 'option.chosen', decisionId: offer.decisionId, optionId: option.optionId });
    }
    if (offer.kind === 'initiative' && offer.chosenOptionId !== undefined && !state.quarter.timedOut)
      inputs.push({ type: 'option.withdrawn', decisionId: offer.decisionId });
  }
  if (!state.quarter.timedOut && offers[0])
    inputs.push({ type: 'decision.timedOut', decisionId: offers[0].decisionId });
  inputs.push(END);
  return inputs;
}

/** Picks past the legal list end the quarter, so a run of 80 picks reaches the later quarters. */
const EXTRA_ENDS = 3;

interface PlayedByPicks {
  readonly log: SessionLog;
  readonly state: SimState;
  readonly events: readonly SimEvent[];
  /** The state after every input, the opened session first. */
  readonly states: readonly SimState[];
}

/**
 * Plays `picks` (each an index into the legal inputs of the moment), then ends quarters until the session
 * ends, so the after-hand-over step is always part of the run.
 */
function playByPicks(scenario: Scenario, settings: RunSettings, picks: readonly number[]): PlayedByPicks {
  const opened = openSession(scenario, settings);
  let state = opened.state;
  const events: SimEvent[] = [...opened.events];
  const states: SimState[] = [state];
  const inputs: Input[] = [];
  const apply = (input: Input) => {
    const result = step(state, input, scenario);
    state = result.state;
    events.push(...result.events);
    states.push(state);
    inputs.push(input);
  };
  for (const pick of picks) {
    if (state.status === 'ended') break;
    const legal = legalInputs(state, scenario);
    apply(legal[pick % (legal.length + EXTRA_ENDS)] ?? END);
  }
  while (state.status === 'running') apply(END);
  const log: SessionLog = {
    formatVersion: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    ...settings,
    inputs,
  };
  return { log, state, events, states };
}

const isBounded = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

/** The meter at the end of quarter q: 0 = the opened session, last + 1 = after hand-over. */
function meterAt(state: SimState, opened: SimState, meter: MeterId, quarter: number): number {
  if (quarter === 0) return opened.meters[meter];
  const record = quarter <= state.history.length ? state.history[quarter - 1] : state.afterHandover;
  if (record === undefined) throw new Error(`no record for quarter ${quarter}`);
  return record.meters[meter];
}

describe('for any seed and any legal inputs', () => {
  it('drivers and meters stay finite and within 0..100, and capital never goes negative', () => {
    fc.assert(
      fc.property(settingsArb, picksArb, (settings, picks) => {
        const { states, state } = playByPicks(fixture, settings, picks);
        for (const s of states) {
          for (const id of DRIVER_IDS)
            expect(isBounded(s.drivers[id]), `${id} = ${s.drivers[id]}`).toBe(true);
          for (const id of METER_IDS) expect(isBounded(s.meters[id]), `${id} = ${s.meters[id]}`).toBe(true);
          expect(s.capital).toBeGreaterThanOrEqual(0);
        }
        for (const record of [...state.history, ...(state.afterHandover ? [state.afterHandover] : [])]) {
          for (const id of DRIVER_IDS) expect(isBounded(record.drivers[id])).toBe(true);
          for (const id of METER_IDS)
            expect(isBounded(record.meters[id]) && isBounded(record.report[id])).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('replaying the log reproduces the live session exactly', () => {
    fc.assert(
      fc.property(settingsArb, picksArb, (settings, picks) => {
        const live = playByPicks(fixture, settings, picks);
        expect(replay(live.log, fixture).state).toEqual(live.state);
      }),
      { numRuns: RUNS },
    );
  });

  it('each driver’s ledger sums to the driver (±1e-6) at the end of every quarter', () => {
    fc.assert(
      fc.property(settingsArb, picksArb, (settings, picks) => {
        const { states, log } = playByPicks(fixture, settings, picks);
        // states[i + 1] follows inputs[i]; the opened session and every resolution are checked.
        const resolved = states.filter((_, i) => i === 0 || log.inputs[i - 1]?.type === 'turn.ended');
        for (const s of resolved) {
          for (const id of DRIVER_IDS) {
            let sum = 0;
            for (const amount of ledgerOf(s, id).values()) sum += amount;
            expect(
              Math.abs(sum - s.drivers[id]),
              `${id}: ledger ${sum}, driver ${s.drivers[id]}`,
            ).toBeLessThan(1e-6);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('each meter.changed attribution sums to its to − from', () => {
    fc.assert(
      fc.property(settingsArb, picksArb, (settings, picks) => {
        for (const event of playByPicks(fixture, settings, picks).events) {
          if (event.type !== 'meter.changed') continue;
          let sum = 0;
          for (const share of event.attribution.values()) sum += share;
          expect(Math.abs(sum - (event.to - event.from))).toBeLessThan(0.01);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('for any meter and span of quarters [a, b], the attributions sum to the meter’s movement (±0.01)', () => {
    fc.assert(
      fc.property(settingsArb, picksArb, (settings, picks) => {
        const { state, events, states } = playByPicks(fixture, settings, picks);
        const opened = states[0]!;
        const last = state.history.length + 1; // the after-hand-over step counts as one more quarter
        expect(state.afterHandover?.turn).toBe(last);
        for (const meter of METER_IDS) {
          const byQuarter = new Array<number>(last + 1).fill(0); // quarter → Σ attribution
          for (const event of events) {
            if (event.type !== 'meter.changed' || event.meter !== meter) continue;
            for (const share of event.attribution.values()) byQuarter[event.turn]! += share;
          }
          for (let a = 1; a <= last; a++) {
            let attributed = 0;
            for (let b = a; b <= last; b++) {
              attributed += byQuarter[b]!;
              const movement = meterAt(state, opened, meter, b) - meterAt(state, opened, meter, a - 1);
              expect(Math.abs(attributed - movement), `${meter} over [${a}, ${b}]`).toBeLessThan(0.01);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Inputs that may fit nothing: ids of the pack mixed with made-up ones, on any state a session reaches.
const packIds = [
  ...fixture.decisions.flatMap((card) => [card.id, ...card.options.map((o) => o.id)]),
  ...fixture.incidents.flatMap((incident) => [
    incident.id,
    ...(incident.kind === 'crisis' ? incident.options.map((o) => o.id) : []),
  ]),
];
const idArb = fc.oneof(fc.constantFrom(...packIds), fc.string({ maxLength: 12 }));
const anyInputArb: fc.Arbitrary<Input> = fc.oneof(
  fc.record(
    {
      type: fc.constant('option.chosen' as const),
      decisionId: idArb,
      optionId: idArb,
      votes: fc.dictionary(idArb, fc.integer()),
    },
    { requiredKeys: ['type', 'decisionId', 'optionId'] },
  ),
  fc.record({ type: fc.constant('option.withdrawn' as const), decisionId: idArb }),
  fc.record({ type: fc.constant('decision.timedOut' as const), decisionId: idArb }),
  fc.constantFrom<Input>(END, { type: 'briefing.acknowledged' }, { type: 'review.acknowledged' }),
);

describe('inputs that do not fit', () => {
  it('never throw; a rejected input leaves the state unchanged', () => {
    fc.assert(
      fc.property(
        settingsArb,
        picksArb,
        fc.array(anyInputArb, { minLength: 1, maxLength: 30 }),
        (settings, picks, inputs) => {
          const { states } = playByPicks(fixture, settings, picks.slice(0, 20));
          let state = states[Math.min(states.length - 1, picks.length)]!; // mid-session or ended
          for (const input of inputs) {
            const result = step(state, input, fixture);
            if (result.events.some((event) => event.type === 'input.rejected'))
              expect(result.state).toBe(state);
            for (const id of DRIVER_IDS) expect(isBounded(result.state.drivers[id])).toBe(true);
            state = result.state;
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
