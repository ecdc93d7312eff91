import { describe, expect, it } from 'vitest';
import { cohortOf } from '../../src/debrief/cohort';
import { decodeCohort, packsNeeded } from '../../src/debrief/cohort-decode';
import { codesInText, readCohortInput } from '../../src/debrief/cohort-input';
import { createLocales } from '../../src/i18n/i18n';
import type { Input } from '../../src/sim/inputs';
import { playSession } from '../../src/sim/play';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { initialState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import { selectCohortView } from '../../src/view-model/cohort-view';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const codeOf = (log: SessionLog) => encodeRunCode(log, fixture);
const randomCodes = (count: number, turns = 8) =>
  Array.from({ length: count }, (_, i) =>
    codeOf(playSession(fixture, { turns, difficulty: 'normal', seed: `cohort-${i}` }, 'random').log),
  );

/**
 * A Short run that answers the quarter-1 card `sixty-day-list` with `optionId` (with the room's `votes`),
 * then ends every quarter without choosing anything else (crises take their default).
 */
function scriptedLog(seed: string, optionId: string, votes?: Record<string, number>): SessionLog {
  const settings = { turns: 8, difficulty: 'normal' as const, seed };
  let state = initialState(fixture, settings);
  const inputs: Input[] = [];
  const apply = (input: Input) => {
    const result = step(state, input, fixture);
    if (result.events.some((e) => e.type === 'input.rejected')) throw new Error(`refused: ${input.type}`);
    state = result.state;
    inputs.push(input);
  };
  apply({ type: 'option.chosen', decisionId: 'sixty-day-list', optionId, ...(votes ? { votes } : {}) });
  while (state.status === 'running') apply({ type: 'turn.ended' });
  return { formatVersion: 1, scenarioId: 'fixture', scenarioVersion: fixture.version, ...settings, inputs };
}

/** A code with one body character changed (the checksum then fails). */
function tamper(code: string): string {
  const i = 12;
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

describe('readCohortInput', () => {
  const [a, b, c, d] = randomCodes(4);

  it('finds codes separated by spaces, commas and new lines, inside ?run= links and chat text', () => {
    const text = [
      `${a!}, ${b!}`,
      `[10:02] Team Blue: here is ours https://example.org/dual-mandate/?run=${c!}&lang=fr thanks!`,
      `Team <b>Red</b>: "${d!}".`,
    ].join('\n');
    expect(readCohortInput(text).items.map((item) => item.code)).toEqual([a, b, c, d]);
  });

  it('merges duplicates, counting the copies merged away', () => {
    const read = readCohortInput(`${a!} ${b!}\n${a!},${a!} ?run=${b!}`);
    expect(read.items.map((item) => item.code)).toEqual([a, b]);
    expect(read.duplicates).toBe(3);
  });

  it('does not take words that merely start like a code, or a code glued to other text, for codes', () => {
    expect(codesInText('DM1 and DM2 are short; XDM1abcdefghijk is glued')).toEqual([]);
  });

  it('reads JSON exports with their notes, and keeps the copy with notes when a code comes twice', () => {
    const file = JSON.stringify({
      format: 'dual-mandate-run',
      formatVersion: 1,
      code: a,
      notes: { '2': 'Split 4–3' },
    });
    const read = readCohortInput(a!, [{ name: 'blue.json', text: file }]);
    expect(read.items).toEqual([
      { code: a, source: 'file', fileName: 'blue.json', notes: { '2': 'Split 4–3' } },
    ]);
    expect(read.duplicates).toBe(1);
  });

  it('names a file that is neither an export nor text with codes, and loads the others', () => {
    const read = readCohortInput('', [
      { name: 'broken.json', text: '{"format": "dual-mandate-run", "formatVe' },
      { name: 'other.json', text: '{"format": "something-else"}' },
      { name: 'shopping.txt', text: 'eggs, milk' },
      { name: 'codes.txt', text: `${c!}\n${d!}` },
    ]);
    expect(read.items.map((item) => item.code)).toEqual([c, d]);
    expect(read.problems.map((p) => [p.subject, p.key])).toEqual([
      ['broken.json', 'cohort.problem.badFile'],
      ['other.json', 'cohort.problem.badFile'],
      ['shopping.txt', 'cohort.problem.noCode'],
    ]);
  });
});

describe('decodeCohort', () => {
  it('reports one tampered code with its reason and loads the rest', () => {
    const codes = randomCodes(20);
    const bad = tamper(codes[7]!);
    expect(decodeRunCode(bad, fixture).ok).toBe(false); // the premise: the change is caught
    const given = codes.map((code, i) => (i === 7 ? bad : code));
    const { runs, problems } = decodeCohort(readCohortInput(given.join('\n')).items, fixture);
    expect(runs).toHaveLength(19);
    expect(runs.map((run) => run.code)).not.toContain(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe('cohort.problem.checksum');
    expect(problems[0]!.subject).toContain(bad.slice(0, 10));
  });

  it('tells a cut code, a code of an unknown pack and a run of another pack apart', () => {
    const [code] = randomCodes(1);
    const other = { ...fixture, id: 'other-land' };
    const otherCode = encodeRunCode(
      { ...playSession(other, { turns: 8, difficulty: 'normal', seed: 'x' }, 'random').log },
      other,
    );
    const items = readCohortInput(`${code!.slice(0, 40)} ${otherCode}`).items;
    expect(decodeCohort(items, fixture).problems.map((p) => p.key)).toEqual([
      'cohort.problem.truncated',
      'cohort.problem.unknownPack',
    ]);
    const packOf = (id: string) => (id === 'other-land' ? other : id === 'fixture' ? fixture : undefined);
    expect(decodeCohort(items, fixture, packOf).problems.map((p) => p.key)).toEqual([
      'cohort.problem.truncated',
      'cohort.problem.otherPack',
    ]);
    // Most common first; a code that does not open adds nothing.
    const needed = (text: string) => packsNeeded(readCohortInput(text).items);
    expect(needed(`${otherCode} ${otherCode}x ${code!}`)).toEqual(['fixture', 'other-land']);
    expect(
      needed(`${code!} ${otherCode} ${tamper(code!)}`.replace(code!, `${code!} ${randomCodes(2)[1]!}`)),
    ).toEqual(['fixture', 'other-land']);
    expect(needed(`${otherCode} ${tamper(code!)}`)).toEqual(['other-land']);
  });
});

describe('cohortOf', () => {
  // 5 runs take the fast option, 3 the vetted one, 2 the joint cell: a split the room should discuss.
  const plan = [
    ...Array.from({ length: 5 }, () => 'integrate-on-schedule'),
    ...Array.from({ length: 3 }, () => 'screen-before-integrating'),
    ...Array.from({ length: 2 }, () => 'joint-vetting-cell'),
  ];
  const logs = plan.map((optionId, i) =>
    scriptedLog(
      `split-${i}`,
      optionId,
      i === 0 ? { 'integrate-on-schedule': 4, 'joint-vetting-cell': 3 } : undefined,
    ),
  );
  const { runs } = decodeCohort(readCohortInput(logs.map(codeOf).join(' ')).items, fixture);
  const cohort = cohortOf(runs, fixture);

  it('counts, per decision, the runs that chose each option, and the votes and dissent recorded', () => {
    const card = cohort.decisions.find((d) => d.decisionId === 'sixty-day-list')!;
    expect(card.offered).toBe(10);
    expect(card.options.map((o) => [o.optionId, o.runs])).toEqual([
      ['integrate-on-schedule', 5],
      ['screen-before-integrating', 3],
      ['joint-vetting-cell', 2],
    ]);
    expect(card.options.find((o) => o.optionId === 'joint-vetting-cell')!.votes).toBe(3);
    expect([card.votesCast, card.dissent]).toEqual([7, 3]);
    expect(card.split).toBeCloseTo(0.5);
  });

  it('gives every run that met a decision exactly one outcome, and each ending its share', () => {
    for (const decision of cohort.decisions)
      expect(decision.options.reduce((sum, o) => sum + o.runs, 0)).toBe(decision.offered);
    expect(cohort.endings.reduce((sum, e) => sum + e.runs, 0)).toBe(10);
    const byHand = new Map<string, number>();
    for (const run of runs) byHand.set(run.endingId!, (byHand.get(run.endingId!) ?? 0) + 1);
    expect(new Map(cohort.endings.map((e) => [e.endingId, e.runs]))).toEqual(byHand);
  });

  it('overlays each run on the mean, and ranks first the run farthest from it', () => {
    expect(cohort.steps).toBe(10); // start, 8 quarters, after hand-over
    const security = runs.map((run) => run.series.meters.security[3]!);
    expect(cohort.mean.security[3]).toBeCloseTo(security.reduce((a, b) => a + b) / security.length, 9);
    // An outlier built by hand: a run whose meters all sit 30 points off the mean is the farthest.
    const outlier = {
      ...runs[0]!,
      code: 'outlier',
      series: {
        ...runs[0]!.series,
        meters: {
          security: cohort.mean.security.map((v) => v + 30),
          legitimacy: cohort.mean.legitimacy.map((v) => v - 30),
          civilianHarm: cohort.mean.civilianHarm.map((v) => v + 30),
        },
      },
    };
    const withOutlier = cohortOf([...runs, outlier], fixture);
    expect(withOutlier.divergent[0]!.code).toBe('outlier');
    expect(withOutlier.divergent).toHaveLength(3);
  });

  it('asks the room about the decisions where it split, in both languages', () => {
    expect(cohort.splits[0]!.decisionId).toBe('sixty-day-list');
    const { en, fr } = createLocales();
    const view = selectCohortView(cohort, fixture, [], 0, {}, false, en);
    const question = view.questions.find((q) => q.includes('5 runs chose'))!;
    expect(question).toMatch(/^Quarter 1, .*: 5 runs chose “.+” and 3 chose “.+”\./);
    expect(selectCohortView(cohort, fixture, [], 0, {}, false, fr).questions.join()).toContain(
      '5 parties ont choisi',
    );
  });

  it('names the steps under each chart: the start, every quarter, the hand-over, at their places', () => {
    const { en, fr } = createLocales();
    const [security] = selectCohortView(cohort, fixture, [], 0, {}, false, en).charts;
    // 10 steps (start, 8 quarters, after hand-over) across the chart's 300 units: one every 300 / 9.
    const quarters = Array.from({ length: 8 }, (_, i) => `Q${i + 1}`);
    expect(security!.xTicks.map((t) => t.label)).toEqual(['Start', ...quarters, 'After']);
    expect(security!.xTicks.map((t) => t.x)).toEqual(
      Array.from({ length: 10 }, (_, i) => Math.round((i * 3000) / 9) / 10),
    );
    const [frSecurity] = selectCohortView(cohort, fixture, [], 0, {}, false, fr).charts;
    expect(frSecurity!.xTicks[0]!.label).toBe('Départ');
    expect(frSecurity!.xTicks.at(-1)!.label).toBe('Après');
  });

  it('names every other quarter past ten quarters, so the labels do not crowd', () => {
    const { en } = createLocales();
    const long = cohortOf(
      decodeCohort(readCohortInput(randomCodes(3, 12).join(' ')).items, fixture).runs,
      fixture,
    );
    const labels = selectCohortView(long, fixture, [], 0, {}, false, en).charts[0]!.xTicks.map(
      (t) => t.label,
    );
    const longest = Math.max(...long.runs.map((run) => run.series.turns.length));
    const ended = long.runs.some((run) => run.series.turns.length === longest && run.series.afterHandover);
    const played = longest - 1 - (ended ? 1 : 0);
    expect(played).toBeGreaterThan(10); // else this test says nothing
    const even = Array.from({ length: Math.floor(played / 2) }, (_, i) => `Q${2 * (i + 1)}`);
    expect(labels).toEqual(['Start', ...even, ...(ended ? ['After'] : [])]);
  });

  it('shows the facilitator’s labels, or “Run N” when names are hidden', () => {
    const { en } = createLocales();
    const labels = { [runs[1]!.code]: '<script>alert(1)</script>' };
    const shown = selectCohortView(cohort, fixture, [], 0, labels, false, en).rows.map((r) => r.name);
    expect(shown.slice(0, 3)).toEqual(['Run 1', '<script>alert(1)</script>', 'Run 3']);
    const hidden = selectCohortView(cohort, fixture, [], 0, labels, true, en).rows.map((r) => r.name);
    expect(hidden.slice(0, 3)).toEqual(['Run 1', 'Run 2', 'Run 3']);
  });
});
