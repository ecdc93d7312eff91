import type { Changes, CauseShare, Named, Story, StoryInput, StoryQuarter } from './replay-story';
import { sortKeys } from './sim-summary';

/** Driver changes smaller than this are counted, not listed, in the text form (drift nudges every quarter). */
export const SMALL_CHANGE = 0.05;

const REASONS: Readonly<Record<string, string>> = {
  lastTurn: 'the last quarter was played',
  collapse: 'the security sector collapsed',
  consentWithdrawn: 'the host withdrew its consent',
};
const one = (value: number) => value.toFixed(1);
/** A signed change to 1 decimal, with a real minus sign; −0.0 shows as +0.0. */
const signed = (value: number) => {
  const text = Math.abs(value).toFixed(1);
  return value < 0 && text !== '0.0' ? `−${text}` : `+${text}`;
};
const named = (item: Named) => `${item.title} (${item.id})`;
/** Causes with their parts, largest first; parts that would print as 0.0 are left out of the text. */
const shares = (list: readonly CauseShare[]) =>
  list
    .filter((s) => Math.abs(s.amount) >= SMALL_CHANGE)
    .map((s) => `${signed(s.amount)} ${s.cause}`)
    .join('; ');

function changeLines({ drivers, meters, lapsed }: Changes): string[] {
  const shown = drivers.filter((d) => Math.abs(d.to - d.from) >= SMALL_CHANGE);
  const hidden = drivers.length - shown.length;
  const width = Math.max(0, ...drivers.map((d) => d.driver.length), ...meters.map((m) => m.meter.length));
  const move = (name: string, from: number, to: number) =>
    `${name.padEnd(width)}  ${one(from).padStart(5)} → ${one(to).padStart(5)}  (${signed(to - from)})`;
  return [
    ...(shown.length > 0 || hidden > 0 ? ['  Drivers:'] : []),
    ...shown.map(
      (d) =>
        `    ${move(d.driver, d.from, d.to)}  ${d.cause}` +
        (d.shares && shares(d.shares) !== '' ? `, from ${shares(d.shares)}` : ''),
    ),
    ...(hidden > 0 ? [`    (${hidden} smaller changes under ${SMALL_CHANGE} not listed)`] : []),
    ...(meters.length > 0 ? ['  Meters (top 3 causes):'] : []),
    ...meters.map((m) => `    ${move(m.meter, m.from, m.to)}  ${shares(m.causes)}`.trimEnd()),
    ...lapsed.map((l) => `  Lapsed: ${l.cause}, because "${l.reason}" did not hold`),
  ];
}

const inputLine = (i: StoryInput) => `    ${i.text}${i.refused ? ` — refused (${i.refused})` : ''}`;

function quarterLines(q: StoryQuarter): string[] {
  return [
    `── Quarter ${q.turn} ──`,
    `  News: ${q.news.length === 0 ? 'none' : q.news.map(named).join('; ')}`,
    `  Crisis: ${q.crisis ? named(q.crisis) : 'none'}`,
    `  Hand: ${q.hand.length === 0 ? 'none' : q.hand.map((c) => c.id).join(', ')}`,
    ...(q.inputs.length === 0 ? ['  Inputs: none (the quarter was ended)'] : ['  Inputs:']),
    ...q.inputs.map(inputLine),
    ...changeLines(q),
    ...(q.flags.length > 0 ? [`  Flags set: ${q.flags.join(', ')}`] : []),
    ...(q.benchmarks.length > 0 ? [`  Benchmarks met: ${q.benchmarks.map(named).join('; ')}`] : []),
    ...(q.review
      ? [
          `  Mandate review: ${q.review.changes.length === 0 ? 'no change' : q.review.changes.map(named).join('; ')}`,
        ]
      : []),
    '',
  ];
}

/**
 * The run quarter by quarter, for a person (DESIGN §5 `replay`): news and crisis, the hand, the inputs in
 * English, driver changes with their causes (and the quarter each cause originated in), meter changes with
 * their top 3 causes, lapsed effects, flags, benchmarks, mandate reviews, the after-hand-over step and the
 * ending. Values to 1 decimal; the JSON form ({@linkcode replayJson}) keeps them unrounded.
 */
export function formatReplay(story: Story): string {
  const quarters = story.quarters.length;
  const lines = [
    `${story.scenario} v${story.version} · seed ${story.seed} · ${story.turns} quarters · ${story.difficulty}` +
      ` · ${quarters} ${quarters === 1 ? 'quarter' : 'quarters'} played`,
    '',
    ...story.quarters.flatMap(quarterLines),
  ];
  if (story.afterHandover) lines.push('── After hand-over ──', ...changeLines(story.afterHandover), '');
  if (story.trailing.length > 0)
    lines.push('Inputs after the last quarter:', ...story.trailing.map(inputLine), '');
  lines.push(
    story.ending
      ? `Ending: ${named(story.ending)} — ${REASONS[story.ending.reason] ?? story.ending.reason}, after quarter ${story.ending.turn}`
      : `No ending yet: the log stops in quarter ${quarters + 1}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The machine form of `replay --json`: the story with object keys sorted, numbers unrounded. */
export function replayJson(story: Story, extra: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify(sortKeys({ ...story, ...extra }), null, 2)}\n`;
}
