import { describe, expect, it } from 'vitest';
import { questionsOf, type DebriefQuestion, type QuestionPattern } from '../../src/debrief/questions';
import { renderQuestion } from '../../src/debrief/render-question';
import type { DebriefRun } from '../../src/debrief/run';
import {
  aCrisis,
  aDecision,
  anEffect,
  anOption,
  aScenario,
  choose,
  DEFAULT_DECISIONS,
} from '../support/builders';
import { loadFixture } from '../support/fixture';
import { playQuarters } from './debrief-helpers';

const generated = (questions: readonly DebriefQuestion[], pattern: QuestionPattern) =>
  questions.find((q) => q.kind === 'generated' && q.pattern === pattern);
const patternsOf = (run: DebriefRun, scenario: Parameters<typeof questionsOf>[1]) =>
  questionsOf(run, scenario).flatMap((q) => (q.kind === 'generated' ? [q.pattern] : []));

describe('the pack’s questions', () => {
  it('come first, as written', () => {
    const fixture = loadFixture();
    const [first] = questionsOf(playQuarters(fixture, []), fixture);
    expect(first).toEqual({
      kind: 'pack',
      id: 'provider-or-reformer',
      text: fixture.questions[0]!.text,
      cites: ['001 §Impartiality'],
    });
  });
});

describe('capacity-then-harm: a capacity-first or appease choice, then harm by state forces rises', () => {
  const quiet = aScenario({ drift: 'none' });

  it('is asked after crash training: harm by state forces 20 → 25 in Q1', () => {
    // 40 × (1 − 50/100) × 1 = 20 at the start; capacity 50 after crash-train → 25 (a rise of 5 ≥ 3).
    const run = playQuarters(quiet, [[choose('train-battalion', 'crash-train')]]);
    const question = generated(questionsOf(run, quiet), 'capacity-then-harm');
    expect(question).toMatchObject({
      params: {
        decisionId: 'train-battalion',
        optionId: 'crash-train',
        stance: 'capacity-first',
        turn: 1,
        peakTurn: 1,
      },
    });
    if (question?.kind !== 'generated' || question.pattern !== 'capacity-then-harm')
      throw new Error('no question');
    expect(question.params.harmFrom).toBeCloseTo(20, 10);
    expect(question.params.harmTo).toBeCloseTo(25, 10);
  });

  it('is not asked when the same capacity comes with full accountability (no abusive capacity)', () => {
    const accountable = aScenario({ drift: 'none', startingDrivers: { accountability: 100 } });
    const run = playQuarters(accountable, [[choose('train-battalion', 'crash-train')]]);
    expect(patternsOf(run, accountable)).not.toContain('capacity-then-harm');
  });

  it('is not asked after accountable training', () => {
    const run = playQuarters(quiet, [[choose('train-battalion', 'accountable-train')]]);
    expect(patternsOf(run, quiet)).not.toContain('capacity-then-harm');
  });
});

describe('crisis-confronted: a crisis answered with a confront option', () => {
  const pack = aScenario({ drift: 'none', crisis: 'always' });

  it('is asked when the trainee denounces publicly, with the consent it cost (60 − 5)', () => {
    const run = playQuarters(pack, [[choose('checkpoint-abuse', 'denounce')]]);
    expect(generated(questionsOf(run, pack), 'crisis-confronted')).toEqual({
      kind: 'generated',
      pattern: 'crisis-confronted',
      params: { crisisId: 'checkpoint-abuse', optionId: 'denounce', turn: 1, consentFrom: 60, consentTo: 55 },
    });
  });

  it('is not asked for a middle path, nor for crises left to their default', () => {
    expect(patternsOf(playQuarters(pack, [[choose('checkpoint-abuse', 'raise-it')]]), pack)).not.toContain(
      'crisis-confronted',
    );
    const confrontByDefault = aScenario({
      drift: 'none',
      coefficients: { crisisQuietWeight: 0 }, // the crisis is drawn every quarter
      incidents: [aCrisis({ defaultOptionId: 'denounce' })],
    });
    const run = playQuarters(confrontByDefault, []);
    expect(run.events).toContainEqual({
      type: 'option.defaulted',
      decisionId: 'checkpoint-abuse',
      optionId: 'denounce',
      turn: 1,
    });
    expect(patternsOf(run, confrontByDefault)).not.toContain('crisis-confronted');
  });
});

describe('dialogue-not-followed-up: a dialogue launched and never followed up', () => {
  const pack = aScenario({
    decisions: [
      aDecision('talks', [
        anOption('launch-talks', {
          tags: ['lever:dialogue', 'stance:inclusive'],
          effects: [anEffect('ownership', 4)],
          flags: ['dialogue-launched'],
        }),
      ]),
      aDecision('after-talks', [
        anOption('keep-up', {
          tags: ['lever:dialogue', 'stance:inclusive'],
          flags: [{ id: 'dialogue-followed-up', quarters: 4 }],
        }),
      ]),
    ],
  });

  it('is asked when nothing follows the launch, with ownership at the launch and at the end', () => {
    const run = playQuarters(pack, [[choose('talks', 'launch-talks')]]);
    const question = generated(questionsOf(run, pack), 'dialogue-not-followed-up');
    expect(question).toMatchObject({
      params: { decisionId: 'talks', optionId: 'launch-talks', turn: 1, endTurn: 12 },
    });
    if (question?.kind !== 'generated' || question.pattern !== 'dialogue-not-followed-up')
      throw new Error('no question');
    expect(question.params.ownershipFrom).toBe(run.state.history[0]!.drivers.ownership);
    expect(question.params.ownershipTo).toBe(run.state.history[11]!.drivers.ownership);
    expect(question.params.ownershipTo).toBeLessThan(question.params.ownershipFrom); // the follow-up rule's decay
  });

  it('is not asked when the dialogue is followed up', () => {
    const run = playQuarters(pack, [[choose('talks', 'launch-talks')], [choose('after-talks', 'keep-up')]]);
    expect(patternsOf(run, pack)).not.toContain('dialogue-not-followed-up');
  });

  it('is not asked when the run left no time to follow up (launched in the last quarter)', () => {
    const run = playQuarters(pack, [
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [choose('talks', 'launch-talks')],
    ]);
    expect(patternsOf(run, pack)).not.toContain('dialogue-not-followed-up');
  });
});

describe('backing-unaccountable: backing the forces while accountability < 40', () => {
  const backing = aDecision('partner-operations', [
    anOption('back-them', {
      tags: ['lever:protection', 'stance:acquiesce'],
      flags: [{ id: 'backing-forces', quarters: 2 }],
    }),
  ]);
  const packAt = (accountability: number) =>
    aScenario({
      drift: 'none',
      startingDrivers: { accountability },
      decisions: [...DEFAULT_DECISIONS, backing],
    });

  it('is asked with accountability 30, the quarter and the end of the backing (Q1 + 2 − 1 = Q2)', () => {
    const pack = packAt(30);
    const run = playQuarters(pack, [[choose('partner-operations', 'back-them')]]);
    expect(generated(questionsOf(run, pack), 'backing-unaccountable')).toEqual({
      kind: 'generated',
      pattern: 'backing-unaccountable',
      params: {
        decisionId: 'partner-operations',
        optionId: 'back-them',
        turn: 1,
        untilTurn: 2,
        accountability: 30,
        trustFrom: 50,
        trustTo: 50, // drift off: the association rule does not run
      },
    });
  });

  it('is not asked when the forces are accountable (50)', () => {
    const pack = packAt(50);
    expect(patternsOf(playQuarters(pack, [[choose('partner-operations', 'back-them')]]), pack)).not.toContain(
      'backing-unaccountable',
    );
  });
});

describe('largest-movement: the largest single-quarter movement and its top cause', () => {
  const quiet = aScenario({ drift: 'none' });

  it('is asked about the quarter of the only choice, naming it as the cause', () => {
    const run = playQuarters(quiet, [[], [choose('train-battalion', 'crash-train')]]);
    const question = generated(questionsOf(run, quiet), 'largest-movement');
    expect(question).toMatchObject({
      params: {
        turn: 2,
        cause: {
          key: 'o:crash-train@2',
          kind: 'option',
          sourceId: 'crash-train',
          decisionId: 'train-battalion',
          turn: 2,
          via: [],
        },
      },
    });
  });

  it('is not asked when no meter ever moves (no choice, no drift, no incident)', () => {
    expect(patternsOf(playQuarters(quiet, []), quiet)).not.toContain('largest-movement');
  });
});

describe('renderQuestion', () => {
  const quiet = aScenario({ drift: 'none' });
  const run = playQuarters(quiet, [[choose('train-battalion', 'crash-train')]]);
  const questions = questionsOf(run, quiet);

  it('words a generated question in English and in French, with quarters as Q/T', () => {
    const question = generated(questions, 'capacity-then-harm')!;
    expect(renderQuestion(question, quiet, 'en')).toBe(
      'You chose “crash-train” in Q1: capacity before accountability. Harm by state forces rose from 20 to 25 by Q1. What happened to legitimacy in Q1, and why?',
    );
    expect(renderQuestion(question, quiet, 'fr')).toBe(
      'Au T1, vous avez choisi «\u00a0crash-train\u00a0»\u00a0: la capacité avant la redevabilité. Les atteintes commises par les forces de l’État sont passées de 20 à 25 au T1. Qu’est-il arrivé à la légitimité au T1, et pourquoi\u202f?',
    );
  });

  it('names the meter, the signed movement and the cause with its quarter', () => {
    const question = generated(questions, 'largest-movement')!;
    expect(renderQuestion(question, quiet, 'en')).toMatch(
      /^(Security|Legitimacy|Civilian harm) moved [+−]\d+ points in Q1, the largest change in a single quarter\. Its main cause: “crash-train” \(Q1\)\. Did you see it coming\?$/u,
    );
    expect(renderQuestion(question, quiet, 'fr')).toMatch(
      /^La jauge «\u00a0.+\u00a0» a varié de [+−]\d+ points au T1/u,
    );
  });

  it('gives a pack question in the chosen language', () => {
    const fixture = loadFixture();
    const [first] = questionsOf(playQuarters(fixture, []), fixture);
    expect(renderQuestion(first!, fixture, 'fr')).toBe(fixture.questions[0]!.text.fr);
  });

  it('renders every question of varied fixture runs with no placeholder left', () => {
    const fixture = loadFixture();
    for (const seed of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']) {
      const played = playQuarters(fixture, [], { turns: 12, difficulty: 'normal', seed });
      for (const question of questionsOf(played, fixture))
        for (const language of ['en', 'fr'] as const)
          expect(renderQuestion(question, fixture, language)).not.toMatch(/\{\{|undefined|NaN/u);
    }
  });
});
