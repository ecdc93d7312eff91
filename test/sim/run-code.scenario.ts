import { type Scenario, ScenarioSchema } from '../../src/content/scenario.schema';
import { DRIVER_IDS } from '../../src/sim/drivers';

// A pack with only what run codes read: ids, version, decisions and crises. The rest is the least the
// schema accepts, so the object is a real Scenario.

const text = (en: string) => ({ en, fr: en });
const option = (id: string) => ({
  id,
  label: text(id),
  tags: ['lever:vetting', 'stance:defer'],
  cost: 1,
  effects: [],
  note: text('note'),
  cites: ['001 §Test'],
});
const options = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => option(`${prefix}-option-${i + 1}`));

/** `decisions` initiative cards of `optionsPer` options, then `crises` crises, numbered from 1. */
export function aRunCodeScenario({
  id = 'run-code-pack',
  version = 3,
  decisions = 40,
  crises = 12,
  optionsPer = 4,
} = {}): Scenario {
  return ScenarioSchema.parse({
    formatVersion: 1,
    id,
    version,
    title: text('Run-code pack'),
    turns: 12,
    startingDrivers: Object.fromEntries(DRIVER_IDS.map((driver) => [driver, 50])),
    capitalPerQuarter: 6,
    handSize: 4,
    regions: [
      {
        id: 'north',
        name: text('North'),
        threatShare: 1,
        forcesShare: 1,
        polygon: [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        label: [0, 0],
      },
    ],
    actors: [],
    decisions: Array.from({ length: decisions }, (_, i) => ({
      id: `card-${i + 1}`,
      title: text(`Card ${i + 1}`),
      prompt: text('Prompt'),
      from: 1,
      to: 12,
      options: options(`card-${i + 1}`, optionsPer),
    })),
    incidents: [
      { kind: 'news', id: 'quiet-news', title: text('News'), prompt: text('News'), cites: ['001 §Test'] },
      ...Array.from({ length: crises }, (_, i) => ({
        kind: 'crisis',
        id: `crisis-${i + 1}`,
        title: text(`Crisis ${i + 1}`),
        prompt: text('Prompt'),
        cites: ['001 §Test'],
        defaultOptionId: `crisis-${i + 1}-option-1`,
        options: options(`crisis-${i + 1}`, optionsPer),
      })),
    ],
    benchmarks: [],
    mandateReviews: [],
    endings: [{ id: 'the-end', title: text('End'), text: text('End') }],
    objectives: ['a', 'b', 'c'].map((objective) => ({ id: objective, text: text(objective) })),
    questions: [],
    tutorial: [],
    briefing: { blurb: text('b'), situation: text('s'), history: text('h'), mandate: text('m') },
  });
}
