import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/content/scenario.schema';
import type { Input } from '../../src/sim/inputs';
import { listOffers } from '../../src/sim/offers';
import { replay, type SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { initialState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';

const fixture = ScenarioSchema.parse(
  parse(readFileSync(new URL('../fixtures/scenarios/fixture.yaml', import.meta.url), 'utf8')),
);

/** The inputs a trainee could give now: choices, withdrawals of funded cards, and "End quarter". */
function legalInputs(state: ReturnType<typeof initialState>): Input[] {
  const offers = listOffers(state, fixture);
  const crisisOpen = offers.some((offer) => offer.kind === 'crisis' && offer.chosenOptionId === undefined);
  return [
    ...offers.flatMap((offer) => [
      ...offer.options
        .filter((option) => option.available)
        .map((option): Input => ({
          type: 'option.chosen',
          decisionId: offer.decisionId,
          optionId: option.optionId,
        })),
      ...(offer.chosenOptionId !== undefined && offer.kind === 'initiative'
        ? [{ type: 'option.withdrawn', decisionId: offer.decisionId } as const]
        : []),
    ]),
    ...(crisisOpen ? [] : [{ type: 'turn.ended' } as const]),
  ];
}

/** A session played by picking among the legal inputs; the log keeps the accepted ones, as the machine does. */
function playByPicks(seed: string, picks: readonly number[]): SessionLog {
  let state = initialState(fixture, { turns: 8, difficulty: 'normal', seed });
  const inputs: Input[] = [{ type: 'briefing.acknowledged' }];
  for (const pick of picks) {
    if (state.status === 'ended') break;
    const legal = legalInputs(state);
    const input = legal[pick % legal.length]!;
    const result = step(state, input, fixture);
    if (result.events.some((event) => event.type === 'input.rejected')) continue;
    state = result.state;
    inputs.push(input);
  }
  return {
    formatVersion: 1,
    scenarioId: fixture.id,
    scenarioVersion: fixture.version,
    turns: 8,
    difficulty: 'normal',
    seed,
    inputs,
  };
}

const roundTrip = (log: SessionLog) => {
  const decoded = decodeRunCode(encodeRunCode(log, fixture), fixture);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.log;
};

describe('a run code replays to the state of the session it came from', () => {
  it('leaving out a choice withdrawn in its own quarter changes nothing', () => {
    // Q1 of seed 'graph' deals sixty-day-list, national-dialogue, protection-surge, rapid-reaction-force.
    const log = playByPicks('graph', []);
    const inputs: Input[] = [
      ...log.inputs,
      { type: 'option.chosen', decisionId: 'rapid-reaction-force', optionId: 'crash-train-equip' },
      { type: 'option.chosen', decisionId: 'sixty-day-list', optionId: 'integrate-on-schedule' },
      { type: 'option.withdrawn', decisionId: 'rapid-reaction-force' }, // a change of mind
      { type: 'option.chosen', decisionId: 'national-dialogue', optionId: 'inclusive-dialogue' },
      { type: 'turn.ended' },
    ];
    const played = { ...log, inputs };
    const shorter = roundTrip(played);
    expect(shorter.inputs).toHaveLength(inputs.length - 2);
    expect(replay(shorter, fixture).state).toEqual(replay(played, fixture).state);
    // and the change of mind mattered for nothing: crash-train-equip was never applied
    expect(replay(played, fixture).events).not.toContainEqual(
      expect.objectContaining({ optionId: 'crash-train-equip' }),
    );
  });

  it('for any legal playthrough, withdrawals included', () => {
    const seeds = fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/);
    let compacted = 0;
    fc.assert(
      fc.property(seeds, fc.array(fc.nat(), { minLength: 20, maxLength: 120 }), (seed, picks) => {
        const log = playByPicks(seed, picks);
        const decoded = roundTrip(log);
        if (decoded.inputs.length < log.inputs.length) compacted++;
        expect(replay(decoded, fixture).state).toEqual(replay(log, fixture).state);
      }),
      { numRuns: 60 },
    );
    expect(compacted).toBeGreaterThan(10); // withdrawals really were left out, often
  });
});
