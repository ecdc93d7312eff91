import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/debrief/timeline';
import { aDecision, anEffect, anOption, aScenario, choose } from '../support/builders';
import { loadFixture } from '../support/fixture';
import { playQuarters } from './debrief-helpers';

describe('timelineOf', () => {
  it('draws an arrow from a decision to the delayed effect it caused, in the quarter it landed', () => {
    // integrate-on-schedule (Q1): accountability −4, delay 4, when oversight < 40 (the fixture starts at 20).
    const fixture = loadFixture();
    const run = playQuarters(fixture, [[choose('sixty-day-list', 'integrate-on-schedule')]]);
    const { decisions, delayed } = timelineOf(run, fixture);
    expect(decisions).toContainEqual({
      turn: 1,
      decisionId: 'sixty-day-list',
      optionId: 'integrate-on-schedule',
      kind: 'initiative',
      defaulted: false,
    });
    expect(delayed.filter((a) => a.optionId === 'integrate-on-schedule')).toEqual([
      {
        decisionId: 'sixty-day-list',
        optionId: 'integrate-on-schedule',
        decidedTurn: 1,
        turn: 5,
        driver: 'accountability',
        delta: -4, // a negative effect is not scaled by coordination
        lapsed: false,
      },
    ]);
  });

  it('marks an effect that lapsed, and one that landed after hand-over (quarter n + 1)', () => {
    const pack = aScenario({
      drift: 'none',
      decisions: [
        aDecision('plans', [
          anOption('conditional', {
            effects: [anEffect('trust', 3, { delay: 2, when: { flag: 'never-set' } })],
          }),
        ]),
        aDecision('late-kit', [anOption('kit', { effects: [anEffect('capacity', 5, { delay: 4 })] })]),
      ],
    });
    const quarters = Array.from({ length: 10 }, () => []);
    const run = playQuarters(pack, [
      [choose('plans', 'conditional')],
      ...quarters,
      [choose('late-kit', 'kit')],
    ]);
    const { delayed, series } = timelineOf(run, pack);
    expect(delayed).toEqual([
      {
        decisionId: 'plans',
        optionId: 'conditional',
        decidedTurn: 1,
        turn: 3,
        lapsed: true,
        reason: 'flag never-set',
      },
      {
        decisionId: 'late-kit',
        optionId: 'kit',
        decidedTurn: 12,
        turn: 13,
        driver: 'capacity',
        delta: 5,
        lapsed: false,
      },
    ]);
    expect(series.turns.at(-1)).toBe(13);
    expect(series.afterHandover).toBe(true);
  });

  it('gives the meters and both parts of harm at the start, each quarter and after hand-over', () => {
    const pack = aScenario({ drift: 'none' });
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const { series } = timelineOf(run, pack);
    expect(series.turns).toHaveLength(14);
    expect(series.harm.state[0]).toBeCloseTo(20, 10); // 40 × (1 − 0.5) × 1
    expect(series.harm.state[1]).toBeCloseTo(25, 10); // 50 × (1 − 0.5) × 1
    expect(series.meters.security[1]).toBe(run.state.history[0]!.meters.security);
    expect(series.ending).toEqual(run.state.ending);
  });
});
