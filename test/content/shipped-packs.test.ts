import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leverOf, stanceOf } from '../../src/sim/tags';
import { flagId, leversOf, loadPack, partsOf } from './pack-checks';

// What issues 4–6 ask of every shipped pack alike: its size, the levers its cards cover, the flags the model and
// the benchmarks read, conditional effects and vanity counters, triggered and cited news, actors shown reacting,
// and tags the policies can select. Each pack's own test keeps what makes that country itself.
const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter(
  (file) => file.endsWith('.yaml') && file !== 'sources.yaml' && file !== 'glossary.yaml',
);

describe.each(files)('%s', (file) => {
  const pack = loadPack(file);
  const { crises, news, cards, options } = partsOf(pack);

  it('has at least 24 initiative cards, 8 crises and 12 news items', () => {
    expect(pack.decisions.length).toBeGreaterThanOrEqual(24);
    expect(crises.length).toBeGreaterThanOrEqual(8);
    expect(news.length).toBeGreaterThanOrEqual(12);
  });

  it('gives every card 2 to 4 options', () => {
    for (const card of cards) {
      expect(card.options.length, card.id).toBeGreaterThanOrEqual(2);
      expect(card.options.length, card.id).toBeLessThanOrEqual(4);
    }
  });

  it('covers vetting, train-and-equip, dialogue and coordination with at least 4 cards each', () => {
    for (const lever of ['vetting', 'train-equip', 'dialogue', 'coordination'] as const)
      expect(cards.filter((card) => leversOf(card).has(lever)).length, lever).toBeGreaterThanOrEqual(4);
  });

  it('covers monitoring and the HRDDP, DDR, justice, public finance and gender', () => {
    for (const lever of ['monitoring', 'ddr', 'justice', 'finance', 'gender'] as const)
      expect(cards.filter((card) => leversOf(card).has(lever)).length, lever).toBeGreaterThanOrEqual(2);
  });

  it('sets the benchmark flags and the four model flags, dialogue-followed-up and backing-forces timed', () => {
    const set = options.flatMap((o) => o.flags ?? []);
    const ids = new Set(set.map(flagId));
    for (const flag of [
      'assessment-done',
      'dialogue-launched',
      'strategy-agreed',
      'oversight-functioning',
      'hrddp-framework',
      'monitoring-system',
      'ddr-promised',
      'ddr-funded',
    ])
      expect(ids, flag).toContain(flag);
    for (const timed of ['dialogue-followed-up', 'backing-forces']) {
      const refs = set.filter((ref) => flagId(ref) === timed);
      expect(refs.length, timed).toBeGreaterThan(0);
      expect(
        refs.every((ref) => typeof ref !== 'string'),
        `${timed} is always timed`,
      ).toBe(true);
    }
  });

  it('marks conditional effects where the doctrine says "only if", and counts personnel trained', () => {
    expect(options.filter((o) => o.effects.some((e) => e.when !== undefined)).length).toBeGreaterThanOrEqual(
      5,
    );
    expect(new Set(options.flatMap((o) => Object.keys(o.outputs ?? {})))).toContain('personnel-trained');
  });

  it('gives every news item a trigger on the model and a citation', () => {
    for (const item of news) {
      expect(item.when, item.id).toBeDefined();
      expect(item.cites.length, item.id).toBeGreaterThan(0);
    }
  });

  it('has at least 8 actors, each saying what it wants and shown reacting in some incident', () => {
    expect(pack.actors.length).toBeGreaterThanOrEqual(8);
    const shown = new Set(pack.incidents.flatMap((i) => i.actors ?? []));
    for (const actor of pack.actors) expect(shown, actor.id).toContain(actor.id);
  });

  it('tags every option with a stance and a lever the policies can select', () => {
    for (const option of options) {
      expect(stanceOf(option.tags), option.id).toBeDefined();
      expect(leverOf(option.tags), option.id).toBeDefined();
    }
  });
});
