import { MODEL_FLAGS } from '../../sim/defaults.ts';
import { didYouMean, type DataPath } from '../issues.ts';
import type { Condition, FlagRef, Scenario } from '../scenario.schema.ts';
import { conditionsOf, optionsOf, type LintRule } from './context.ts';

const flagId = (flag: FlagRef) => (typeof flag === 'string' ? flag : flag.id);

/** The flags content can set: options' (initiatives and crises) and mandate changes'. */
export function settableFlags(scenario: Scenario): Set<string> {
  return new Set([
    ...optionsOf(scenario).flatMap((o) => (o.value.flags ?? []).map(flagId)),
    ...scenario.mandateReviews.flatMap((m) => (m.flags ?? []).map(flagId)),
  ]);
}

/**
 * Every condition can be met: its flags are set somewhere (model flags included: only content sets them), its
 * benchmarks exist, its thresholds are inside 0–100, and an `all:` does not ask for two things that exclude each other.
 */
export const conditionReferences: LintRule = ({ scenario, report }) => {
  const flags = settableFlags(scenario);
  const benchmarks = scenario.benchmarks.map((b) => b.id);
  const visit = (condition: Condition, path: DataPath): void => {
    if ('flag' in condition || 'notFlag' in condition) {
      const [key, id] = 'flag' in condition ? ['flag', condition.flag] : ['notFlag', condition.notFlag];
      if (flags.has(id)) return;
      const model = (MODEL_FLAGS as readonly string[]).includes(id);
      const near = didYouMean(id, [...flags]);
      const fix =
        near ??
        (model
          ? 'the model reads it (DESIGN §3), but only content sets it: add it to some option’s flags'
          : 'set it in some option’s or mandate change’s flags, or remove this condition');
      report([...path, key], `${model ? 'model flag' : 'flag'} "${id}" is never set by this pack`, fix);
    } else if ('benchmark' in condition) {
      if (!benchmarks.includes(condition.benchmark)) {
        report(
          [...path, 'benchmark'],
          `no benchmark "${condition.benchmark}"`,
          didYouMean(condition.benchmark, benchmarks) ??
            `use one of ${benchmarks.join(', ') || '(no benchmarks yet)'}`,
        );
      }
    } else if ('above' in condition && condition.above >= 100) {
      report(
        [...path, 'above'],
        `above ${condition.above} can never hold`,
        'drivers and meters stay within 0–100; use a threshold below 100',
      );
    } else if ('below' in condition && condition.below <= 0) {
      report(
        [...path, 'below'],
        `below ${condition.below} can never hold`,
        'drivers and meters stay within 0–100; use a threshold above 0',
      );
    } else if ('all' in condition) {
      contradiction(condition.all, path, report);
      condition.all.forEach((c, i) => visit(c, [...path, 'all', i]));
    } else if ('any' in condition) {
      condition.any.forEach((c, i) => visit(c, [...path, 'any', i]));
    }
  };
  for (const { value, path } of conditionsOf(scenario)) visit(value, path);
};

function contradiction(
  all: readonly Condition[],
  path: DataPath,
  report: (path: DataPath, message: string, fix?: string) => void,
): void {
  const bounds = new Map<string, { above: number; below: number }>();
  const set = new Set<string>();
  const unset = new Set<string>();
  for (const c of all) {
    if ('flag' in c) set.add(c.flag);
    if ('notFlag' in c) unset.add(c.notFlag);
    const name = 'driver' in c ? c.driver : 'meter' in c ? c.meter : undefined;
    if (name === undefined) continue;
    const b = bounds.get(name) ?? { above: -Infinity, below: Infinity };
    if ('above' in c) b.above = Math.max(b.above, c.above);
    if ('below' in c) b.below = Math.min(b.below, c.below);
    bounds.set(name, b);
  }
  for (const [name, b] of bounds) {
    if (b.above >= b.below)
      report(
        [...path, 'all'],
        `can never hold: ${name} above ${b.above} and below ${b.below}`,
        'fix the thresholds, or use any: if either is meant',
      );
  }
  for (const flag of set) {
    if (unset.has(flag))
      report([...path, 'all'], `can never hold: flag "${flag}" and notFlag "${flag}"`, 'keep one of them');
  }
}
