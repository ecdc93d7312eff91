import { didYouMean } from '../issues.ts';
import { effectsOf, type LintRule } from './context.ts';

/** A crisis must be answered: its default names one of its options, and one option costs nothing. */
export const crisisOptions: LintRule = ({ scenario, report }) => {
  scenario.incidents.forEach((incident, i) => {
    if (incident.kind !== 'crisis') return;
    const ids = incident.options.map((o) => o.id);
    if (!ids.includes(incident.defaultOptionId)) {
      const near = didYouMean(incident.defaultOptionId, ids);
      report(
        ['incidents', i, 'defaultOptionId'],
        `"${incident.defaultOptionId}" is not an option of this crisis`,
        near ?? `use one of ${ids.join(', ')}`,
      );
    }
    if (!incident.options.some((o) => o.cost === 0)) {
      report(
        ['incidents', i, 'options'],
        'this crisis has no zero-cost option',
        'give at least one option cost: 0, so it can be answered with no capital left (DESIGN §3)',
      );
    }
  });
};

/**
 * Each decision has `turn` or `from`/`to` (not both, from ≤ to) inside the game; incidents' and benchmarks'
 * quarters too.
 */
export const cardWindows: LintRule = ({ scenario, report }) => {
  const turns = scenario.turns;
  const inGame = (path: (string | number)[], key: string, quarter: number | undefined) => {
    if (quarter !== undefined && quarter > turns)
      report(
        [...path, key],
        `${key} ${quarter} is beyond the ${turns}-quarter game`,
        `use a quarter from 1 to ${turns}`,
      );
  };
  const window = (path: (string | number)[], from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && from > to)
      report(
        [...path, 'from'],
        `from ${from} is after to ${to}`,
        'swap them: the window runs from the earlier quarter to the later',
      );
    inGame(path, 'from', from);
    inGame(path, 'to', to);
  };
  scenario.decisions.forEach((decision, i) => {
    const path = ['decisions', i];
    const { turn, from, to } = decision;
    const hasWindow = from !== undefined || to !== undefined;
    if (turn !== undefined && hasWindow)
      report(
        path,
        'has both turn and from/to',
        'use turn for a single quarter or from/to for a window, not both',
      );
    else if (turn === undefined && !hasWindow)
      report(
        path,
        'has neither turn nor from/to',
        'add turn: <quarter>, or from: and to: for the quarters it may be dealt',
      );
    else if (hasWindow && (from === undefined || to === undefined)) {
      report(
        path,
        `has ${from === undefined ? 'to' : 'from'} without ${from === undefined ? 'from' : 'to'}`,
        `add ${from === undefined ? 'from' : 'to'}: a window needs both ends`,
      );
    }
    inGame(path, 'turn', turn);
    window(path, from, to);
  });
  scenario.incidents.forEach((incident, i) => window(['incidents', i], incident.from, incident.to));
  scenario.benchmarks.forEach((benchmark, i) => inGame(['benchmarks', i], 'by', benchmark.by));
};

/** No effect reaches further than the game: delay + duration − 1 ≤ turns. */
export const effectReach: LintRule = ({ scenario, report }) => {
  const turns = scenario.turns;
  for (const { value: effect, path } of effectsOf(scenario)) {
    const reach = effect.delay + (effect.duration ?? 1) - 1;
    if (reach <= turns) continue;
    const what =
      effect.duration === undefined
        ? `delay ${effect.delay}`
        : `delay ${effect.delay} with duration ${effect.duration} reaches ${reach} quarters and`;
    report(
      [...path, 'delay'],
      `${what} is beyond the ${turns}-quarter game`,
      `keep delay + duration − 1 at most ${turns}; whatever is still pending after the last quarter lands once, in the after-hand-over step (DESIGN §3)`,
    );
  }
};
