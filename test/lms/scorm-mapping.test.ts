import { describe, expect, it } from 'vitest';
import {
  completionWrites,
  decisionsOf,
  exitWrites,
  fitsSuspendData,
  interactionWrites,
  INTERACTION_ID_LIMIT,
  languageOf,
  masteryOf,
  progressWrites,
  quarterOf,
} from '../../src/lms/scorm-mapping';
import { scoreOf } from '../../src/debrief/scorecard';
import { choose, END_TURN, type Input } from '../../src/sim/inputs';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode } from '../../src/sim/run-code';
import { cutAfter, fixture, shortRun } from './runs';

const T = 1_700_000_000_000; // 2023-11-14T22:13:20Z

const logOf = (inputs: readonly Input[]): SessionLog => ({
  formatVersion: 1,
  scenarioId: fixture.id,
  scenarioVersion: fixture.version,
  turns: 8,
  difficulty: 'normal',
  seed: 'lms',
  inputs,
});

// Two quarters by hand: a changed mind on the dialogue in Q1, a withdrawal and a time-out (not choices).
const handLog = logOf([
  { type: 'briefing.acknowledged' },
  choose('rapid-reaction-force', 'crash-train-equip'),
  choose('national-dialogue', 'elite-pact'),
  { type: 'option.withdrawn', decisionId: 'national-dialogue' },
  choose('national-dialogue', 'inclusive-dialogue'),
  END_TURN,
  { type: 'decision.timedOut', decisionId: 'sixty-day-list' },
  choose('sixty-day-list', 'joint-vetting-cell'),
  END_TURN,
]);

describe('decisionsOf', () => {
  it('records each option.chosen with its quarter, in log order', () => {
    expect(decisionsOf(handLog)).toEqual([
      {
        id: 'q1-rapid-reaction-force',
        quarter: 1,
        decisionId: 'rapid-reaction-force',
        optionId: 'crash-train-equip',
        inputIndex: 1,
      },
      {
        id: 'q1-national-dialogue',
        quarter: 1,
        decisionId: 'national-dialogue',
        optionId: 'elite-pact',
        inputIndex: 2,
      },
      {
        id: 'q1-national-dialogue-2',
        quarter: 1,
        decisionId: 'national-dialogue',
        optionId: 'inclusive-dialogue',
        inputIndex: 4,
      },
      {
        id: 'q2-sixty-day-list',
        quarter: 2,
        decisionId: 'sixty-day-list',
        optionId: 'joint-vetting-cell',
        inputIndex: 7,
      },
    ]);
  });

  it('keeps ids within 255 characters, with no spaces, and unique when two are equal once cut', () => {
    const long = 'x'.repeat(300);
    const ids = decisionsOf(
      logOf([choose(`${long}a`, 'o'), choose(`${long}b`, 'o'), choose('a b/c', 'o')]),
    ).map((d) => d.id);
    expect(ids.map((id) => id.length)).toEqual([INTERACTION_ID_LIMIT, INTERACTION_ID_LIMIT, 8]);
    expect(ids[0]).toBe(`q1-${'x'.repeat(252)}`); // 3 + 252 = 255: the a/b that tell them apart is cut off
    expect(ids[1]).toBe(`q1-${'x'.repeat(250)}-2`); // so the second makes room for its suffix
    expect(ids[2]).toBe('q1-a-b-c');
  });

  it('gives the same ids to the decisions a resumed run already had', () => {
    const full = shortRun().log;
    const cut = cutAfter(full, 3);
    const before = decisionsOf(cut);
    expect(before.length).toBeGreaterThan(3); // at least a crisis or a card each quarter
    expect(decisionsOf(full).slice(0, before.length)).toEqual(before);
  });
});

describe('interactionWrites', () => {
  const [first, second] = decisionsOf(handLog);
  const timings = [
    { at: T, latencySeconds: 75.5 },
    { at: T + 90_000, latencySeconds: 12 },
  ];

  it('writes SCORM 1.2 choice interactions numbered from 0 on a first launch', () => {
    expect(interactionWrites('1.2', [first!, second!], timings, 0)).toEqual([
      ['cmi.interactions.0.id', 'q1-rapid-reaction-force'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.time', '22:13:20'],
      ['cmi.interactions.0.student_response', 'crash-train-equip'],
      ['cmi.interactions.0.result', 'neutral'],
      ['cmi.interactions.0.latency', '0000:01:15.50'],
      ['cmi.interactions.1.id', 'q1-national-dialogue'],
      ['cmi.interactions.1.type', 'choice'],
      ['cmi.interactions.1.time', '22:14:50'], // 90 s later
      ['cmi.interactions.1.student_response', 'elite-pact'],
      ['cmi.interactions.1.result', 'neutral'],
      ['cmi.interactions.1.latency', '0000:00:12.00'],
    ]);
  });

  it('writes SCORM 2004 choice interactions, with learner_response, ISO timestamp and duration', () => {
    expect(interactionWrites('2004', [first!], [timings[0]!], 0, 60)).toEqual([
      ['cmi.interactions.0.id', 'q1-rapid-reaction-force'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.timestamp', '2023-11-14T23:13:20.0+01:00'],
      ['cmi.interactions.0.learner_response', 'crash-train-equip'],
      ['cmi.interactions.0.result', 'neutral'],
      ['cmi.interactions.0.latency', 'PT1M15.5S'],
    ]);
  });

  it('continues the numbering from cmi.interactions._count after a resume', () => {
    const elements = interactionWrites('2004', [first!, second!], timings, 5).map(([element]) => element);
    expect(new Set(elements.map((e) => e.split('.')[2]))).toEqual(new Set(['5', '6']));
  });

  it('refuses timings that do not pair with the decisions', () => {
    expect(() => interactionWrites('1.2', [first!, second!], [timings[0]!], 0)).toThrow(RangeError);
  });
});

describe('progressWrites', () => {
  const cut = cutAfter(shortRun().log, 3);

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: suspend_data is the run code, the location the quarter',
    (version) => {
      const { writes, runCode, problem } = progressWrites(version, cut, fixture);
      const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
      expect(writes).toEqual([
        ['cmi.suspend_data', runCode],
        [location, '4'], // three quarters ended: the trainee is in the fourth
      ]);
      expect(problem).toBeUndefined();
      expect(decodeRunCode(runCode, fixture)).toEqual({ ok: true, log: cut }); // the resume is this code
    },
  );

  it('stops the location at the last quarter once the run has ended', () => {
    expect(quarterOf(shortRun().log)).toBe(8);
    expect(quarterOf(logOf([]))).toBe(1);
  });

  it('checks the code against each version suspend_data size', () => {
    expect(fitsSuspendData('1.2', 'x'.repeat(4096))).toBe(true);
    expect(fitsSuspendData('1.2', 'x'.repeat(4097))).toBe(false);
    expect(fitsSuspendData('2004', 'x'.repeat(64_000))).toBe(true);
    expect(fitsSuspendData('2004', 'x'.repeat(64_001))).toBe(false);
  });
});

describe('completionWrites', () => {
  const played = shortRun();
  const midRun = { ...played.state, status: 'running' as const };
  // Fixture weights: short 1 + 1, medium 2 + 2, long 3 + 3 = 12. Two short and one medium met: 4/12.
  const ended = {
    ...played.state,
    benchmarks: { 'assessment-done': 1, 'dialogue-launched': 2, 'vetting-in-place': 4 },
  };

  it('says incomplete until the ending is reached and the review opened', () => {
    for (const [state, reviewOpened] of [
      [midRun, true],
      [ended, false],
    ] as const) {
      expect(completionWrites('1.2', fixture, state, reviewOpened, 50)).toEqual([
        ['cmi.core.lesson_status', 'incomplete'],
      ]);
      expect(completionWrites('2004', fixture, state, reviewOpened, 0.5)).toEqual([
        ['cmi.completion_status', 'incomplete'],
        ['cmi.success_status', 'unknown'],
      ]);
    }
  });

  it('SCORM 1.2: completed with the score, and no verdict, when no mastery score is set', () => {
    expect(completionWrites('1.2', fixture, ended, true)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '33.33'], // 100 × 4/12, to the hundredth
      ['cmi.core.lesson_status', 'completed'],
    ]);
  });

  it.each([
    [30, 'passed'],
    [33.33, 'passed'], // equal to the reported score
    [33.34, 'failed'],
    [80, 'failed'],
  ])('SCORM 1.2: masteryscore %s gives %s', (mastery, status) => {
    expect(completionWrites('1.2', fixture, ended, true, mastery).at(-1)).toEqual([
      'cmi.core.lesson_status',
      status,
    ]);
  });

  it('SCORM 2004: completed, success unknown, and scaled = raw / 100 when no passing score is set', () => {
    expect(completionWrites('2004', fixture, ended, true)).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '33.33'],
      ['cmi.score.scaled', '0.3333'],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'unknown'],
    ]);
  });

  it.each([
    [0.3, 'passed'],
    [0.3333, 'passed'],
    [0.5, 'failed'],
  ])('SCORM 2004: scaled_passing_score %s gives %s', (passing, success) => {
    const writes = completionWrites('2004', fixture, ended, true, passing);
    expect(writes.at(-2)).toEqual(['cmi.completion_status', 'completed']);
    expect(writes.at(-1)).toEqual(['cmi.success_status', success]);
  });

  it('reports scoreOf of the played run, to the hundredth', () => {
    const raw = Math.round(scoreOf(fixture, played.state.benchmarks) * 100) / 100;
    const writes = new Map(completionWrites('2004', fixture, played.state, true));
    expect(Number(writes.get('cmi.score.raw'))).toBe(raw);
    expect(Number(writes.get('cmi.score.scaled'))).toBeCloseTo(raw / 100, 10);
  });

  it('scores a pack with every benchmark met at 100 and scaled 1', () => {
    const all = Object.fromEntries(fixture.benchmarks.map((b) => [b.id, 1]));
    const writes = new Map(completionWrites('2004', fixture, { ...ended, benchmarks: all }, true, 1));
    expect([
      writes.get('cmi.score.raw'),
      writes.get('cmi.score.scaled'),
      writes.get('cmi.success_status'),
    ]).toEqual(['100', '1', 'passed']);
  });
});

describe('exitWrites', () => {
  it('suspends a run left midway, so the LMS keeps suspend_data', () => {
    expect(exitWrites('1.2', false)).toEqual([['cmi.core.exit', 'suspend']]);
    expect(exitWrites('2004', false)).toEqual([['cmi.exit', 'suspend']]);
  });

  it('ends normally: empty in 1.2 (its vocabulary has no "normal"), normal in 2004', () => {
    expect(exitWrites('1.2', true)).toEqual([['cmi.core.exit', '']]);
    expect(exitWrites('2004', true)).toEqual([['cmi.exit', 'normal']]);
  });
});

describe('languageOf', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['fr_BE', 'fr'],
    [' fr-FR ', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    ['French', 'en'], // a name, not a language tag: the default
  ])('maps the LMS preference %j to %s', (preference, language) => {
    expect(languageOf(preference)).toBe(language);
  });
});

describe('masteryOf', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['80', 80],
    ['0.8', 0.8],
    ['-0.5', -0.5],
    ['unknown', undefined],
  ])('reads %j as %s', (raw, mastery) => {
    expect(masteryOf(raw)).toBe(mastery);
  });
});
