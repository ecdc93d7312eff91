import { describe, expect, it } from 'vitest';
import { editDistance, formatIssue, formatPath, suggest } from '../../src/content/issues';

describe('formatIssue', () => {
  it('prints file:line › path: problem — fix', () => {
    const issue = {
      file: 'kessaria.yaml',
      line: 48,
      path: 'decisions[0].id',
      message: 'duplicate id',
      fix: 'rename it',
    };
    expect(formatIssue(issue)).toBe('kessaria.yaml:48 › decisions[0].id: duplicate id — rename it');
  });

  it('leaves out what it does not know: the line, the path, the fix', () => {
    expect(formatIssue({ file: 'a.yaml', path: '', message: 'the file is empty' })).toBe(
      'a.yaml › the file is empty',
    );
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['decisions', 0, 'options', 1, 'effects', 1, 'target'])).toBe(
      'decisions[0].options[1].effects[1].target',
    );
    expect(formatPath([])).toBe('');
  });
});

describe('suggest', () => {
  const drivers = ['capacity', 'accountability', 'oversight', 'trust'];

  it('finds a slip of the keyboard: a missing, doubled or swapped letter', () => {
    expect(suggest('acountability', drivers)).toBe('accountability');
    expect(suggest('oversigth', drivers)).toBe('oversight'); // one transposition
    expect(suggest('Trust', drivers)).toBe('trust'); // case does not count
  });

  it('does not guess when nothing is close', () => {
    expect(suggest('legitimacy', drivers)).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3); // the textbook example
  });
});
