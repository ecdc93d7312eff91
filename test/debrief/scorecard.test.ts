import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, NOT_PACKS, SCENARIOS_DIR } from '../../src/cli/load-scenario';
import { objectivesOf, objectiveTags } from '../../src/debrief/objectives';
import { scorecardOf, scoreOf, TERM_WEIGHTS } from '../../src/debrief/scorecard';
import { aScenario, choose } from '../support/builders';
import { loadFixture } from '../support/fixture';
import { playQuarters, settingsDealing } from './debrief-helpers';

const CITES = ['001 §Test'];
const text = (en: string) => ({ en, fr: en });
const benchmark = (id: string, term: 'short' | 'medium' | 'long', flag = id, by?: number) => ({
  id,
  term,
  title: text(id),
  when: { flag },
  ...(by === undefined ? {} : { by }),
  cites: CITES,
});

describe('scoreOf (THE score: weighted share of benchmarks met, short 1 · medium 2 · long 3, on 0–100)', () => {
  const pack = aScenario({
    benchmarks: [
      benchmark('s1', 'short'),
      benchmark('s2', 'short'),
      benchmark('s3', 'short'),
      benchmark('m1', 'medium'),
      benchmark('m2', 'medium'),
      benchmark('l1', 'long'),
    ],
  });

  it('weighs the terms 1, 2, 3', () => {
    expect(TERM_WEIGHTS).toEqual({ short: 1, medium: 2, long: 3 });
  });

  it('2 of 3 short, 1 of 2 medium, 0 of 1 long → (2·1 + 1·2 + 0·3)/(3·1 + 2·2 + 1·3) = 4/10 = 40', () => {
    expect(scoreOf(pack, { s1: 2, s2: 4, m1: 6 })).toBe(40);
  });

  it('the long-term benchmark alone → 3/10 = 30; everything → 100; nothing → 0', () => {
    expect(scoreOf(pack, { l1: 12 })).toBe(30);
    expect(scoreOf(pack, { s1: 1, s2: 1, s3: 1, m1: 1, m2: 1, l1: 1 })).toBe(100);
    expect(scoreOf(pack, {})).toBe(0);
  });

  it('stays unrounded: 1 of 3 short alone → 1/10 × 100 = 10; 1 medium of (1 short + 1 medium) → 2/3 × 100', () => {
    expect(scoreOf(pack, { s3: 1 })).toBe(10);
    const two = aScenario({ benchmarks: [benchmark('s', 'short'), benchmark('m', 'medium')] });
    expect(scoreOf(two, { m: 3 })).toBeCloseTo(200 / 3, 12);
  });

  it('ignores ids that are not benchmarks of the pack, and scores a pack without benchmarks 0', () => {
    expect(scoreOf(pack, { 'not-a-benchmark': 1 })).toBe(0);
    expect(scoreOf(aScenario({ benchmarks: [] }), {})).toBe(0);
  });
});

describe('scorecardOf', () => {
  // Drift off: only the choices move drivers. vetting-in-place (medium, by Q4) is met by the vetting
  // mechanism flag; talks-held (short) and never-met (long) are flags nothing sets.
  const pack = aScenario({
    drift: 'none',
    benchmarks: [
      benchmark('talks-held', 'short'),
      benchmark('vetting-in-place', 'medium', 'vetting-mechanism', 4),
      benchmark('never-met', 'long'),
    ],
  });

  it('scores a run from the benchmarks it met by their quarter: medium 2 of 1 + 2 + 3 → 33.3…', () => {
    const run = playQuarters(pack, [
      [choose('train-battalion', 'crash-train'), choose('vetting-board', 'vet-recruits')],
    ]);
    const card = scorecardOf(run, pack);
    expect(card.score).toBeCloseTo(100 / 3, 12);
    expect(card).toMatchObject({ points: 2, maxPoints: 6 });
    expect(card.byTerm).toEqual({
      short: { met: 0, total: 1 },
      medium: { met: 1, total: 1 },
      long: { met: 0, total: 1 },
    });
    expect(card.benchmarks.medium).toEqual([
      { id: 'vetting-in-place', term: 'medium', met: true, turn: 1, by: 4 },
    ]);
    expect(card.benchmarks.long).toEqual([{ id: 'never-met', term: 'long', met: false, by: 12 }]);
  });

  it('does not count a benchmark met after its `by` quarter', () => {
    const run = playQuarters(pack, [[], [], [], [], [choose('vetting-board', 'vet-recruits')]]);
    expect(scorecardOf(run, pack).score).toBe(0);
  });

  it('shows the vanity counters with the choices behind them, beside accountability, oversight and trust', () => {
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const card = scorecardOf(run, pack);
    expect(card.vanity).toEqual([
      {
        counter: 'personnel-trained',
        value: 600,
        from: [{ decisionId: 'train-battalion', optionId: 'crash-train', turn: 1, amount: 600 }],
      },
    ]);
    expect(card.vanity[0]!.value).toBe(run.state.outputs['personnel-trained']);
    // 600 trained, and nothing that measures control or trust moved (drift off, no such choice).
    expect(card.accountability.map((d) => [d.driver, d.start, d.end])).toEqual([
      ['accountability', 50, 50],
      ['oversight', 50, 50],
      ['trust', 50, 50],
    ]);
    // Harm by state forces = capacity × (1 − accountability/100) × (0.6 + 0.8 × (1 − cohesion/100)):
    // 40 × 0.5 × 1 = 20 at the start, 50 × 0.5 × 1 = 25 once capacity is 50.
    expect(card.harmByState.start).toBeCloseTo(20, 10);
    expect(card.harmByState.end).toBeCloseTo(25, 10);
    expect(card.harmByState.afterHandover).toBeCloseTo(25, 10);
  });

  it('reveals all eleven drivers at the start, the end and after hand-over; only consent was shown', () => {
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const { drivers, ending } = scorecardOf(run, pack);
    expect(drivers).toHaveLength(11);
    expect(drivers.find((d) => d.driver === 'capacity')).toEqual({
      driver: 'capacity',
      start: 40,
      end: 50,
      afterHandover: 50,
      shownDuringPlay: false,
    });
    expect(drivers.filter((d) => d.shownDuringPlay).map((d) => d.driver)).toEqual(['consent']);
    expect(ending).toEqual(run.state.ending);
  });
});

describe('learning objectives', () => {
  it('read the themes in the objective’s id', () => {
    expect(objectiveTags('capacity-and-accountability')).toEqual({
      tags: ['stance:accountability-first', 'stance:capacity-first'],
      delayed: false,
    });
    expect(objectiveTags('delayed-consequences')).toEqual({ tags: [], delayed: true });
    expect(objectiveTags('spectrum-of-responses').tags).toEqual([
      'stance:acquiesce',
      'stance:confront',
      'stance:mitigate',
    ]);
    expect(objectiveTags('vetting-before-train').tags).toEqual(['lever:train-equip', 'lever:vetting']);
    expect(objectiveTags('quick-wins').tags).toEqual(['stance:quick-win']);
    expect(objectiveTags('tension')).toEqual({ tags: [], delayed: false });
  });

  it('gather the run’s choices that relate to each objective of the pack, with the stance balance', () => {
    const fixture = loadFixture();
    const settings = settingsDealing(fixture, ['rapid-reaction-force']);
    const run = playQuarters(
      fixture,
      [
        [
          choose('sixty-day-list', 'screen-before-integrating'),
          choose('rapid-reaction-force', 'crash-train-equip'),
        ],
      ],
      settings,
    );
    const [balance, delayed, spectrum] = objectivesOf(run, fixture);
    expect(balance).toMatchObject({ id: 'capacity-and-accountability', exercised: true });
    const chosen = balance!.choices.filter((c) => !c.defaulted); // later crises take their defaults
    expect(chosen.map((c) => [c.optionId, c.turn, c.matched])).toEqual([
      ['screen-before-integrating', 1, ['stance:accountability-first']],
      ['crash-train-equip', 1, ['stance:capacity-first']],
    ]);
    const counted: Record<string, number> = {};
    for (const c of balance!.choices) counted[c.stance!] = (counted[c.stance!] ?? 0) + 1;
    expect(balance!.stances).toEqual(counted);
    expect(balance!.stances['accountability-first']).toBeGreaterThanOrEqual(1);
    // Both have a delayed effect: screening lands in Q2, crash training's accountability loss in Q4.
    expect(delayed!.choices.map((c) => c.optionId)).toEqual(
      expect.arrayContaining(['screen-before-integrating', 'crash-train-equip']),
    );
    expect(delayed!.choices.every((c) => c.matched.includes('delayed'))).toBe(true);
    // Crises left open take their default: marked as such when they relate.
    for (const choice of spectrum!.choices) expect(choice.defaulted).toBe(true);
  });

  it('link nothing to an objective whose id names no theme', () => {
    const pack = aScenario(); // objectives 'one', 'two', 'three'
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    expect(objectivesOf(run, pack).map((o) => [o.id, o.tags, o.exercised])).toEqual([
      ['one', [], false],
      ['two', [], false],
      ['three', [], false],
    ]);
  });
});

describe('the objectives of every shipped pack', () => {
  const packs = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.yaml') && !NOT_PACKS.has(name));

  it.each(packs)('%s: each objective id names a theme the debrief can link choices to', (file) => {
    const pack = loadScenario(file.replace(/\.yaml$/u, ''));
    const unlinked = pack.objectives
      .map((objective) => objective.id)
      .filter((id) => {
        const { tags, delayed } = objectiveTags(id);
        return tags.length === 0 && !delayed;
      });
    // Fix: use a lever, stance or theme word in the id, or add the word to OBJECTIVE_THEMES (objectives.ts).
    expect(unlinked).toEqual([]);
  });
});
