import { describe, expect, it } from 'vitest';
import { decimalOf, formatLatency, formatTimestamp } from '../../src/lms/scorm-formats';

// 1_700_000_000_000 ms is 2023-11-14T22:13:20Z (the well-known "1.7 billion seconds" instant).
const T = 1_700_000_000_000;

describe('formatLatency', () => {
  it.each([
    [75.5, '0000:01:15.50', 'PT1M15.5S'], // 60 + 15.5
    [0, '0000:00:00.00', 'PT0S'],
    [60, '0000:01:00.00', 'PT1M'],
    [3600, '0001:00:00.00', 'PT1H'],
    [3723.25, '0001:02:03.25', 'PT1H2M3.25S'], // 3600 + 2·60 + 3.25
    [9.999, '0000:00:10.00', 'PT10S'], // rounded to the hundredth, carrying into the seconds
    [-3, '0000:00:00.00', 'PT0S'], // a clock that went backwards counts as no time
  ])('writes %s s as 1.2 %s and 2004 %s', (seconds, v12, v2004) => {
    expect(formatLatency('1.2', seconds)).toBe(v12);
    expect(formatLatency('2004', seconds)).toBe(v2004);
  });

  it('caps 1.2 at HHHH = 9999 hours and keeps 2004 exact', () => {
    expect(formatLatency('1.2', 10_000 * 3600)).toBe('9999:59:59.99');
    expect(formatLatency('2004', 10_000 * 3600)).toBe('PT10000H');
  });
});

describe('formatTimestamp', () => {
  it('writes 1.2 the time of day and 2004 the ISO 8601 instant, in UTC', () => {
    expect(formatTimestamp('1.2', T)).toBe('22:13:20');
    expect(formatTimestamp('2004', T)).toBe('2023-11-14T22:13:20.0Z'); // a zone only after a fraction
  });

  it('shifts to the learner offset and names it', () => {
    expect(formatTimestamp('1.2', T, 60)).toBe('23:13:20');
    expect(formatTimestamp('2004', T, 60)).toBe('2023-11-14T23:13:20.0+01:00');
    expect(formatTimestamp('2004', T, -300)).toBe('2023-11-14T17:13:20.0-05:00'); // 22:13 − 5 h
    expect(formatTimestamp('2004', T, 330)).toBe('2023-11-15T03:43:20.0+05:30'); // past midnight: next day
    expect(formatTimestamp('1.2', T, 330)).toBe('03:43:20');
  });

  it('keeps hundredths of a second in 2004 and drops them in 1.2', () => {
    expect(formatTimestamp('2004', T + 1234)).toBe('2023-11-14T22:13:21.23Z'); // 1.234 s later, cut to 1.23
    expect(formatTimestamp('2004', T + 500)).toBe('2023-11-14T22:13:20.5Z');
    expect(formatTimestamp('1.2', T + 1234)).toBe('22:13:21');
  });

  it('finds leap days and year ends', () => {
    // 2024-01-01 is day 19,723 since 1970 (1,704,067,200 s); + 31 (January) + 28 = 29 February
    expect(formatTimestamp('2004', (19_723 + 59) * 86_400_000)).toBe('2024-02-29T00:00:00.0Z');
    expect(formatTimestamp('2004', 19_723 * 86_400_000 - 1)).toBe('2023-12-31T23:59:59.99Z');
  });
});

describe('decimalOf', () => {
  it.each([
    [125, 2, '1.25'],
    [1500, 2, '15'],
    [5, 2, '0.05'],
    [0, 2, '0'],
    [3333, 4, '0.3333'],
    [10_000, 4, '1'],
    [-50, 2, '-0.5'],
  ])('writes %s / 10^%s as %s', (n, places, text) => {
    expect(decimalOf(n, places)).toBe(text);
  });
});
