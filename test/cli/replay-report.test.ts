import { describe, expect, it } from 'vitest';
import { formatReplay, replayJson } from '../../src/cli/replay-report';
import { storyOf } from '../../src/cli/replay-story';
import { DRIVER_IDS } from '../../src/sim/drivers';
import type { Input } from '../../src/sim/inputs';
import { METER_IDS } from '../../src/sim/meters';
import { playSession } from '../../src/sim/play';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { aDecision, anEffect, anOption, aScenario, choose, END_TURN } from '../support/builders';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const played = playSession(fixture, { turns: 12, difficulty: 'normal', seed: 'replay-test' }, 'random');
const code = encodeRunCode(played.log, fixture);
const decoded = decodeRunCode(code, fixture);
if (!decoded.ok) throw new Error(decoded.reason);
const { story, state } = storyOf(decoded.log, fixture);
const text = formatReplay(story);

const logOn = (id: string, inputs: readonly Input[]): SessionLog => ({
  formatVersion: 1,
  scenarioId: id,
  scenarioVersion: 1,
  turns: 12,
  difficulty: 'normal',
  seed: 'unit',
  inputs,
});

describe('replaying a run code of a random fixture run', () => {
  it('tells every quarter under its header, then the after-hand-over step and the ending', () => {
    const turns = state.history.length;
    for (let q = 1; q <= turns; q++) expect(text).toContain(`── Quarter ${q} ──\n`);
    expect(text).not.toContain(`── Quarter ${turns + 1} ──`);
    expect(text).toContain('── After hand-over ──');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^Ending: .* \\(${state.ending!.id}\\) — `));
  });

  it('loses no change: each quarter’s driver and meter changes lead exactly to that quarter’s record', () => {
    const drivers: Record<string, number> = { ...fixture.startingDrivers };
    story.quarters.forEach((quarter, q) => {
      for (const change of quarter.drivers) {
        expect(change.from).toBe(drivers[change.driver]); // changes chain: none missing, none out of order
        drivers[change.driver] = change.to;
      }
      for (const id of DRIVER_IDS) expect(drivers[id]).toBe(state.history[q]!.drivers[id]);
      expect(quarter.meters.map((m) => m.meter)).toEqual([...METER_IDS]);
      for (const m of quarter.meters) expect(m.to).toBe(state.history[q]!.meters[m.meter as 'security']);
      for (const m of quarter.meters) expect(m.causes.length).toBeLessThanOrEqual(3);
    });
    for (const change of story.afterHandover!.drivers) {
      expect(change.from).toBe(drivers[change.driver]);
      drivers[change.driver] = change.to;
    }
    for (const id of DRIVER_IDS) expect(drivers[id]).toBe(state.afterHandover!.drivers[id]);
  });

  it('shows each quarter’s inputs in English, decision → option', () => {
    const chosen = decoded.log.inputs.filter((i) => i.type === 'option.chosen');
    const shown = story.quarters.flatMap((q) => q.inputs.filter((i) => i.input?.type === 'option.chosen'));
    expect(shown).toHaveLength(chosen.length);
    const first = chosen[0]!;
    const card = [...fixture.decisions, ...fixture.incidents].find((c) => c.id === first.decisionId)!;
    const option = ('options' in card ? card.options : []).find((o) => o.id === first.optionId)!;
    expect(text).toContain(`    ${card.title.en} → ${option.label.en}\n`);
  });

  it('names the cause of every driver change, with the quarter it originated in', () => {
    const changes = story.quarters.flatMap((q) => q.drivers);
    for (const change of changes) {
      if (change.kind === 'drift') expect(change.cause).toMatch(/^drift rule [a-z-]+$/);
      else if (change.kind !== 'initial') expect(change.cause).toMatch(/\bQ\d+\)$/);
      expect(change.origin).toBeLessThanOrEqual(story.quarters.length);
    }
    expect(changes.some((c) => c.kind === 'delayed')).toBe(true); // the fixture's options have delayed effects
    expect(text).toMatch(/drift rule grievance, from [+−]\d+\.\d /);
    expect(text).not.toMatch(/[+−]0\.0 (option|delayed|incident|mandate|starting)/); // parts under 0.05 are left out
  });

  it('reports the mandate reviews after quarters 4 and 8', () => {
    expect(state.history).toHaveLength(12); // this seed plays all 12 quarters
    expect(story.quarters.flatMap((q) => (q.review ? [q.turn] : []))).toEqual([4, 8]);
    expect(text.slice(text.indexOf('── Quarter 4 ──'), text.indexOf('── Quarter 5 ──'))).toContain(
      'Mandate review: ',
    );
  });

  it('has a machine form with sorted keys and every quarter', () => {
    const json = JSON.parse(replayJson(story));
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort());
    expect(json.quarters).toHaveLength(state.history.length);
    expect(json.ending.id).toBe(state.ending!.id);
  });
});

describe('replaying what goes wrong', () => {
  const pack = aScenario({
    crisis: 'always',
    decisions: [
      aDecision('reform', [
        anOption('reform-later', {
          effects: [anEffect('accountability', 5, { delay: 1, when: { flag: 'never-set' } })],
        }),
        anOption('reform-now', { effects: [anEffect('accountability', 5)] }),
      ]),
    ],
  });

  it('names an effect that lapsed and why, a crisis left to its default and a refused input', () => {
    const log = logOn('builder-pack', [
      choose('reform', 'reform-later'),
      choose('reform', 'no-such-option'),
      END_TURN,
      END_TURN,
    ]);
    const replayed = formatReplay(storyOf(log, pack).story);
    expect(replayed).toContain('    reform → no-such-option — refused (unknown-option)\n');
    expect(replayed).toContain('    Abuse at a checkpoint left open → look-away (its default)\n');
    expect(replayed).toContain(
      '  Lapsed: delayed effect of option "reform-later" (reform, Q1), because "flag never-set" did not hold',
    );
    expect(replayed).toMatch(/No ending yet: the log stops in quarter 3\n$/);
  });

  it('shows a mandate change at its review and, a quarter later, the driver change it caused', () => {
    const reviewed = aScenario({
      mandateReviews: [
        {
          id: 'force-cut',
          when: { meter: 'security', above: 0 },
          title: { en: 'The force is cut', fr: 'La force est réduite' },
          text: { en: 'Fewer troops.', fr: 'Moins de troupes.' },
          effects: [anEffect('protection', -10)],
          cites: ['001 §Test'],
        },
      ],
    });
    const { story: told } = storyOf(
      logOn(
        'builder-pack',
        Array.from({ length: 5 }, () => END_TURN),
      ),
      reviewed,
    );
    expect(told.quarters[3]!.review).toEqual({ changes: [{ id: 'force-cut', title: 'The force is cut' }] });
    const cut = told.quarters[4]!.drivers.find((d) => d.kind === 'mandate')!;
    expect(cut).toMatchObject({
      driver: 'protection',
      cause: 'mandate change "The force is cut" (review after Q4)',
      origin: 4,
    });
    expect(cut.to - cut.from).toBeCloseTo(-10, 9);
    expect(formatReplay(told)).toContain('  Mandate review: The force is cut (force-cut)\n');
  });
});
