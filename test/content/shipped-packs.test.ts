import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { leverOf, stanceOf } from '../../src/sim/tags';
import {
  edgesOf,
  flagId,
  frenchTexts,
  leversOf,
  loadPack,
  partsOf,
  properlyCross,
  strictlyInside,
} from './pack-checks';

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

  it('has a capital and 4 to 6 named regions, labels and the capital inside their own region', () => {
    expect(pack.regions.length).toBeGreaterThanOrEqual(4);
    expect(pack.regions.length).toBeLessThanOrEqual(6);
    expect(pack.regions.filter((r) => r.capital !== undefined)).toHaveLength(1);
    for (const region of pack.regions) {
      expect(strictlyInside(region.label, region.polygon), `${region.id} label`).toBe(true);
      if (region.capital)
        expect(strictlyInside(region.capital, region.polygon), `${region.id} capital`).toBe(true);
    }
  });

  it('draws regions that do not overlap', () => {
    for (const [i, a] of pack.regions.entries()) {
      for (const b of pack.regions.slice(i + 1)) {
        for (const [p, q] of edgesOf(a.polygon))
          for (const [r, s] of edgesOf(b.polygon))
            expect(properlyCross(p, q, r, s), `${a.id} and ${b.id} edges cross`).toBe(false);
        for (const point of a.polygon)
          expect(strictlyInside(point, b.polygon), `${a.id} in ${b.id}`).toBe(false);
        for (const point of b.polygon)
          expect(strictlyInside(point, a.polygon), `${b.id} in ${a.id}`).toBe(false);
        expect(strictlyInside(a.label, b.polygon), `${a.id} label in ${b.id}`).toBe(false);
      }
    }
  });

  it('has short, medium and long-term benchmarks, the first two with a deadline', () => {
    for (const term of ['short', 'medium', 'long'] as const) {
      const benchmarks = pack.benchmarks.filter((b) => b.term === term);
      expect(benchmarks.length, term).toBeGreaterThanOrEqual(2);
      if (term !== 'long') for (const b of benchmarks) expect(b.by, b.id).toBeDefined();
    }
  });

  it('has at least 5 endings, collapse and consent-withdrawn among them, the last without a condition', () => {
    const ids = pack.endings.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual(expect.arrayContaining(['collapse', 'consent-withdrawn']));
    expect(pack.endings.at(-1)!.when).toBeUndefined();
  });

  it('has at least 10 debrief questions, a first-quarter tutorial and 3 to 4 paragraphs of history', () => {
    expect(pack.questions.length).toBeGreaterThanOrEqual(10);
    expect(pack.tutorial.length).toBeGreaterThanOrEqual(4);
    for (const lang of ['en', 'fr'] as const) {
      const paragraphs = pack.briefing.history[lang].split(/\n\s*\n/).filter((p) => p.trim() !== '');
      expect(paragraphs.length, lang).toBeGreaterThanOrEqual(3);
      expect(paragraphs.length, lang).toBeLessThanOrEqual(4);
    }
  });
});

// French typography beyond the lint (which checks ’ and the spaces before : ; ? !): inside « », and in numbers
// like 7 400. Every shipped pack and the shared glossary.
const GLOSSARY = new URL('../../scenarios/glossary.yaml', import.meta.url);
describe.each([
  ...files.map((file) => [file, () => frenchTexts(loadPack(file))] as const),
  ['glossary.yaml', () => frenchTexts(parse(readFileSync(GLOSSARY, 'utf8')))] as const,
])('%s: French typography', (_file, textsOf) => {
  const texts = textsOf();

  it('puts a no-break space inside « »', () => {
    expect(texts.filter((t) => /«(?!\u00a0)|(?<!\u00a0)»/u.test(t))).toEqual([]);
  });

  it('groups thousands with a narrow no-break space', () => {
    expect(texts.filter((t) => /\d[ ,.]\d{3}(?!\d)/u.test(t))).toEqual([]);
  });
});
