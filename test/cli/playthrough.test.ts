import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpect, isPlaythrough, logOf, type Playthrough } from '../../src/cli/playthrough';
import { replay } from '../../src/sim/replay';
import { loadFixture } from '../support/fixture';

// The golden-playthrough guard must be able to fail: these change one pinned value at a time.
const golden = JSON.parse(
  readFileSync(new URL('../playthroughs/fixture.screen-first.playthrough.json', import.meta.url), 'utf8'),
) as Playthrough;
const { state, events } = replay(logOf(golden), loadFixture());
const check = (expect: Playthrough['expect']) => checkExpect(expect, state, events);

describe('checkExpect', () => {
  it('holds for the pinned block, and numbers within 0.01 of the replayed value', () => {
    expect(check(golden.expect)).toEqual([]);
    const near = { drivers: { accountability: state.drivers.accountability + 0.009 } };
    expect(check(near)).toEqual([]);
  });

  it('names a number more than 0.01 off', () => {
    const off = { meters: { security: state.meters.security + 0.02 } };
    expect(check(off)).toEqual([
      expect.stringMatching(/^meters\.security: expected [\d.]+, replayed [\d.]+$/),
    ]);
  });

  it('names a different turn, flag set, incident list, benchmark list or ending', () => {
    expect(check({ turn: 5 })).toEqual(['turn: expected 5, replayed 4']);
    expect(check({ flags: ['vetting-mechanism'] })).toEqual([
      'flags: expected [vetting-mechanism], replayed [ddr-promised, vetting-mechanism]',
    ]);
    expect(check({ incidents: [...golden.expect.incidents!].reverse() })).toHaveLength(1);
    expect(check({ benchmarks: [] })).toEqual(['benchmarks: expected [], replayed [vetting-in-place]']);
    expect(check({ ending: 'collapse' })).toEqual([
      'ending: expected collapse, replayed none (the run goes on)',
    ]);
  });

  it('treats flags and benchmarks as sets (order-free) and incidents as a sequence', () => {
    expect(check({ flags: ['vetting-mechanism', 'ddr-promised'] })).toEqual([]);
  });
});

describe('isPlaythrough', () => {
  it('accepts the STYLE §6 shape and refuses extra keys, bad inputs or an unknown driver', () => {
    expect(isPlaythrough(golden)).toBe(true);
    expect(isPlaythrough({ ...golden, note: 'x' })).toBe(false);
    expect(isPlaythrough({ ...golden, inputs: [{ type: 'option.chosen' }] })).toBe(false);
    expect(isPlaythrough({ ...golden, expect: { drivers: { acountability: 1 } } })).toBe(false);
    expect(isPlaythrough({ ...golden, expect: { score: 3 } })).toBe(false);
  });
});
