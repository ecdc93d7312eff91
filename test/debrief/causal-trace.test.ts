import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOP_CAUSES, largestMovement, traceMeter } from '../../src/debrief/causal-trace';
import { valuesAt } from '../../src/debrief/run';
import { METER_IDS } from '../../src/sim/meters';
import { playSession } from '../../src/sim/play';
import { aScenario, choose } from '../support/builders';
import { loadFixture } from '../support/fixture';
import { loadSources, playQuarters, settingsDealing } from './debrief-helpers';

const fixture = loadFixture();
const sources = loadSources();

describe('traceMeter on a run with one cause', () => {
  // Builder pack, drift off: crash-train (capacity +10 in Q1) is the only thing that ever moves a driver.
  const quiet = aScenario({ drift: 'none' });
  const run = playQuarters(quiet, [[choose('train-battalion', 'crash-train')]]);

  it('gives the whole movement of the run (after hand-over included) to that choice, with its card', () => {
    const trace = traceMeter(run, quiet, 'civilianHarm', 1, 13);
    expect(trace.causes).toHaveLength(1);
    const [cause] = trace.causes;
    expect(cause).toMatchObject({
      key: 'o:crash-train@1',
      kind: 'option',
      sourceId: 'crash-train',
      decisionId: 'train-battalion',
      turn: 1,
      via: [], // no drift rule ran
      landed: [1],
      lapsed: [],
      delayed: false,
      note: { en: 'crash-train note' },
    });
    expect(cause!.share).toBeCloseTo(trace.movement, 10);
    expect(cause!.direct).toBeCloseTo(trace.movement, 10);
    expect(trace.other).toBe(0);
    expect(trace.movement).toBeCloseTo(trace.end! - trace.start!, 10);
  });

  it('moves each quarter half the remaining gap (meterResponse 0.5): Q1 carries half of Q1–Q2', () => {
    const q1 = traceMeter(run, quiet, 'security', 1, 1).movement;
    const q1to2 = traceMeter(run, quiet, 'security', 1, 2).movement;
    expect(q1).not.toBe(0);
    expect(q1to2).toBeCloseTo(q1 * 1.5, 10); // gap g: Q1 moves g/2, Q2 moves g/4
  });

  it('looks its citation up in sources.yaml (the builder cites "001 §Test", not a listed section)', () => {
    const [cause] = traceMeter(run, quiet, 'civilianHarm', 1, 13, { sources }).causes;
    expect(cause!.citation).toEqual({
      code: '001 §Test',
      reference: sources.documents['001']!.reference,
      short: sources.documents['001']!.short,
      inferred: false,
      link: 'sourced',
    });
  });

  it('counts quarters outside the run as nothing', () => {
    expect(traceMeter(run, quiet, 'legitimacy', 20, 30)).toMatchObject({ movement: 0, causes: [], other: 0 });
  });
});

describe('traceMeter through drift rules and delays', () => {
  it('keeps the drift rule as the mechanism: capacity without accountability → harm via grievance', () => {
    const pack = aScenario(); // default drift: grievance turns harm by state forces into threat
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const cause = traceMeter(run, pack, 'civilianHarm', 1, 13).causes.find(
      (c) => c.key === 'o:crash-train@1',
    );
    expect(cause?.via).toContain('grievance');
    expect(cause!.viaShares.grievance).toBeGreaterThan(0); // more threat, more harm by armed groups
    expect(cause!.share).toBeCloseTo(
      cause!.direct + Object.values(cause!.viaShares).reduce((a, b) => a + b, 0),
      10,
    );
  });

  it('reports a delayed effect landing after the quarter it was decided in', () => {
    // integrate-on-schedule (Q1): accountability −4 with delay 4 when oversight < 40 (the fixture starts at 20).
    const run = playQuarters(fixture, [[choose('sixty-day-list', 'integrate-on-schedule')]]);
    const cause = traceMeter(run, fixture, 'legitimacy', 1, 13, { top: 100 }).causes.find(
      (c) => c.key === 'o:integrate-on-schedule@1',
    );
    expect(cause).toMatchObject({ turn: 1, landed: [1, 5], delayed: true, decisionId: 'sixty-day-list' });
  });

  it('carries the option’s citation, quote and whether the link is sourced or inferred', () => {
    const settings = settingsDealing(fixture, ['rapid-reaction-force']);
    const run = playQuarters(fixture, [[choose('rapid-reaction-force', 'crash-train-equip')]], settings);
    const causes = traceMeter(run, fixture, 'security', 1, 13, { top: 100, sources }).causes;
    const crash = causes.find((c) => c.sourceId === 'crash-train-equip');
    expect(crash?.citation).toMatchObject({
      code: '001 §Competing short- and long-term objectives',
      section: 'Competing short- and long-term objectives',
      quote: 'improved capacity can as easily be turned to abuse as to protection',
      inferred: false,
      link: 'sourced',
    });
    expect(crash!.citation!.reference).toMatch(/^Fairlie Chappuis and Aditi Gorur, Reconciling/);
  });

  it('marks an inferred link', () => {
    const settings = settingsDealing(fixture, ['rapid-reaction-force']);
    const run = playQuarters(fixture, [[choose('rapid-reaction-force', 'bilateral-training')]], settings);
    const cause = traceMeter(run, fixture, 'security', 1, 1, { top: 100, sources }).causes.find(
      (c) => c.sourceId === 'bilateral-training',
    );
    expect(cause?.citation).toMatchObject({ code: '003 ch7 "Layer 3"', inferred: true, link: 'inferred' });
    expect(cause!.citation!.reference).toContain('chapter 7 in');
  });

  it('names the starting value as a cause of its own (drift acting on it)', () => {
    const run = playQuarters(fixture, []);
    const initial = traceMeter(run, fixture, 'legitimacy', 1, 13, { top: 100 }).causes.find(
      (c) => c.kind === 'initial',
    );
    expect(initial).toMatchObject({ key: 'init', sourceId: 'fixture', turn: 0, citations: [] });
  });
});

describe('traceMeter ranking', () => {
  const run = playSession(fixture, { turns: 12, difficulty: 'normal', seed: 'rank' }, 'random');

  it(`names at most ${DEFAULT_TOP_CAUSES} causes by default, largest |share| first, and sums the rest into other`, () => {
    const all = traceMeter(run, fixture, 'civilianHarm', 1, 13, { top: 1000 });
    const top = traceMeter(run, fixture, 'civilianHarm', 1, 13);
    expect(all.causes.length).toBeGreaterThan(DEFAULT_TOP_CAUSES);
    expect(top.causes.map((c) => c.key)).toEqual(all.causes.slice(0, DEFAULT_TOP_CAUSES).map((c) => c.key));
    const sizes = all.causes.map((c) => Math.abs(c.share));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(top.otherCount).toBe(all.causes.length - DEFAULT_TOP_CAUSES);
    const rest = all.causes.slice(DEFAULT_TOP_CAUSES).reduce((sum, c) => sum + c.share, 0);
    expect(top.other).toBeCloseTo(rest, 10);
  });

  it('treats the after-hand-over step as quarter turns + 1', () => {
    const trace = traceMeter(run, fixture, 'security', 13, 13);
    expect(trace.movement).toBeCloseTo(
      run.state.afterHandover!.meters.security - run.state.history[11]!.meters.security,
      10,
    );
  });

  it('finds the largest single-quarter movement', () => {
    const largest = largestMovement(run)!;
    for (const meter of METER_IDS)
      for (let q = 1; q <= 13; q++)
        expect(Math.abs(traceMeter(run, fixture, meter, q, q).movement)).toBeLessThanOrEqual(
          Math.abs(largest.movement),
        );
  });
});

// ~16,000 traces (60 runs × 3 meters × every span): seconds of work, more on a loaded machine.
describe('for any run of the fixture and any span [a, b]', { timeout: 60_000 }, () => {
  it('the named shares plus other sum to the meter’s movement (±0.01)', () => {
    const settings = fc.record({
      turns: fc.constantFrom(8, 12),
      difficulty: fc.constantFrom('normal' as const, 'hard' as const),
      seed: fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/),
    });
    fc.assert(
      fc.property(settings, fc.integer({ min: 0, max: 8 }), (s, top) => {
        const run = playSession(fixture, s, 'random');
        const last = run.state.history.length + 1; // the after-hand-over step
        for (const meter of METER_IDS) {
          for (let a = 1; a <= last; a++) {
            for (let b = a; b <= last; b++) {
              const trace = traceMeter(run, fixture, meter, a, b, { top });
              const named = trace.causes.reduce((sum, c) => sum + c.share, 0);
              const moved =
                valuesAt(run, fixture, b)!.meters[meter] - valuesAt(run, fixture, a - 1)!.meters[meter];
              expect(Math.abs(named + trace.other - moved), `${meter} [${a}, ${b}]`).toBeLessThan(0.01);
              expect(Math.abs(trace.movement - moved)).toBeLessThan(1e-9);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
