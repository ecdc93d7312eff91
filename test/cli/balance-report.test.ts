import { describe, expect, it } from 'vitest';
import { balanceRuns, type BalanceSummary } from '../../src/cli/balance-report';
import { calibrationOf, formatBalance, unreachedSection } from '../../src/cli/balance-text';
import { METER_IDS } from '../../src/sim/meters';
import { playSession } from '../../src/sim/play';
import { aDecision, aNews, anEffect, anOption, aScenario, DEFAULT_DECISIONS } from '../support/builders';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const settings = { runs: 50, seed: 'balance-test', turns: 12, difficulty: 'normal' } as const;
const summary = balanceRuns(fixture, settings);
const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

describe('balanceRuns on the fixture pack (50 random runs)', () => {
  it('gives every run exactly one ending', () => {
    expect(sum(Object.values(summary.endings))).toBe(50);
    expect(Object.keys(summary.endings)).toEqual(fixture.endings.map((e) => e.id));
  });

  it('counts only the pack’s cards, options and incidents, and every choice the runs made', () => {
    expect(Object.keys(summary.cards)).toEqual(fixture.decisions.map((d) => d.id));
    for (const card of fixture.decisions)
      expect(Object.keys(summary.cards[card.id]!.options)).toEqual(card.options.map((o) => o.id));
    expect(Object.keys(summary.incidents)).toEqual(fixture.incidents.map((i) => i.id));
    // Independently: the random policy's logs hold every choice as an `option.chosen` input.
    let chosen = 0;
    for (let i = 0; i < settings.runs; i++) {
      const seed = i === 0 ? settings.seed : `${settings.seed}.${i}`;
      const { log } = playSession(fixture, { turns: 12, difficulty: 'normal', seed }, 'random', false);
      chosen += log.inputs.filter((input) => input.type === 'option.chosen').length;
    }
    const counted = [
      ...Object.values(summary.cards).flatMap((c) => Object.values(c.options)),
      ...Object.values(summary.incidents).flatMap((i) => Object.values(i.options ?? {})),
    ];
    expect(sum(counted.map((r) => r.times))).toBe(chosen);
  });

  it('keeps reach consistent: a card is funded at most once a run, only when dealt, by one option', () => {
    for (const card of Object.values(summary.cards)) {
      expect(card.funded).toBeLessThanOrEqual(card.dealt.runs);
      expect(card.dealt.runs).toBeLessThanOrEqual(Math.min(card.dealt.times, 50));
      expect(sum(Object.values(card.options).map((r) => r.times))).toBe(card.funded);
    }
    for (const incident of Object.values(summary.incidents)) {
      expect(incident.drawn.runs).toBeLessThanOrEqual(incident.drawn.times);
      if (incident.options)
        // a drawn crisis is always answered (a chosen or default option)
        expect(sum(Object.values(incident.options).map((r) => r.times))).toBe(incident.drawn.times);
    }
    for (const met of Object.values(summary.benchmarks)) expect(met).toBeLessThanOrEqual(50);
  });

  it('gives each meter p10 ≤ mean ≤ p90 for each of the 12 quarters', () => {
    for (const meter of METER_IDS) {
      const { p10, mean, p90 } = summary.meters[meter];
      expect(mean).toHaveLength(12);
      mean.forEach((m, q) => {
        expect(p10[q]).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(p90[q]!);
      });
    }
  });

  it('lists as unreached exactly what has a zero count', () => {
    const zeroCards = Object.entries(summary.cards).filter(([, c]) => c.dealt.runs === 0);
    expect(summary.unreached.cards).toEqual(zeroCards.map(([id]) => id));
    const zeroEndings = Object.entries(summary.endings).filter(([, n]) => n === 0);
    expect(summary.unreached.endings).toEqual(zeroEndings.map(([id]) => id));
  });

  it('is deterministic: the same settings give the same summary', () => {
    expect(balanceRuns(fixture, { ...settings, runs: 5 })).toEqual(
      balanceRuns(fixture, { ...settings, runs: 5 }),
    );
  });

  it('prints every section, with Unreached last', () => {
    const text = formatBalance(summary);
    const headings = [
      'Endings',
      'Decision cards',
      'Incidents',
      'Benchmarks',
      'Mandate changes',
      'Meters',
      'Unreached',
    ];
    const at = headings.map((heading) => text.search(new RegExp(`^${heading}`, 'm')));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/^fixture v1 · 50 random runs · 12 quarters · normal/);
  });
});

describe('the Unreached section', () => {
  // A small pack with a card whose flag nothing sets, an option dearer than a quarter's capital and a
  // news item behind the same flag: none can be reached, whatever the seed.
  const pack = aScenario({
    decisions: [
      ...DEFAULT_DECISIONS,
      aDecision('ghost-card', [anOption('ghost-a'), anOption('ghost-b')], { when: { flag: 'never-set' } }),
      aDecision('gold-card', [
        anOption('gold-plated', { cost: 10, effects: [anEffect('capacity', 20)] }),
        anOption('plain'),
      ]),
    ],
    incidents: [aNews('ghost-news', { when: { flag: 'never-set' } }), aNews('daily-news')],
  });
  const small: BalanceSummary = balanceRuns(pack, {
    runs: 20,
    seed: 'unreached',
    turns: 12,
    difficulty: 'normal',
  });
  const text = formatBalance(small);
  const section = text.slice(text.indexOf('\nUnreached\n'));

  it('names the card never dealt, the option never chosen and the incident never drawn', () => {
    expect(small.unreached.cards).toEqual(['ghost-card']);
    expect(small.unreached.options).toEqual([
      'ghost-card/ghost-a',
      'ghost-card/ghost-b',
      'gold-card/gold-plated',
    ]);
    expect(small.unreached.incidents).toEqual(['ghost-news']);
    expect(section).toMatch(/never dealt: +ghost-card \(and its 2 options\)/);
    expect(section).toMatch(/never chosen: +gold-card\/gold-plated\n/);
    expect(section).toMatch(/never drawn: +ghost-news\n/);
  });

  it('flags endings never reached and endings above 60 %, and says the calibration is not met', () => {
    for (const id of small.unreached.endings) expect(section).toContain(id);
    // The builder pack's random runs all end in its catch-all: 20 of 20 is above 60 %.
    expect(small.endings['fragile-hand-over']).toBe(20);
    expect(small.dominant).toEqual(['fragile-hand-over']);
    expect(section).toMatch(/above 60 %: +fragile-hand-over \(100\.0 %\)/);
    expect(section).toContain('calibration (issues 4–6): not met');
  });
});

describe('the calibration criteria of issues 4–6', () => {
  const nothing = { cards: [], options: [], incidents: [], endings: [], benchmarks: [], mandateChanges: [] };
  const balanced: BalanceSummary = {
    ...summary,
    endings: { a: 10, b: 10, c: 10, d: 20 },
    dominant: [],
    unreached: nothing,
  };

  it('are met with ≥ 4 endings reached, none above 60 % and every card, option and incident reached', () => {
    expect(calibrationOf(balanced)).toEqual({
      endingsReached: 4,
      endingsAbove60: [],
      contentUnreached: 0,
      met: true,
    });
    expect(unreachedSection(balanced)).toEqual([
      'Unreached',
      '  nothing: every card, option, incident, ending, benchmark and mandate change was reached',
      '  calibration (issues 4–6): met — ✔ 4 of 4 endings reached (needs ≥ 4) · ✔ no ending above 60 % · ' +
        '✔ every card, option and incident reached',
    ]);
  });

  it('are not met when one criterion fails', () => {
    expect(calibrationOf({ ...balanced, endings: { a: 10, b: 40 } }).met).toBe(false);
    expect(calibrationOf({ ...balanced, dominant: ['d'] }).met).toBe(false);
    expect(calibrationOf({ ...balanced, unreached: { ...nothing, options: ['x/y'] } }).met).toBe(false);
  });
});
