import { LEVERS, STANCES } from '../../sim/tags.ts';
import { didYouMean } from '../issues.ts';
import { optionsOf, type LintRule } from './context.ts';

const LEVER_TAGS = LEVERS.map((lever) => `lever:${lever}`);
const STANCE_TAGS = STANCES.map((stance) => `stance:${stance}`);
const ALL_TAGS = [...LEVER_TAGS, ...STANCE_TAGS];
/** DESIGN §3: every stance but defer is on at least this many options, across at least this many cards. */
export const STANCE_MIN_OPTIONS = 4;
export const STANCE_MIN_CARDS = 3;

/** Every option has exactly one `lever:` and one `stance:` tag from the vocabulary of DESIGN §3. */
export const optionTags: LintRule = ({ scenario, report }) => {
  for (const { value: option, path } of optionsOf(scenario)) {
    let levers = 0;
    let stances = 0;
    option.tags.forEach((tag, i) => {
      const known = ALL_TAGS.includes(tag);
      if (tag.startsWith('lever:')) levers++;
      else if (tag.startsWith('stance:')) stances++;
      if (known) return;
      const [vocabulary, what] = tag.startsWith('lever:')
        ? [LEVER_TAGS, 'a lever']
        : tag.startsWith('stance:')
          ? [STANCE_TAGS, 'a stance']
          : [ALL_TAGS, 'a lever: or stance: tag'];
      const near = didYouMean(tag, vocabulary);
      report([...path, 'tags', i], `"${tag}" is not ${what}`, near ?? `use one of ${vocabulary.join(', ')}`);
    });
    for (const [count, kind, vocabulary] of [
      [levers, 'lever', LEVER_TAGS],
      [stances, 'stance', STANCE_TAGS],
    ] as const) {
      if (count === 1) continue;
      if (count === 0)
        report([...path, 'tags'], `has no ${kind}: tag`, `add exactly one of ${vocabulary.join(', ')}`);
      else
        report(
          [...path, 'tags'],
          `has ${count} ${kind}: tags`,
          `keep exactly one; policies select options by their single ${kind}`,
        );
    }
  }
};

/** Every stance but defer appears on at least 4 options across at least 3 cards, so every policy has real choices. */
export const stanceCoverage: LintRule = ({ scenario, report }) => {
  const options = new Map<string, number>();
  const cards = new Map<string, Set<string>>();
  for (const { value: option, card } of optionsOf(scenario)) {
    for (const tag of new Set(option.tags.filter((t) => STANCE_TAGS.includes(t)))) {
      options.set(tag, (options.get(tag) ?? 0) + 1);
      cards.set(tag, (cards.get(tag) ?? new Set()).add(card.path.join('.')));
    }
  }
  for (const tag of STANCE_TAGS) {
    if (tag === 'stance:defer') continue;
    const onOptions = options.get(tag) ?? 0;
    const onCards = cards.get(tag)?.size ?? 0;
    if (onOptions >= STANCE_MIN_OPTIONS && onCards >= STANCE_MIN_CARDS) continue;
    report(
      [],
      `${tag} is on ${onOptions} ${onOptions === 1 ? 'option' : 'options'} across ${onCards} ${onCards === 1 ? 'card' : 'cards'}`,
      `every stance but defer needs at least ${STANCE_MIN_OPTIONS} options across at least ${STANCE_MIN_CARDS} cards (DESIGN §3); tag more options ${tag}`,
    );
  }
};
