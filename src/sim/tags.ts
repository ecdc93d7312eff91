/** The public tag vocabulary of DESIGN §3: every option has exactly one lever and one stance. */
export const LEVERS = [
  'vetting',
  'train-equip',
  'dialogue',
  'coordination',
  'monitoring',
  'ddr',
  'justice',
  'finance',
  'gender',
  'protection',
] as const;
export type Lever = (typeof LEVERS)[number];

export const STANCES = [
  'capacity-first',
  'accountability-first',
  'inclusive',
  'top-down',
  'appease',
  'mitigate',
  'confront',
  'acquiesce',
  'coordinate',
  'fragment',
  'protect-direct',
  'quick-win',
  'defer',
] as const;
export type Stance = (typeof STANCES)[number];

export type Tag = `lever:${Lever}` | `stance:${Stance}`;

/** The lever of an option's tags, or undefined when it has none (the lint reports that). */
export function leverOf(tags: readonly string[]): Lever | undefined {
  const tag = tags.find((t) => t.startsWith('lever:'));
  return tag === undefined ? undefined : (tag.slice('lever:'.length) as Lever);
}

export function stanceOf(tags: readonly string[]): Stance | undefined {
  const tag = tags.find((t) => t.startsWith('stance:'));
  return tag === undefined ? undefined : (tag.slice('stance:'.length) as Stance);
}
