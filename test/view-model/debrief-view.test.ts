import { describe, expect, it } from 'vitest';
import type { RunSeries } from '../../src/debrief/timeline';
import type { SessionLog } from '../../src/sim/replay';
import { chartOf } from '../../src/view-model/debrief-chart';
import { selectDebriefView } from '../../src/view-model/debrief-view';
import { chartWords } from '../../src/view-model/debrief-words';
import { selectTraceView } from '../../src/view-model/trace-view';
import { selectWhatIfView } from '../../src/view-model/what-if-view';
import { loadSources, playQuarters } from '../debrief/debrief-helpers';
import { aScenario, choose } from '../support/builders';
import { LOCALES } from '../support/session';

const { en, fr } = LOCALES;
const sources = loadSources();
const NBSP = '\u00a0';

describe('chartOf (the timeline’s geometry)', () => {
  // Start, Q1, Q2, after hand-over: 4 steps across x 56…744, the meters panel y 236 (0) … 22 (100).
  const series: RunSeries = {
    turns: [0, 1, 2, 3],
    meters: { security: [0, 50, 100, 25], legitimacy: [50, 50, 50, 50], civilianHarm: [100, 75, 50, 0] },
    harm: { state: [10, 20, 30, 40], armed: [40, 30, 20, 10] },
    afterHandover: true,
  };
  const chart = chartOf(
    {
      series,
      decisions: [
        { turn: 1, decisionId: 'a', optionId: 'a1', kind: 'initiative', defaulted: false },
        { turn: 1, decisionId: 'b', optionId: 'b1', kind: 'crisis', defaulted: true },
      ],
      delayed: [
        {
          decisionId: 'a',
          optionId: 'a1',
          decidedTurn: 1,
          turn: 3,
          driver: 'trust',
          delta: -2,
          lapsed: false,
        },
      ],
    },
    chartWords(en),
  );

  it('places each step evenly and each value on the 0–100 scale', () => {
    expect(chart.xTicks.map((t) => t.x)).toEqual([56, 285.3, 514.7, 744]);
    const security = chart.meters.lines.find((l) => l.id === 'security')!;
    expect(security.points).toBe('56,236 285.3,129 514.7,22 744,182.5');
    expect(chart.meters.yTicks.map((t) => [t.label, t.y])).toEqual([
      ['0', 236],
      ['25', 182.5],
      ['50', 129],
      ['75', 75.5],
      ['100', 22],
    ]);
  });

  it('names the start, the quarters and the after-hand-over step, and bands the last', () => {
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Start', 'Q1', 'Q2', 'After']);
    expect(chart.handover).toMatchObject({ x: 629.4, label: 'After hand-over' }); // (514.7 + 744) / 2 to 0.1
    expect(chart.xLabel).toBe('Quarter');
    expect(chart.meters.yLabel).toBe('Meter (0–100)');
  });

  it('gives the harm split its own panel, one marker per quarter with decisions, one arc per delay', () => {
    expect(chart.harm?.lines.map((l) => [l.id, l.name])).toEqual([
      ['harmState', 'Harm by state forces'],
      ['harmArmed', 'Harm by armed groups'],
    ]);
    expect(chart.markers).toHaveLength(1);
    expect(chart.markers[0]).toMatchObject({ turn: 1, count: 2, x: 285.3 });
    expect(chart.arrows).toHaveLength(1);
    expect(chart.arrows[0]!.d).toMatch(/^M285\.3,\d+(\.\d)? Q[\d.]+,[\d.-]+ 744,\d+/);
    expect(chart.arrows[0]).toMatchObject({ from: 1, to: 3, count: 1, lapsed: false });
  });

  it('tells the lines apart by dash and point shape, not colour alone', () => {
    const lines = [...chart.meters.lines, ...chart.harm!.lines];
    expect(new Set(lines.map((l) => `${l.dash}/${l.shape}`)).size).toBe(lines.length);
  });

  it('draws the what-if’s compact chart without harm panel, markers or arcs', () => {
    const compact = chartOf({ series }, chartWords(fr), true);
    expect(compact.harm).toBeUndefined();
    expect(compact.arrows).toEqual([]);
    expect(compact.xTicks.map((t) => t.label)).toEqual(['Départ', 'T1', 'T2', 'Après']);
  });
});

describe('selectDebriefView on a run with one cause', () => {
  // Builder pack, drift off: crash-train (capacity +10 in Q1, 600 personnel trained) is the only cause.
  const pack = aScenario({ drift: 'none' });
  const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
  const source = { log: run.log, scenario: pack, sources };

  it('heads the review with the pack and lists the run’s facts, in each language', () => {
    const view = selectDebriefView(source, en);
    expect(view.heading).toBe('After-action review: Builder pack');
    expect(selectDebriefView(source, fr).heading).toBe(`Débriefing${NBSP}: Builder pack`);
    expect(view.facts.map((f) => f.term)).toEqual([
      'Ending',
      'Quarters played',
      'Difficulty',
      'Seed',
      'Score',
    ]);
    expect(view.facts[1]!.value).toBe('12 of 12');
    expect(view.facts[3]!.value).toBe('debrief');
  });

  it('has a data-table row per step: start, 12 quarters, after hand-over', () => {
    const { table } = selectDebriefView(source, en);
    expect(table.rows.map((r) => r.label)).toEqual([
      'Start',
      ...Array.from({ length: 12 }, (_, i) => `Q${i + 1}`),
      'After hand-over',
    ]);
    expect(table.columns).toHaveLength(8);
    expect(table.rows[1]!.cells[5]).toBe('train-battalion: crash-train');
    expect(table.rows[0]!.cells[5]).toBe('—');
  });

  it('scores with scoreOf: neither benchmark met is 0 of 5 points', () => {
    const view = selectDebriefView(source, en);
    // vetting-in-place (medium, 2) needs vet-recruits; harm-reduced (long, 3) needs harm below 30
    expect(view.score.value).toBe(0);
    expect(view.score.explanation).toContain('0 of 5 benchmark points');
  });

  it('shows the output counter beside trust and accountability', () => {
    const view = selectDebriefView(source, en);
    expect(view.vanity).toEqual([{ name: 'Personnel trained', value: '600', detail: 'crash-train (Q1)' }]);
    expect(view.accountability.map((a) => a.name)).toEqual([
      'Accountability (internal control)',
      'Oversight (external control)',
      'Communities’ trust in the mission',
      'Harm by state forces',
    ]);
    expect(view.drivers.rows).toHaveLength(11);
  });

  it('has no dissent and no notes unless the log or the export carries them', () => {
    const view = selectDebriefView(source, en);
    expect(view.dissent).toEqual([]);
    expect(view.notes).toEqual([]);
  });

  it('renders imported notes as the text they are, by quarter', () => {
    const notes = { '13': 'after', '2': '<img src=x onerror=alert(1)>' };
    const view = selectDebriefView({ ...source, notes }, en);
    expect(view.notes).toEqual([
      { label: 'Q2', text: '<img src=x onerror=alert(1)>' },
      { label: 'After hand-over', text: 'after' },
    ]);
  });

  it('traces a meter to its one cause, with the note and the full reference', () => {
    const trace = selectTraceView(source, { meter: 'civilianHarm', from: 1, to: 13 }, en);
    expect(trace.lines).toHaveLength(1);
    const [line] = trace.lines;
    expect(line!.text).toMatch(/^Civilian harm [+−]\d+ in Q1–After hand-over ← “crash-train” \(Q1\)$/);
    expect(line!.note).toBe('crash-train note');
    expect(line!.link).toBe('Sourced');
    expect(line!.citations).toEqual([{ reference: sources.documents['001']!.reference }]);
    const french = selectTraceView(source, { meter: 'civilianHarm', from: 1, to: 13 }, fr);
    expect(french.lines[0]!.text).toMatch(
      /^Atteintes aux civils [+−]\d+ sur T1–Après la passation ← «\u00a0crash-train\u00a0» \(T1\)$/u,
    );
  });

  it('offers every choice of the log to the what-if, with "not funded" for an initiative', () => {
    const [choice] = selectDebriefView(source, en).whatIfChoices;
    expect(choice!.label).toBe('Q1 · train-battalion: crash-train');
    expect(choice!.alternatives).toEqual([
      { value: 'accountable-train', label: 'accountable-train' },
      { value: '', label: 'Not funded' },
    ]);
  });
});

describe('selectDebriefView’s learning objectives', () => {
  it('says which choices exercised an objective and the stances they took, in words', () => {
    const pack = {
      ...aScenario({ drift: 'none' }),
      objectives: [
        { id: 'capacity-and-accountability', text: { en: 'Balance', fr: 'Équilibre' } },
        { id: 'women-in-security', text: { en: 'Gender', fr: 'Genre' } },
      ],
    };
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const [balance, gender] = selectDebriefView({ log: run.log, scenario: pack }, en).objectives;
    expect(balance).toEqual({
      text: 'Balance',
      status: 'Exercised by 1 choice(s); stances: 1 × capacity first.',
      choices: ['crash-train (Q1)'],
    });
    expect(gender).toEqual({ text: 'Gender', status: 'Not exercised in this run.', choices: [] });
    const french = selectDebriefView({ log: run.log, scenario: pack }, fr).objectives[0]!;
    expect(french.status).toBe('Mobilisé par 1 choix\u202f; postures\u00a0: 1 × la capacité d’abord.');
  });
});

describe('selectDebriefView with group votes', () => {
  it('shows the votes of a decision as dissent', () => {
    const pack = aScenario({ drift: 'none' });
    const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
    const inputs = run.log.inputs.map((input) =>
      input.type === 'option.chosen'
        ? { ...input, votes: { 'crash-train': 5, 'accountable-train': 3 } }
        : input,
    );
    const log: SessionLog = { ...run.log, inputs };
    const view = selectDebriefView({ log, scenario: pack }, en);
    expect(view.dissent).toEqual([
      {
        label: 'Q1 · train-battalion',
        chosen: 'crash-train',
        votes: 'crash-train: 5 and accountable-train: 3',
        dissent: '3 of 8 voted for another option',
      },
    ]);
  });
});

describe('selectWhatIfView', () => {
  const pack = aScenario({ drift: 'none' });
  const run = playQuarters(pack, [[choose('train-battalion', 'crash-train')]]);
  const index = run.log.inputs.findIndex((i) => i.type === 'option.chosen');

  it('replays with the other option: one replaced, the rest kept, both trajectories', () => {
    const view = selectWhatIfView(run.log, pack, index, 'accountable-train', en);
    if (!view.ok) throw new Error(view.message);
    expect(view.change).toBe('Q1, train-battalion: “crash-train” replaced by “accountable-train”.');
    const kept = run.log.inputs.length - 1;
    expect(view.counts).toBe(`Inputs kept: ${kept} · replaced: 1 · dropped: 0 · added: 0`);
    expect(view.original.chart.xTicks).toHaveLength(14);
    expect(view.alternative.chart.xTicks).toHaveLength(14);
    expect(view.difference).toHaveLength(3);
    expect(view.difference[0]).toMatch(/^Security, after hand-over: [+−]?\d+$/);
  });

  it('says why a change cannot be made, in each language', () => {
    expect(selectWhatIfView(run.log, pack, index, 'crash-train', en)).toEqual({
      ok: false,
      message: 'That is the choice the run already made.',
    });
    const end = run.log.inputs.findIndex((i) => i.type === 'turn.ended');
    expect(selectWhatIfView(run.log, pack, end, 'crash-train', fr)).toEqual({
      ok: false,
      message: 'Ce n’est pas un choix de cette partie.',
    });
  });
});
