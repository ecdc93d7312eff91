import { describe, expect, it } from 'vitest';
import {
  facilitatorGuide,
  listenFor,
  PLAN_180,
  PLAN_90,
  planMinutes,
  type GuideBlock,
} from '../../src/debrief/facilitator-guide';
import { createLocales } from '../../src/i18n/i18n';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const { en, fr } = createLocales();

const textOf = (blocks: readonly GuideBlock[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [block.text];
      case 'bullets':
      case 'steps':
        return [...block.items];
      case 'plan':
        return block.rows.map((row) => `${row.time} ${row.activity}`);
      case 'prompts':
        return block.prompts.flatMap((prompt) => [prompt.question, ...prompt.listenFor]);
    }
  });

describe('facilitatorGuide', () => {
  it('plans a 90-minute and a 3-hour session, minute by minute without gaps', () => {
    expect(planMinutes(PLAN_90)).toBe(90);
    expect(planMinutes(PLAN_180)).toBe(180);
    const guide = facilitatorGuide(fixture, en);
    const plan = guide.sections.find((s) => s.id === 'plan-180')!.blocks[0]!;
    expect(plan.kind === 'plan' && plan.rows.map((row) => row.time).at(-1)).toBe('175–180');
  });

  it('takes the objectives, briefing, tutorial and questions from the pack, in each language', () => {
    for (const locale of [en, fr]) {
      const guide = facilitatorGuide(fixture, locale);
      const all = guide.sections.flatMap((s) => textOf(s.blocks));
      const lang = locale.language;
      for (const objective of fixture.objectives) expect(all).toContain(objective.text[lang]);
      for (const question of fixture.questions) expect(all).toContain(question.text[lang]);
      for (const tip of fixture.tutorial) expect(all).toContain(tip.text[lang]);
      expect(all).toContain(fixture.briefing.mandate[lang]);
      expect(guide.title).toContain(fixture.title[lang]);
    }
  });

  it('names each crisis with the answer it takes when time runs out', () => {
    const group = facilitatorGuide(fixture, en).sections.find((s) => s.id === 'group')!;
    const crisis = fixture.incidents.find((i) => i.id === 'detainee-beaten')!;
    const fallback =
      crisis.kind === 'crisis' ? crisis.options.find((o) => o.id === crisis.defaultOptionId)! : undefined;
    expect(textOf(group.blocks)).toContain(`${crisis.title.en}: “${fallback!.label.en}”`);
  });

  it('listens for the doctrine quoted by the options that cite the question’s source', () => {
    // A question that cites the passage an option quotes: the quote and that option come back.
    const option = fixture.decisions.flatMap((d) => d.options).find((o) => o.quote !== undefined)!;
    const question = { id: 'q', text: { en: 'Q?', fr: 'Q ?' }, cites: [option.cites[0]!] };
    const lines = listenFor(question, fixture, en);
    expect(lines[0]).toBe(`The doctrine behind it: “${option.quote!}” (${option.cites[0]!}).`);
    expect(lines.join(' ')).toContain(`“${option.label.en}”`);
    // A question citing nothing the pack's options cite falls back to the objectives.
    expect(listenFor({ ...question, cites: ['999 §Nowhere'] }, fixture, en)).toEqual([
      'How the answer connects to the learning objectives above.',
    ]);
  });
});
