import { describe, expect, it } from 'vitest';
import { isInput, isSessionLog } from '../../src/sim/session-log-guard';

const valid = {
  formatVersion: 1,
  scenarioId: 'kessaria',
  scenarioVersion: 4,
  turns: 12,
  difficulty: 'normal',
  seed: 'a.b_c-1',
  inputs: [
    { type: 'briefing.acknowledged' },
    {
      type: 'option.chosen',
      decisionId: 'sixty-day-list',
      optionId: 'vet-first',
      votes: { 'vet-first': 12, other: 0 },
    },
    { type: 'option.withdrawn', decisionId: 'sixty-day-list' },
    { type: 'decision.timedOut', decisionId: 'detainee-beaten' },
    { type: 'turn.ended' },
    { type: 'review.acknowledged' },
  ],
};

describe('isSessionLog', () => {
  it('accepts a well-formed log, and one that survived JSON', () => {
    expect(isSessionLog(valid)).toBe(true);
    expect(isSessionLog(JSON.parse(JSON.stringify(valid)))).toBe(true);
    expect(isSessionLog({ ...valid, inputs: [] })).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', [valid]],
    ['a string', JSON.stringify(valid)],
    ['another format version', { ...valid, formatVersion: 2 }],
    ['no scenario id', { ...valid, scenarioId: '' }],
    ['a version of 0', { ...valid, scenarioVersion: 0 }],
    ['a fractional version', { ...valid, scenarioVersion: 1.5 }],
    ['turns as a string', { ...valid, turns: '12' }],
    ['an unknown difficulty', { ...valid, difficulty: 'easy' }],
    ['an empty seed', { ...valid, seed: '' }],
    ['a seed of 33 characters', { ...valid, seed: 'x'.repeat(33) }],
    ['a seed with a slash', { ...valid, seed: 'a/b' }],
    ['inputs that are not a list', { ...valid, inputs: {} }],
    ['an extra field (a learner name must not ride along)', { ...valid, learner: 'Ana' }],
    ['a missing field', (({ seed: _, ...rest }) => rest)(valid)],
  ])('refuses %s', (_, value) => {
    expect(isSessionLog(value)).toBe(false);
  });

  it('refuses a log holding one malformed input', () => {
    expect(isSessionLog({ ...valid, inputs: [...valid.inputs, { type: 'turn.skipped' }] })).toBe(false);
  });
});

describe('isInput', () => {
  it.each([
    ['an unknown type', { type: 'option.bought', decisionId: 'a' }],
    ['a choice without an option', { type: 'option.chosen', decisionId: 'a' }],
    ['a choice with a numeric option', { type: 'option.chosen', decisionId: 'a', optionId: 3 }],
    ['negative votes', { type: 'option.chosen', decisionId: 'a', optionId: 'b', votes: { b: -1 } }],
    ['fractional votes', { type: 'option.chosen', decisionId: 'a', optionId: 'b', votes: { b: 0.5 } }],
    ['votes as a list', { type: 'option.chosen', decisionId: 'a', optionId: 'b', votes: [3] }],
    ['a withdrawal without a decision', { type: 'option.withdrawn' }],
    ['a timeout with an empty decision', { type: 'decision.timedOut', decisionId: '' }],
    ['turn.ended with a payload', { type: 'turn.ended', turn: 3 }],
  ])('refuses %s', (_, value) => {
    expect(isInput(value)).toBe(false);
  });
});
