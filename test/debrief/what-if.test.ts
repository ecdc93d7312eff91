import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/scenario.schema';
import { inputQuarters, whatIf, type WhatIfResult } from '../../src/debrief/what-if';
import { holds } from '../../src/sim/conditions';
import type { Input } from '../../src/sim/inputs';
import { lookup } from '../../src/sim/lookup';
import { playSession } from '../../src/sim/play';
import { replay, type SessionLog } from '../../src/sim/replay';
import { openSession, type SimState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import { aDecision, anEffect, anOption, aScenario, choose } from '../support/builders';
import { loadFixture } from '../support/fixture';
import { playQuarters } from './debrief-helpers';

const fixture = loadFixture();

function expectOk(result: ReturnType<typeof whatIf>): WhatIfResult {
  if (!result.ok) throw new Error(`what-if refused: ${result.reason}`);
  return result;
}

/** The state at the start of each quarter (its draws made), by quarter: index q is quarter q. */
function quarterStarts(log: SessionLog, scenario: Scenario): SimState[] {
  let state = openSession(scenario, log).state;
  const starts = [state, state];
  for (const input of log.inputs) {
    state = step(state, input, scenario).state;
    if (input.type === 'turn.ended' && state.status === 'running') starts[state.turn] = state;
  }
  return starts;
}

const inWindow = (item: { turn?: number; from?: number; to?: number }, turn: number) =>
  item.turn !== undefined ? item.turn === turn : (item.from ?? 1) <= turn && turn <= (item.to ?? Infinity);

/**
 * What quarter q's draws depend on besides the seed (quarter-start.ts): which incidents and which cards
 * are eligible. `previous` is the start of quarter q − 1 (its lastFired is what q's draw reads).
 */
function eligibility(previous: SimState, start: SimState, scenario: Scenario) {
  const q = start.turn;
  const ctx = { ...start, turn: q };
  const incidents = scenario.incidents.filter((incident, index) => {
    const last = previous.lastFired[index]!;
    if (last > 0 && (incident.once || q - last <= (incident.cooldown ?? 0))) return false;
    return inWindow(incident, q) && (incident.when === undefined || holds(incident.when, ctx));
  });
  const cards = scenario.decisions.filter((card) => {
    if (start.funded.includes(card.id) || !inWindow(card, q)) return false;
    for (const lever of lookup(scenario).levers.get(card.id) ?? []) {
      const until = start.suspendedLevers[lever];
      if (until !== undefined && q <= until) return false;
    }
    return card.when === undefined || holds(card.when, ctx);
  });
  return { incidents: incidents.map((i) => i.id).join(), cards: cards.map((c) => c.id).join() };
}

const incidentsOf = (log: SessionLog, scenario: Scenario, turn: number) =>
  replay(log, scenario).events.filter((e) => e.type === 'incident.occurred' && e.turn === turn);

describe('whatIf on the fixture: one Q2 choice changed', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => `what-if.${i}`);
  const cases = seeds.flatMap((seed) => {
    const run = playSession(fixture, { turns: 12, difficulty: 'normal', seed }, 'random');
    const quarters = inputQuarters(run.log.inputs);
    const index = run.log.inputs.findIndex((input, i) => input.type === 'option.chosen' && quarters[i] === 2);
    const input = run.log.inputs[index];
    if (input?.type !== 'option.chosen') return [];
    const options = lookup(fixture).byCard.get(input.decisionId)!;
    // Another option of the card that fits Q2's capital (the cheapest other one).
    const other = [...options.values()]
      .filter((o) => o.id !== input.optionId)
      .sort((a, b) => a.cost - b.cost || (a.consentCost ?? 0) - (b.consentCost ?? 0))[0]!;
    const result = whatIf(run.log, fixture, { inputIndex: index }, other.id);
    return result.ok ? [{ seed, run, result }] : [];
  });

  it('finds a Q2 choice to change in most seeds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it('leaves Q1 identical, and Q2’s draws (made at the end of Q1)', () => {
    for (const { run, result } of cases) {
      const alt = replay(result.alternative.log, fixture).state;
      expect(alt.history[0]).toEqual(run.state.history[0]);
      for (const turn of [1, 2])
        expect(incidentsOf(result.alternative.log, fixture, turn)).toEqual(
          incidentsOf(run.log, fixture, turn),
        );
    }
  });

  it('keeps every later quarter’s incidents and hand wherever what they are drawn from is unchanged', () => {
    let compared = 0;
    for (const { run, result } of cases) {
      const before = quarterStarts(run.log, fixture);
      const after = quarterStarts(result.alternative.log, fixture);
      const last = Math.min(before.length, after.length) - 1;
      for (let q = 3; q <= last; q++) {
        const same = eligibility(before[q - 1]!, before[q]!, fixture);
        const alt = eligibility(after[q - 1]!, after[q]!, fixture);
        if (same.incidents === alt.incidents) {
          compared += 1;
          expect(incidentsOf(result.alternative.log, fixture, q), `Q${q}`).toEqual(
            incidentsOf(run.log, fixture, q),
          );
        }
        if (same.cards === alt.cards) expect(after[q]!.quarter.hand).toEqual(before[q]!.quarter.hand);
      }
    }
    expect(compared).toBeGreaterThan(20); // the comparison is not vacuous
  });

  it('gives a log that replays into the what-if run, every input accepted', () => {
    for (const { result } of cases) {
      const replayed = replay(result.alternative.log, fixture);
      expect(replayed.events.filter((e) => e.type === 'input.rejected')).toEqual([]);
      const steps = [...replayed.state.history, replayed.state.afterHandover!];
      for (const meter of ['security', 'legitimacy', 'civilianHarm'] as const)
        expect(result.alternative.series.meters[meter].slice(1)).toEqual(steps.map((h) => h.meters[meter]));
    }
  });

  it('accounts for every input: kept + replaced + dropped = the original log; the what-if log = kept + added + 1', () => {
    for (const { run, result } of cases) {
      const { kept, replaced, dropped, added } = result.counts;
      expect(kept + replaced + dropped).toBe(run.log.inputs.length);
      expect(replaced).toBeGreaterThanOrEqual(1);
      expect(result.alternative.log.inputs.length).toBe(kept + added + 1);
      expect(result.inputs.filter((f) => f.fate === 'dropped').every((f) => f.reason !== undefined)).toBe(
        true,
      );
    }
  });

  it('reports both series and the difference at the end', () => {
    const { result } = cases[0]!;
    const end = (series: WhatIfResult['original']['series']) => series.meters.legitimacy.at(-1)!;
    expect(result.difference.afterHandover?.legitimacy).toBeCloseTo(
      end(result.alternative.series) - end(result.original.series),
      12,
    );
    expect(result.original.series.turns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(result.original.series.afterHandover).toBe(true);
  });
});

describe('whatIf on constructed runs', () => {
  // Drift off, consent 10 and no recovery: consent spent in Q1 is gone in Q2.
  const consentPack = aScenario({
    drift: 'none',
    crisis: 'always',
    startingDrivers: { consent: 10 },
    decisions: [
      aDecision('first', [
        anOption('free', { tags: ['lever:vetting', 'stance:defer'] }),
        anOption('costly', { consentCost: 8, effects: [anEffect('accountability', 5)] }),
        anOption('pricey', { cost: 2 }),
      ]),
      aDecision('second', [anOption('ask', { consentCost: 5 })]),
      aDecision('big-card', [anOption('big', { cost: 4 })]),
    ],
  });

  it('drops a later choice that no longer fits consent, and the crisis answer that no longer does (it defaults)', () => {
    const run = playQuarters(consentPack, [
      [choose('first', 'free')],
      [choose('second', 'ask')],
      [choose('checkpoint-abuse', 'raise-it')],
    ]);
    const result = expectOk(whatIf(run.log, consentPack, { turn: 1, decisionId: 'first' }, 'costly'));
    expect(result.change).toEqual({
      turn: 1,
      decisionId: 'first',
      kind: 'initiative',
      from: 'free',
      to: 'costly',
    });
    // consent 10 − 8 = 2 < 5: "ask" no longer fits in Q2.
    expect(result.inputs.filter((f) => f.fate === 'dropped')).toEqual([
      { index: 2, input: choose('second', 'ask'), turn: 2, fate: 'dropped', reason: 'over-consent' },
    ]);
    expect(result.counts).toEqual({ kept: run.log.inputs.length - 2, replaced: 1, dropped: 1, added: 0 });
    expect(result.defaulted).toEqual([]); // the crisis answer (cost 1, no consent) still fits
  });

  it('marks a crisis that takes its default because the kept answer no longer fits', () => {
    const run = playQuarters(consentPack, [
      [choose('first', 'free')],
      [choose('checkpoint-abuse', 'denounce')],
    ]);
    const result = expectOk(whatIf(run.log, consentPack, { turn: 1, decisionId: 'first' }, 'costly'));
    expect(result.inputs.find((f) => f.fate === 'dropped')).toMatchObject({
      input: choose('checkpoint-abuse', 'denounce'),
      reason: 'over-consent',
    });
    expect(result.defaulted).toEqual([{ turn: 2, decisionId: 'checkpoint-abuse', optionId: 'look-away' }]);
  });

  it('drops a choice whose card is no longer dealt ("not funded" instead of the launch)', () => {
    const pack = aScenario({
      drift: 'none',
      decisions: [
        aDecision('launch-card', [anOption('launch', { flags: ['launched'] })]),
        aDecision('follow-card', [anOption('follow')], { when: { flag: 'launched' } }),
      ],
    });
    const run = playQuarters(pack, [[choose('launch-card', 'launch')], [choose('follow-card', 'follow')]]);
    const result = expectOk(whatIf(run.log, pack, { inputIndex: 0 }, null));
    expect(result.change).toEqual({ turn: 1, decisionId: 'launch-card', kind: 'initiative', from: 'launch' });
    expect(result.inputs.filter((f) => f.fate !== 'kept')).toEqual([
      { index: 0, input: choose('launch-card', 'launch'), turn: 1, fate: 'replaced' },
      { index: 2, input: choose('follow-card', 'follow'), turn: 2, fate: 'dropped', reason: 'not-offered' },
    ]);
    expect(result.alternative.log.inputs.length).toBe(run.log.inputs.length - 2); // not funded: nothing inserted
  });

  it('funds a card the run left unfunded, placed before the quarter’s end', () => {
    const pack = aScenario({ drift: 'none' });
    const run = playQuarters(pack, []);
    const result = expectOk(whatIf(run.log, pack, { turn: 3, decisionId: 'train-battalion' }, 'crash-train'));
    expect(result.change).toEqual({
      turn: 3,
      decisionId: 'train-battalion',
      kind: 'initiative',
      to: 'crash-train',
    });
    expect(result.alternative.log.inputs.slice(0, 4)).toEqual<Input[]>([
      { type: 'turn.ended' },
      { type: 'turn.ended' },
      choose('train-battalion', 'crash-train'),
      { type: 'turn.ended' },
    ]);
    expect(result.counts).toEqual({ kept: run.log.inputs.length, replaced: 0, dropped: 0, added: 0 });
    expect(result.difference.lastQuarter.security).toBeGreaterThan(0); // capacity +10 from Q3
  });

  it('plays on, funding nothing, when the what-if run outlives a run that collapsed', () => {
    // Collapse: security < 100 (always) and cohesion < 45 — which only the purge (cohesion −10) brings.
    const pack = aScenario({
      drift: 'none',
      coefficients: { collapseSecurity: 100, collapseCohesion: 45 },
      decisions: [aDecision('purge-card', [anOption('purge', { effects: [anEffect('cohesion', -10)] })])],
    });
    const run = playQuarters(pack, [[choose('purge-card', 'purge')]]);
    expect(run.state.ending?.reason).toBe('collapse');
    const result = expectOk(whatIf(run.log, pack, { inputIndex: 0 }, null));
    // Q2–Q12 ended (11) and the reviews after Q4 and Q8 acknowledged (2), as a trainee would.
    expect(result.counts).toEqual({ kept: 1, replaced: 1, dropped: 0, added: 13 });
    expect(result.alternative.series.ending?.reason).toBe('lastTurn');
    expect(result.alternative.series.turns.at(-1)).toBe(13);
    expect(result.original.series.turns).toEqual([0, 1, 2]);
    expect(result.difference.afterHandover).toBeDefined();
  });

  it('refuses a change it cannot make, saying why', () => {
    const run = playQuarters(consentPack, [[choose('big-card', 'big'), choose('first', 'free')]]);
    const endIndex = run.log.inputs.findIndex((i) => i.type === 'turn.ended');
    expect(whatIf(run.log, consentPack, { inputIndex: endIndex }, 'costly')).toEqual({
      ok: false,
      reason: 'not-a-choice',
    });
    expect(whatIf(run.log, consentPack, { inputIndex: 1 }, 'no-such-option')).toEqual({
      ok: false,
      reason: 'unknown-option',
    });
    expect(whatIf(run.log, consentPack, { inputIndex: 1 }, 'free')).toEqual({
      ok: false,
      reason: 'same-choice',
    });
    // "big" took all 4 capital before "first" was chosen: "pricey" (2) does not fit in its place.
    expect(whatIf(run.log, consentPack, { inputIndex: 1 }, 'pricey')).toEqual({
      ok: false,
      reason: 'over-capital',
    });
    expect(whatIf(run.log, consentPack, { turn: 1, decisionId: 'checkpoint-abuse' }, null)).toEqual({
      ok: false,
      reason: 'crisis-needs-an-answer',
    });
    expect(whatIf(run.log, consentPack, { turn: 20, decisionId: 'first' }, 'costly')).toEqual({
      ok: false,
      reason: 'not-reached',
    });
  });

  it('changes a crisis answer', () => {
    const pack = aScenario({ drift: 'none', incidents: [], crisis: 'always' });
    const run = playQuarters(pack, [[choose('checkpoint-abuse', 'raise-it')]]);
    const result = expectOk(whatIf(run.log, pack, { inputIndex: 0 }, 'denounce'));
    expect(result.change).toMatchObject({ kind: 'crisis', from: 'raise-it', to: 'denounce' });
  });
});
