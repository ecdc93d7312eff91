import { describe, expect, it } from 'vitest';
import { listOffers } from '../../src/sim/offers';
import { SLOTS } from '../../src/sim/ledger';
import { playSession } from '../../src/sim/play';
import { initialState, type SimState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import { loadFixture } from '../support/fixture';
import {
  aDecision,
  anOption,
  aScenario,
  aSession,
  choose,
  endTurns,
  eventsOf,
  play,
} from '../support/builders';

const END = { type: 'turn.ended' } as const;

// The builder pack: 4 capital a quarter; train-battalion offers crash-train (cost 2, capacity +10) and
// accountable-train (cost 3); vetting-board offers vet-recruits (cost 2, consentCost 5, accountability +8)
// and skip-vetting (free). Drift is off so only choices move drivers.
const pack = aScenario({ drift: 'none' });
const start = aSession(pack);

describe('political capital', () => {
  it('pays for each option chosen', () => {
    expect(play(start, [choose('train-battalion', 'crash-train')], pack).state.capital).toBe(2); // 4 − 2
  });

  it('cannot be overspent: an option that does not fit is rejected over-capital and nothing changes', () => {
    const spent = play(start, [choose('train-battalion', 'accountable-train')], pack).state; // 4 − 3 = 1 left
    const { state, events } = play(spent, [choose('vetting-board', 'vet-recruits')], pack); // costs 2 > 1
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.chosen', reason: 'over-capital' }]);
    expect(state).toBe(spent);
  });

  it('frees a card’s earlier choice when the card is answered again', () => {
    const { state, events } = play(
      start,
      [choose('train-battalion', 'accountable-train'), choose('train-battalion', 'crash-train')],
      pack,
    );
    expect(events).toEqual([]);
    expect(state.capital).toBe(2); // 4 − 2: the 3 of accountable-train is given back
    expect(state.quarter.chosen).toEqual([{ decisionId: 'train-battalion', optionId: 'crash-train' }]);
  });

  it('resets to capitalPerQuarter each quarter: unspent capital does not carry over', () => {
    const q2 = play(start, [choose('train-battalion', 'crash-train'), END], pack).state; // 2 left unspent in Q1
    expect(q2.capital).toBe(4);
    expect(endTurns(q2, 1, pack).capital).toBe(4);
  });

  it('is restored by withdrawing a choice', () => {
    const chosen = play(start, [choose('train-battalion', 'accountable-train')], pack).state;
    const { state } = play(chosen, [{ type: 'option.withdrawn', decisionId: 'train-battalion' }], pack);
    expect(state.capital).toBe(4);
    expect(state.quarter.chosen).toEqual([]);
  });

  it('makes a withdrawn card fund nothing at resolution', () => {
    const { state } = play(
      start,
      [
        choose('train-battalion', 'crash-train'),
        { type: 'option.withdrawn', decisionId: 'train-battalion' },
        END,
      ],
      pack,
    );
    expect(state.drivers.capacity).toBe(40);
    expect(state.quarter.hand).toContain('train-battalion'); // not funded, so dealt again
  });
});

describe('host consent', () => {
  it('is charged consentCost at resolution, not when the option is chosen', () => {
    const chosen = play(start, [choose('vetting-board', 'vet-recruits')], pack).state;
    expect(chosen.drivers.consent).toBe(60);
    expect(endTurns(chosen, 1, pack).drivers.consent).toBe(55); // 60 − 5
  });

  it('makes an option whose consentCost exceeds the consent left unavailable (over-consent)', () => {
    const low = aScenario({ drift: 'none', startingDrivers: { consent: 3 } });
    const opened = aSession(low);
    const { state, events } = play(opened, [choose('vetting-board', 'vet-recruits')], low); // 5 > 3
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.chosen', reason: 'over-consent' }]);
    expect(state).toBe(opened);
    const offer = listOffers(opened, low).find((o) => o.decisionId === 'vetting-board');
    expect(offer?.options.find((o) => o.optionId === 'vet-recruits')).toMatchObject({
      available: false,
      reason: 'over-consent',
    });
  });

  it('counts the consent already committed this quarter', () => {
    // Consent 8: the first option commits 5, leaving 3, under the second's 5.
    const costly = aScenario({
      drift: 'none',
      startingDrivers: { consent: 8 },
      decisions: [
        aDecision('first', [anOption('first-demarche', { consentCost: 5 })]),
        aDecision('second', [anOption('second-demarche', { consentCost: 5 })]),
      ],
    });
    const { events } = play(
      aSession(costly),
      [choose('first', 'first-demarche'), choose('second', 'second-demarche')],
      costly,
    );
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.chosen', reason: 'over-consent' }]);
  });
});

describe('inputs that do not fit the quarter', () => {
  it('are rejected with a reason and leave the state as it was', () => {
    const cases = [
      [choose('no-such-card', 'crash-train'), 'unknown-decision'],
      [choose('train-battalion', 'no-such-option'), 'unknown-option'],
      [choose('train-battalion', 'vet-recruits'), 'unknown-option'], // an option of another card
      [{ type: 'option.withdrawn', decisionId: 'train-battalion' }, 'not-chosen'],
      [{ type: 'decision.timedOut', decisionId: 'no-such-card' }, 'not-offered'],
    ] as const;
    for (const [input, reason] of cases) {
      const { state, events } = play(start, [input], pack);
      expect(events).toEqual([{ type: 'input.rejected', input: input.type, reason }]);
      expect(state).toBe(start);
    }
  });

  it('rejects a card that is not in the hand (not-offered)', () => {
    const q2 = play(start, [choose('train-battalion', 'crash-train'), END], pack).state; // funded: not dealt again
    const { events } = play(q2, [choose('train-battalion', 'accountable-train')], pack);
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.chosen', reason: 'not-offered' }]);
  });

  it('rejects every input but the flow acknowledgements once the session has ended', () => {
    const ended = endTurns(start, 12, pack);
    expect(ended.status).toBe('ended');
    expect(play(ended, [END], pack).events).toEqual([
      { type: 'input.rejected', input: 'turn.ended', reason: 'session-ended' },
    ]);
    expect(play(ended, [{ type: 'review.acknowledged' }], pack)).toEqual({ state: ended, events: [] });
  });
});

describe('a crisis', () => {
  // Drawn every quarter (quiet weight 0). checkpoint-abuse: look-away (default, free, accountability −2),
  // raise-it (cost 1, accountability +3), denounce (cost 3, consentCost 5, trust +4).
  const crisisPack = aScenario({ drift: 'none', crisis: 'always' });
  const opened = aSession(crisisPack);

  it('is drawn at the start of the quarter and offered first', () => {
    expect(opened.quarter.crisis).toBe('checkpoint-abuse');
    expect(listOffers(opened, crisisPack)[0]).toMatchObject({
      decisionId: 'checkpoint-abuse',
      kind: 'crisis',
    });
  });

  it('left unanswered takes its default option when the quarter ends', () => {
    const { state, events } = play(opened, [END], crisisPack);
    expect(eventsOf(events, 'option.applied')).toEqual([
      { type: 'option.applied', decisionId: 'checkpoint-abuse', optionId: 'look-away', turn: 1 },
    ]);
    expect(state.drivers.accountability).toBe(48); // 50 − 2
  });

  it('keeps the answer the trainee gave', () => {
    const { state } = play(opened, [choose('checkpoint-abuse', 'raise-it'), END], crisisPack);
    expect(state.drivers.accountability).toBe(53); // 50 + 3; look-away did not apply
  });

  it('falls back to a zero-cost option when the capital left cannot pay for the default', () => {
    const dear = aScenario({ drift: 'none', crisis: 'always' });
    const withDearDefault = {
      ...dear,
      incidents: dear.incidents.map((incident) =>
        incident.kind === 'crisis' ? { ...incident, defaultOptionId: 'raise-it' } : incident,
      ),
    };
    const { events } = play(
      aSession(withDearDefault),
      [choose('train-battalion', 'crash-train'), choose('vetting-board', 'vet-recruits'), END], // 2 + 2 = 4 spent
      withDearDefault,
    );
    expect(eventsOf(events, 'option.applied').map((e) => e.optionId)).toEqual([
      'crash-train',
      'vet-recruits',
      'look-away', // raise-it costs 1 and nothing is left
    ]);
  });
});

describe('decision.timedOut', () => {
  const crisisPack = aScenario({ drift: 'none', crisis: 'always' });
  const opened = aSession(crisisPack);
  const timedOut = play(opened, [{ type: 'decision.timedOut', decisionId: 'checkpoint-abuse' }], crisisPack);

  it('answers an open crisis with its default option at once', () => {
    expect(timedOut.events).toEqual([
      { type: 'option.defaulted', decisionId: 'checkpoint-abuse', optionId: 'look-away', turn: 1 },
    ]);
    expect(timedOut.state.quarter.chosen).toEqual([
      { decisionId: 'checkpoint-abuse', optionId: 'look-away' },
    ]);
  });

  it('closes the initiatives: a later choice on a hand card is rejected timed-out', () => {
    const { state, events } = play(timedOut.state, [choose('train-battalion', 'crash-train')], crisisPack);
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.chosen', reason: 'timed-out' }]);
    expect(state).toBe(timedOut.state);
    expect(
      listOffers(timedOut.state, crisisPack)
        .filter((offer) => offer.kind === 'initiative')
        .flatMap((offer) => offer.options.map((option) => option.reason)),
    ).toEqual(['timed-out', 'timed-out', 'timed-out', 'timed-out']);
  });

  it('keeps the initiatives already funded, and they can no longer be withdrawn', () => {
    const chosen = play(opened, [choose('train-battalion', 'crash-train')], crisisPack).state;
    const closed = play(
      chosen,
      [{ type: 'decision.timedOut', decisionId: 'train-battalion' }],
      crisisPack,
    ).state;
    const { events } = play(
      closed,
      [{ type: 'option.withdrawn', decisionId: 'train-battalion' }],
      crisisPack,
    );
    expect(events).toEqual([{ type: 'input.rejected', input: 'option.withdrawn', reason: 'timed-out' }]);
    expect(play(closed, [END], crisisPack).state.drivers.capacity).toBe(50); // 40 + 10
  });

  it('keeps a crisis answer already given', () => {
    const answered = play(opened, [choose('checkpoint-abuse', 'raise-it')], crisisPack).state;
    const { state, events } = play(
      answered,
      [{ type: 'decision.timedOut', decisionId: 'checkpoint-abuse' }],
      crisisPack,
    );
    expect(events).toEqual([]);
    expect(state.quarter.chosen).toEqual([{ decisionId: 'checkpoint-abuse', optionId: 'raise-it' }]);
  });
});

describe('outputs', () => {
  it('add up the vanity counters of the options applied', () => {
    const q2 = play(start, [choose('train-battalion', 'crash-train'), END], pack).state;
    expect(q2.outputs).toEqual({ 'personnel-trained': 600 }); // crash-train's outputs
  });
});

describe('modes', () => {
  const fixture = loadFixture();
  const sessions = ['rec.1', 'rec.2', 'rec.3'].map((seed) => {
    const settings = { turns: 12, difficulty: 'hard', seed } as const;
    return { settings, inputs: playSession(fixture, settings, 'random').log.inputs };
  });

  /** A state as its readers see it: the append-only registry it shares with its successors up to its own counts. */
  const seen = (s: SimState) =>
    JSON.stringify({
      ...s,
      causes: s.causes.slice(0, s.causeCount),
      causeKeys: s.causeKeys.slice(0, s.causeCount),
      entryKeys: s.entryKeys.slice(0, s.entryCount),
      entryIds: s.entryIds.slice(0, s.causeCount * SLOTS).map((id) => (id < s.entryCount ? id : -1)),
    });

  it('record and quiet leave the given state as it was, and give the same state at every step', () => {
    for (const { settings, inputs } of sessions) {
      let loud = initialState(fixture, settings);
      let quiet = loud;
      for (const input of inputs) {
        const before = seen(quiet);
        const a = step(loud, input, fixture);
        const b = step(quiet, input, fixture, 'quiet');
        expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state));
        expect(seen(loud)).toBe(before); // both steps started from it: pure
        expect(seen(quiet)).toBe(before);
        [loud, quiet] = [a.state, b.state];
      }
      expect(quiet.status).toBe('ended');
    }
  });

  it('quiet records no resolution events (what the sim CLI plays)', () => {
    for (const { settings, inputs } of sessions) {
      let loud = initialState(fixture, settings);
      let quiet = loud;
      for (const input of inputs) {
        const a = step(loud, input, fixture);
        const b = step(quiet, input, fixture, 'quiet');
        if (input.type === 'turn.ended') {
          expect(a.events.some((event) => event.type === 'meter.changed')).toBe(true);
          expect(b.events.filter((event) => event.type !== 'option.defaulted')).toEqual([]);
        }
        [loud, quiet] = [a.state, b.state];
      }
    }
  });

  it('consume gives the same state at every step, writing into the state it was given', () => {
    for (const { settings, inputs } of sessions) {
      let pure = initialState(fixture, settings);
      let consumed = initialState(fixture, settings);
      let reused = 0;
      for (const input of inputs) {
        const a = step(pure, input, fixture);
        const b = step(consumed, input, fixture, 'consume');
        if (input.type === 'turn.ended' && b.state.ledger === consumed.ledger) reused++;
        expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state)); // read before the next step writes into it
        [pure, consumed] = [a.state, b.state];
      }
      expect(consumed.status).toBe('ended');
      expect(reused).toBe(inputs.filter((input) => input.type === 'turn.ended').length);
    }
  });

  it('headless playSession (no events) consumes its states and ends where the recorded one does', () => {
    for (const { settings } of sessions) {
      const recorded = playSession(fixture, settings, 'random');
      const headless = playSession(fixture, settings, 'random', false);
      expect(headless.events).toEqual([]);
      expect(headless.log).toEqual(recorded.log);
      expect(JSON.stringify(headless.state)).toBe(JSON.stringify(recorded.state));
    }
  });
});
