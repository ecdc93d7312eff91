import { DRIVER_IDS, type DriverId } from './drivers';

/**
 * A quantity seen at two moments (a = before, b = after) together with its sensitivity to each driver,
 * such that b − a = Σ s[d] × Δdriver[d] exactly (to float precision). Products use the midpoint rule,
 * monotone clamps scale the sensitivities: this is the midpoint decomposition of DESIGN §3.
 */
export interface Dual {
  readonly a: number;
  readonly b: number;
  readonly s: readonly number[]; // indexed like DRIVER_IDS
}

const N = DRIVER_IDS.length;
export const DRIVER_INDEX: Readonly<Record<DriverId, number>> = Object.fromEntries(
  DRIVER_IDS.map((id, i) => [id, i]),
) as Record<DriverId, number>;

/** A dual being computed: a slot of the pool below. */
class Slot implements Dual {
  a = 0;
  b = 0;
  // Plain arrays of doubles: an 11-double typed array is allocated off the heap, which costs more than the arithmetic.
  readonly s: number[] = [0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  constructor() {
    this.s[0] = 0;
  }
}

/**
 * Duals are written into a pool of slots that every evaluation of the model reuses (~30 of them an
 * evaluation, each an object and an array, were a fifth of everything a playthrough allocated). A dual is
 * therefore valid until the next {@linkcode beginEvaluation}: read what you need from a model's result
 * before evaluating it again. The sim is synchronous, so one pool per thread is enough.
 */
const pool: Slot[] = [];
let used = 0;

/** Starts an evaluation: every dual handed out before is given back to the pool. */
export function beginEvaluation(): void {
  used = 0;
}

function take(): Slot {
  if (used === pool.length) pool.push(new Slot());
  return pool[used++]!;
}

/** A fresh dual with value `a` before, `b` after and no sensitivity yet. */
function fresh(a: number, b: number): Slot {
  const slot = take();
  slot.a = a;
  slot.b = b;
  const s = slot.s;
  for (let i = 0; i < N; i++) s[i] = 0; // a loop V8 inlines; fill() on 11 numbers cost 2 % of a run
  return slot;
}

export function driver(
  id: DriverId,
  before: Readonly<Record<DriverId, number>>,
  after: Readonly<Record<DriverId, number>>,
): Dual {
  const slot = fresh(before[id], after[id]);
  slot.s[DRIVER_INDEX[id]] = 1;
  return slot;
}

/**
 * Σ weight × term, plus `offset`: linear, so sensitivities add. Built term by term (`sum(offset)`, then
 * `plus` for each term, in order), without a list of pairs to allocate.
 */
export function sum(offset = 0): Slot {
  return fresh(offset, offset);
}

/** Adds `weight × term` to a sum begun with {@linkcode sum}. */
export function plus(total: Slot, weight: number, term: Dual): Slot {
  total.a += weight * term.a;
  total.b += weight * term.b;
  const s = total.s;
  const t = term.s;
  for (let i = 0; i < N; i++) s[i] = s[i]! + weight * t[i]!;
  return total;
}

/** x × y by the midpoint rule: Δ(xy) = mean(y)·Δx + mean(x)·Δy, exact. */
export function product(x: Dual, y: Dual): Dual {
  const my = (y.a + y.b) / 2;
  const mx = (x.a + x.b) / 2;
  const slot = take();
  const s = slot.s;
  for (let i = 0; i < N; i++) s[i] = my * x.s[i]! + mx * y.s[i]!;
  slot.a = x.a * y.a;
  slot.b = x.b * y.b;
  return slot;
}

/** A monotone map (clamp, min with a constant): the change is shared in the child's proportions. */
export function monotone(x: Dual, f: (value: number) => number): Dual {
  const a = f(x.a);
  const b = f(x.b);
  const dx = x.b - x.a;
  // With no net change in the child, the map is locally the identity unless it is flat (clamped) there.
  const ratio = Math.abs(dx) > 1e-12 ? (b - a) / dx : f(x.a + 1e-6) !== a ? 1 : 0;
  const slot = take();
  const s = slot.s;
  for (let i = 0; i < N; i++) s[i] = ratio * x.s[i]!;
  slot.a = a;
  slot.b = b;
  return slot;
}
