import { describe, expect, it } from 'vitest';
import { ledgerOf } from '../../src/sim/attribution';
import { causeKeyOf, sourceKeyAt } from '../../src/sim/ledger';
import { DRIVER_IDS } from '../../src/sim/drivers';
import { listOffers } from '../../src/sim/offers';
import { replay, type SessionLog } from '../../src/sim/replay';
import { initialState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import type { Input } from '../../src/sim/inputs';
import { loadFixture } from '../support/fixture';

// The cause registry is shared, append-only, between a state and its successors (ledger.ts). Two different
// successors of one state must not see each other's causes: each must equal a fresh replay of its own log.
describe('the shared cause registry', () => {
  const scenario = loadFixture();
  const settings = { turns: 12, difficulty: 'normal' as const, seed: 'registry-branches' };
  const log = (inputs: Input[]): SessionLog => ({
    formatVersion: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    ...settings,
    inputs,
  });

  it('keeps two branches from one state apart', () => {
    const start = initialState(scenario, settings);
    const offers = listOffers(start, scenario).filter((offer) => offer.kind === 'initiative');
    const [first, second] = offers;
    if (!first || !second) throw new Error('the fixture deals at least two cards in Q1');
    const branchA: Input[] = [
      { type: 'option.chosen', decisionId: first.decisionId, optionId: first.options[0]!.optionId },
      { type: 'turn.ended' },
    ];
    const branchB: Input[] = [
      { type: 'option.chosen', decisionId: second.decisionId, optionId: second.options[1]!.optionId },
      { type: 'turn.ended' },
    ];
    const play = (inputs: Input[]) =>
      inputs.reduce((state, input) => step(state, input, scenario).state, start);
    const a = play(branchA); // appends its causes to the registry it shares with `start`
    const b = play(branchB); // must copy its own part first
    const a2 = play(branchA); // and a third branch too
    for (const [live, inputs] of [
      [a, branchA],
      [b, branchB],
      [a2, branchA],
    ] as const) {
      const fresh = replay(log(inputs), scenario).state;
      expect(live.drivers).toEqual(fresh.drivers);
      expect(live.meters).toEqual(fresh.meters);
      for (const driver of DRIVER_IDS) expect(ledgerOf(live, driver)).toEqual(ledgerOf(fresh, driver));
    }
  });
});

describe('sourceKeyAt', () => {
  const scenario = loadFixture();
  const option = scenario.decisions[0]!.options[0]!;
  const incident = scenario.incidents[0]!;

  it('is the cause key of the option or incident in that quarter', () => {
    for (const turn of [1, 4, 12]) {
      expect(sourceKeyAt(option, 'option', turn)).toBe(
        causeKeyOf({ kind: 'option', sourceId: option.id, turn, decisionId: scenario.decisions[0]!.id }),
      );
      expect(sourceKeyAt(incident, 'incident', turn)).toBe(
        causeKeyOf({ kind: 'incident', sourceId: incident.id, turn }),
      );
    }
  });

  it('depends on the id, kind and quarter only, not on which object carries them', () => {
    const twin = { ...option };
    expect(sourceKeyAt(twin, 'option', 2)).toBe(sourceKeyAt(option, 'option', 2));
    expect(sourceKeyAt(option, 'option', 2)).not.toBe(sourceKeyAt(option, 'option', 3));
    expect(sourceKeyAt({ id: option.id }, 'incident', 2)).toBe(`i:${option.id}@2`);
  });
});
