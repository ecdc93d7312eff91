import type { Condition } from '../content/scenario.schema';
import type { DriverId } from './drivers';
import type { MeterId } from './meters';
import type { FlagState } from './sim-state';

/** What a condition can read (DESIGN §5): drivers, meters, flags, benchmarks met, and why the run ended. */
export interface ConditionContext {
  readonly turn: number;
  readonly drivers: Readonly<Record<DriverId, number>>;
  readonly meters: Readonly<Record<MeterId, number>>;
  readonly flags: Readonly<Record<string, FlagState>>;
  readonly benchmarks: Readonly<Record<string, number>>;
  readonly reason?: 'lastTurn' | 'collapse' | 'consentWithdrawn';
}

/** A flag is active while the quarter is ≤ its `until` (no `until`: for good). */
export function isFlagActive(
  flags: Readonly<Record<string, FlagState>>,
  flag: string,
  turn: number,
): boolean {
  const state = flags[flag];
  return state !== undefined && (state.until === undefined || turn <= state.until);
}

export type Predicate = (ctx: ConditionContext) => boolean;
const compiled = new WeakMap<Condition, Predicate>();

/** A condition turned once into a predicate (conditions are read every quarter for every card and incident). */
function compile(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(predicateOf);
    return (ctx) => parts.every((part) => part(ctx));
  }
  if ('any' in condition) {
    const parts = condition.any.map(predicateOf);
    return (ctx) => parts.some((part) => part(ctx));
  }
  if ('flag' in condition) return (ctx) => isFlagActive(ctx.flags, condition.flag, ctx.turn);
  if ('notFlag' in condition) return (ctx) => !isFlagActive(ctx.flags, condition.notFlag, ctx.turn);
  if ('benchmark' in condition) return (ctx) => ctx.benchmarks[condition.benchmark] !== undefined;
  if ('reason' in condition) return (ctx) => ctx.reason === condition.reason;
  if ('driver' in condition) {
    const driver = condition.driver;
    if ('above' in condition) {
      const above = condition.above;
      return (ctx) => ctx.drivers[driver] > above;
    }
    const below = condition.below;
    return (ctx) => ctx.drivers[driver] < below;
  }
  const meter = condition.meter;
  if ('above' in condition) {
    const above = condition.above;
    return (ctx) => ctx.meters[meter] > above;
  }
  const below = condition.below;
  return (ctx) => ctx.meters[meter] < below;
}

/** The condition compiled once into a predicate (cached by condition object). */
export function predicateOf(condition: Condition): Predicate {
  let predicate = compiled.get(condition);
  if (!predicate) compiled.set(condition, (predicate = compile(condition)));
  return predicate;
}

export function holds(condition: Condition, ctx: ConditionContext): boolean {
  return predicateOf(condition)(ctx);
}

/** A short, stable description of a condition, for `effect.lapsed` reasons and the debrief. */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`;
  if ('flag' in condition) return `flag ${condition.flag}`;
  if ('notFlag' in condition) return `no flag ${condition.notFlag}`;
  if ('benchmark' in condition) return `benchmark ${condition.benchmark}`;
  if ('reason' in condition) return `ended by ${condition.reason}`;
  const name = 'driver' in condition ? condition.driver : condition.meter;
  return 'above' in condition ? `${name} above ${condition.above}` : `${name} below ${condition.below}`;
}
