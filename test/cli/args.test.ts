import { describe, expect, it } from 'vitest';
import { integerFlag, parseFlags } from '../../src/cli/args';
import { CliError } from '../../src/cli/cli-error';
import { nearestRank, sortKeys } from '../../src/cli/sim-summary';

const SPEC = { runs: 'string', json: 'switch' } as const;

describe('parseFlags', () => {
  it('reads values after a space or an equals sign, and switches alone', () => {
    expect(parseFlags(['--runs', '20', '--json'], SPEC)).toEqual({ runs: '20', json: true });
    expect(parseFlags(['--runs=20'], SPEC)).toEqual({ runs: '20' });
  });

  it.each([
    [['--fast'], 'unknown flag --fast'],
    [['--runs'], '--runs needs a value'],
    [['--runs', '--json'], '--runs needs a value'], // the next flag is not a value
    [['--runs', '1', '--runs', '2'], '--runs is given twice'],
    [['--json=yes'], '--json takes no value'],
    [['20'], 'unexpected argument "20" (every value follows its flag)'],
    [['--constructor', 'x'], 'unknown flag --constructor'], // only the spec's own keys are flags
  ])('refuses %j with a CliError (exit code 2)', (argv, message) => {
    expect(() => parseFlags(argv, SPEC)).toThrow(new CliError(message));
  });
});

describe('integerFlag', () => {
  it('accepts whole numbers in range and names the flag and range otherwise', () => {
    expect(integerFlag('runs', '4020', 1, 100_000)).toBe(4020);
    for (const bad of ['0', '1.5', '1e3', '-3', ' 7', '100001'])
      expect(() => integerFlag('runs', bad, 1, 100_000)).toThrow(
        `--runs must be a whole number from 1 to 100000, not "${bad}"`,
      );
  });
});

describe('sim summary helpers', () => {
  it('takes percentiles by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(10)(ten)).toBe(1); // rank ⌈0.1 × 10⌉ = 1
    expect(nearestRank(90)(ten)).toBe(9); // rank ⌈0.9 × 10⌉ = 9
    expect(nearestRank(10)([42])).toBe(42); // one run: every percentile is that run
    expect(nearestRank(90)([1, 2, 3, 4, 5])).toBe(5); // rank ⌈4.5⌉ = 5
  });

  it('sorts object keys at every level and leaves arrays in order', () => {
    expect(JSON.stringify(sortKeys({ b: [{ z: 1, a: 2 }], a: { d: 1, c: 2 } }))).toBe(
      '{"a":{"c":2,"d":1},"b":[{"a":2,"z":1}]}',
    );
  });
});
