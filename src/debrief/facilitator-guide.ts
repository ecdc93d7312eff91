// The printable facilitator guide (DESIGN §6, issue 10), generated from the pack so it never drifts from
// the game: objectives, briefing script, debrief prompts with what to listen for, how to collect run
// codes, and 90-minute and 3-hour session plans. Pure: a pack and a locale in, structured text out.
import type { Option, Scenario } from '../content/scenario.schema';
import type { Locale, MessageKey, MessageValues } from '../i18n/i18n';
import { objectiveTags } from './objectives';

/** One timed block of a session plan. */
export interface PlanRow {
  /** "0–10" (minutes from the start). */
  readonly time: string;
  readonly activity: string;
}

/** A debrief prompt and what a facilitator listens for in the room's answers. */
export interface GuidePrompt {
  readonly question: string;
  readonly listenFor: readonly string[];
}

/** One block of a section, in reading order. */
export type GuideBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'steps'; readonly items: readonly string[] }
  | { readonly kind: 'plan'; readonly rows: readonly PlanRow[] }
  | { readonly kind: 'prompts'; readonly prompts: readonly GuidePrompt[] };

export interface GuideSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly GuideBlock[];
}

const paragraph = (text: string): GuideBlock => ({ kind: 'paragraph', text });
const bullets = (items: readonly string[]): GuideBlock => ({ kind: 'bullets', items });
const steps = (items: readonly string[]): GuideBlock => ({ kind: 'steps', items });

export interface FacilitatorGuide {
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly GuideSection[];
}

type Block = readonly [minutes: number, key: MessageKey, values?: MessageValues];

/** The 90-minute plan: a Short session (8 quarters). */
export const PLAN_90: readonly Block[] = [
  [10, 'guide.plan.welcome'],
  [10, 'guide.plan.briefing'],
  [40, 'guide.plan.play', { from: 1, to: 8, perQuarter: 5 }],
  [5, 'guide.plan.collect'],
  [20, 'guide.plan.cohort'],
  [5, 'guide.plan.close'],
];

/** The 3-hour plan: a Standard session (12 quarters) with a pause at each mandate review. */
export const PLAN_180: readonly Block[] = [
  [10, 'guide.plan.welcome'],
  [15, 'guide.plan.briefingTutorial'],
  [35, 'guide.plan.play', { from: 1, to: 4, perQuarter: 8 }],
  [10, 'guide.plan.checkpoint', { quarter: 4 }],
  [10, 'guide.plan.break'],
  [30, 'guide.plan.play', { from: 5, to: 8, perQuarter: 7 }],
  [5, 'guide.plan.checkpoint', { quarter: 8 }],
  [25, 'guide.plan.play', { from: 9, to: 12, perQuarter: 6 }],
  [5, 'guide.plan.collect'],
  [30, 'guide.plan.cohortLong'],
  [5, 'guide.plan.close'],
];

function plan(blocks: readonly Block[], locale: Locale): PlanRow[] {
  let start = 0;
  return blocks.map(([minutes, key, values]) => {
    const row = { time: `${start}–${start + minutes}`, activity: locale.t(key, values) };
    start += minutes;
    return row;
  });
}

/** Total minutes of a plan (90 and 180 by construction; a test holds them to it). */
export const planMinutes = (blocks: readonly Block[]) => blocks.reduce((sum, [minutes]) => sum + minutes, 0);

interface CitedOption {
  readonly option: Option;
  readonly cardTitle: string;
}

/** Every option of the pack (initiatives and crisis answers) with its card's title. */
function allOptions(scenario: Scenario, locale: Locale): CitedOption[] {
  return [
    ...scenario.decisions.flatMap((card) =>
      card.options.map((option) => ({ option, cardTitle: locale.text(card.title) })),
    ),
    ...scenario.incidents.flatMap((incident) =>
      incident.kind === 'crisis'
        ? incident.options.map((option) => ({ option, cardTitle: locale.text(incident.title) }))
        : [],
    ),
  ];
}

/**
 * What to listen for in answers to a pack question, from the pack itself: the options that cite the same
 * source passage — the doctrine they quote, the choices where the tension showed (one per stance, so the
 * contrast is audible), and the learning objective those choices exercise most.
 */
export function listenFor(
  question: Scenario['questions'][number],
  scenario: Scenario,
  locale: Locale,
): string[] {
  const cites = new Set(question.cites ?? []);
  const related = allOptions(scenario, locale).filter(({ option }) => option.cites.some((c) => cites.has(c)));
  const lines: string[] = [];
  const quoted = related.find(({ option }) => option.quote !== undefined);
  if (quoted?.option.quote) {
    const source = quoted.option.cites.find((c) => cites.has(c)) ?? '';
    lines.push(locale.t('guide.listen.quote', { quote: quoted.option.quote, source }));
  }
  const byStance = new Map<string, CitedOption>();
  for (const entry of related) {
    const stance = entry.option.tags.find((tag) => tag.startsWith('stance:')) ?? '';
    if (!byStance.has(stance)) byStance.set(stance, entry);
  }
  const contrast = [...byStance.values()].slice(0, 3);
  if (contrast.length > 0)
    lines.push(
      locale.t('guide.listen.choices', {
        choices: locale.list(
          contrast.map(({ option, cardTitle }) =>
            locale.t('guide.listen.choice', { option: locale.text(option.label), card: cardTitle }),
          ),
        ),
      }),
    );
  let best: { text: string; score: number } | undefined;
  for (const objective of scenario.objectives) {
    const { tags } = objectiveTags(objective.id);
    const score = related.filter(({ option }) => option.tags.some((tag) => tags.includes(tag))).length;
    if (score > 0 && (!best || score > best.score)) best = { text: locale.text(objective.text), score };
  }
  if (best) lines.push(locale.t('guide.listen.objective', { objective: best.text }));
  if (lines.length === 0) lines.push(locale.t('guide.listen.fallback'));
  return lines;
}

/** The guide for one pack in one language. */
export function facilitatorGuide(scenario: Scenario, locale: Locale): FacilitatorGuide {
  const country = locale.text(scenario.title);
  const crises = scenario.incidents.flatMap((incident) => {
    if (incident.kind !== 'crisis') return [];
    const fallback = incident.options.find((o) => o.id === incident.defaultOptionId);
    return fallback
      ? [
          locale.t('guide.group.default', {
            crisis: locale.text(incident.title),
            option: locale.text(fallback.label),
          }),
        ]
      : [];
  });
  return {
    title: locale.t('guide.title', { scenario: country }),
    intro: locale.t('guide.intro', { scenario: country, turns: scenario.turns }),
    sections: [
      {
        id: 'objectives',
        heading: locale.t('guide.objectives'),
        blocks: [
          paragraph(locale.t('guide.objectivesIntro')),
          bullets(scenario.objectives.map((objective) => locale.text(objective.text))),
        ],
      },
      {
        id: 'briefing',
        heading: locale.t('guide.briefing'),
        blocks: [
          paragraph(locale.t('guide.briefing.role', { scenario: country })),
          paragraph(locale.text(scenario.briefing.blurb)),
          paragraph(locale.t('guide.briefing.situation')),
          paragraph(locale.text(scenario.briefing.situation)),
          paragraph(locale.t('guide.briefing.mandate')),
          paragraph(locale.text(scenario.briefing.mandate)),
          paragraph(locale.t('guide.briefing.rules')),
          bullets(scenario.tutorial.map((tip) => locale.text(tip.text))),
        ],
      },
      {
        id: 'group',
        heading: locale.t('guide.group'),
        blocks: [
          steps([
            locale.t('guide.group.start'),
            locale.t('guide.group.timer'),
            locale.t('guide.group.votes'),
            locale.t('guide.group.notes'),
          ]),
          ...(crises.length > 0 ? [paragraph(locale.t('guide.group.defaults')), bullets(crises)] : []),
        ],
      },
      {
        id: 'codes',
        heading: locale.t('guide.codes'),
        blocks: [
          steps([
            locale.t('guide.codes.finish'),
            locale.t('guide.codes.send'),
            locale.t('guide.codes.open'),
            locale.t('guide.codes.check'),
            locale.t('guide.codes.labels'),
          ]),
          paragraph(locale.t('guide.codes.privacy')),
        ],
      },
      {
        id: 'plan-90',
        heading: locale.t('guide.plan90'),
        blocks: [{ kind: 'plan', rows: plan(PLAN_90, locale) }],
      },
      {
        id: 'plan-180',
        heading: locale.t('guide.plan180'),
        blocks: [{ kind: 'plan', rows: plan(PLAN_180, locale) }],
      },
      {
        id: 'prompts',
        heading: locale.t('guide.prompts'),
        blocks: [
          paragraph(locale.t('guide.promptsIntro')),
          {
            kind: 'prompts',
            prompts: scenario.questions.map((question) => ({
              question: locale.text(question.text),
              listenFor: listenFor(question, scenario, locale),
            })),
          },
        ],
      },
    ],
  };
}
