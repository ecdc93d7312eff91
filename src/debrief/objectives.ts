import type { LocalText, Option, Scenario } from '../content/scenario.schema';
import { optionOf } from '../sim/lookup';
import { LEVERS, STANCES, leverOf, stanceOf } from '../sim/tags';
import type { DebriefRun } from './run';

/**
 * Words of an objective's id that name a theme without being a tag word, and the tags they relate to.
 * A word that is itself a lever or a stance (`vetting`, `appease`), or the first part of a two-part one
 * (`capacity` → `stance:capacity-first`, `train` → `lever:train-equip`), needs no entry here.
 */
export const OBJECTIVE_THEMES: Readonly<Record<string, readonly string[]>> = {
  abuse: ['stance:acquiesce', 'stance:mitigate', 'stance:confront'],
  responses: ['stance:acquiesce', 'stance:mitigate', 'stance:confront'],
  spectrum: ['stance:acquiesce', 'stance:mitigate', 'stance:confront'],
  hrddp: ['lever:monitoring', 'stance:acquiesce', 'stance:mitigate', 'stance:confront'],
  impartiality: ['stance:acquiesce', 'stance:mitigate', 'stance:confront'],
  ownership: ['lever:dialogue', 'stance:inclusive', 'stance:top-down'],
  owned: ['lever:dialogue', 'stance:inclusive', 'stance:top-down'],
  followed: ['lever:dialogue'], // following up a dialogue (the follow-up rule)
  affordable: ['lever:finance'],
  coordinated: ['lever:coordination', 'stance:coordinate', 'stance:fragment'],
  training: ['lever:train-equip'],
  coherence: ['lever:coordination', 'stance:coordinate', 'stance:fragment'],
  substitution: ['stance:protect-direct'],
  reintegration: ['lever:ddr'],
  pay: ['lever:finance'],
  women: ['lever:gender'],
};

/** Objective-id words about time: such an objective relates to every chosen option with a delayed effect. */
export const DELAY_WORDS: readonly string[] = ['delayed', 'delay', 'consequences', 'later', 'long'];

/** One choice of the run that exercised an objective. */
export interface ObjectiveChoice {
  readonly decisionId: string;
  readonly optionId: string;
  readonly turn: number;
  readonly lever?: string;
  readonly stance?: string;
  /** The objective's tags the option carries, and `delayed` when it relates through a delayed effect. */
  readonly matched: readonly string[];
  /** A crisis left open took this option by default. */
  readonly defaulted: boolean;
}

/** A learning objective of the pack and how this run exercised it. */
export interface ObjectiveResult {
  readonly id: string;
  readonly text: LocalText;
  /** The tags the objective relates to (empty when its id names no theme: then nothing is linked). */
  readonly tags: readonly string[];
  /** Whether it relates to options with a delayed effect. */
  readonly delayed: boolean;
  readonly choices: readonly ObjectiveChoice[];
  /** The stances of `choices`, counted: the balance the run struck (e.g. 2 capacity-first, 3 accountability-first). */
  readonly stances: Readonly<Record<string, number>>;
  readonly exercised: boolean;
}

const TWO_PART = [...LEVERS.map((l) => `lever:${l}`), ...STANCES.map((s) => `stance:${s}`)].filter((tag) =>
  tag.includes('-'),
);

/** The tags an objective id relates to, and whether it is about delayed consequences (the rule above). */
export function objectiveTags(objectiveId: string): { tags: string[]; delayed: boolean } {
  const tags = new Set<string>();
  const words = objectiveId.split('-');
  for (const word of words) {
    if ((LEVERS as readonly string[]).includes(word)) tags.add(`lever:${word}`);
    if ((STANCES as readonly string[]).includes(word)) tags.add(`stance:${word}`);
    for (const tag of TWO_PART) if (tag.slice(tag.indexOf(':') + 1).split('-')[0] === word) tags.add(tag);
    for (const tag of OBJECTIVE_THEMES[word] ?? []) tags.add(tag);
  }
  return { tags: [...tags].sort(), delayed: words.some((word) => DELAY_WORDS.includes(word)) };
}

const hasDelayedEffect = (option: Option) => option.effects.some((effect) => effect.delay > 0);

/**
 * The pack's learning objectives, each linked to the options this run applied that relate to it.
 *
 * The rule (objectives carry no tags in the format, so it reads their stable ids): an objective relates to
 * the tags its id's words name — a lever or stance word, the first part of a two-part one, or a theme
 * word of {@linkcode OBJECTIVE_THEMES} — and, when its id has a word of {@linkcode DELAY_WORDS}, to options
 * with a delayed effect. A chosen option (crisis answers included) exercises it when it carries one of those
 * tags or, for such an objective, has a delayed effect. `capacity-and-accountability` thus gathers the
 * capacity-first and accountability-first choices; `delayed-consequences` every choice with a delayed effect.
 */
export function objectivesOf(run: DebriefRun, scenario: Scenario): ObjectiveResult[] {
  const defaulted = new Set(
    run.events.flatMap((e) =>
      e.type === 'option.defaulted' ? [`${e.turn}/${e.decisionId}/${e.optionId}`] : [],
    ),
  );
  const applied = run.events.flatMap((e) => {
    if (e.type !== 'option.applied') return [];
    const option = optionOf(scenario, e.decisionId, e.optionId);
    return option ? [{ event: e, option }] : [];
  });
  return scenario.objectives.map((objective): ObjectiveResult => {
    const { tags, delayed } = objectiveTags(objective.id);
    const choices = applied.flatMap(({ event, option }): ObjectiveChoice[] => {
      const matched = option.tags.filter((tag) => tags.includes(tag));
      if (delayed && hasDelayedEffect(option)) matched.push('delayed');
      if (matched.length === 0) return [];
      const lever = leverOf(option.tags);
      const stance = stanceOf(option.tags);
      return [
        {
          decisionId: event.decisionId,
          optionId: event.optionId,
          turn: event.turn,
          ...(lever ? { lever } : {}),
          ...(stance ? { stance } : {}),
          matched,
          defaulted: defaulted.has(`${event.turn}/${event.decisionId}/${event.optionId}`),
        },
      ];
    });
    const stances: Record<string, number> = {};
    for (const choice of choices)
      if (choice.stance) stances[choice.stance] = (stances[choice.stance] ?? 0) + 1;
    return {
      id: objective.id,
      text: objective.text,
      tags,
      delayed,
      choices,
      stances,
      exercised: choices.length > 0,
    };
  });
}
