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
// Plain arrays: an 11-double typed array is allocated off the heap, which costs more than the arithmetic.
const zeros = (): number[] => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
export const DRIVER_INDEX: Readonly<Record<DriverId, number>> = Object.fromEntries(
  DRIVER_IDS.map((id, i) => [id, i]),
) as Record<DriverId, number>;

export function driver(
  id: DriverId,
  before: Readonly<Record<DriverId, number>>,
  after: Readonly<Record<DriverId, number>>,
): Dual {
  const s = zeros();
  s[DRIVER_INDEX[id]] = 1;
  return { a: before[id], b: after[id], s };
}

export function constant(value: number): Dual {
  return { a: value, b: value, s: zeros() };
}

/** Σ weight × term: linear, so sensitivities add. */
export function linear(terms: readonly (readonly [number, Dual])[], offset = 0): Dual {
  const s = zeros();
  let a = offset;
  let b = offset;
  for (const [weight, term] of terms) {
    a += weight * term.a;
    b += weight * term.b;
    for (let i = 0; i < N; i++) s[i] = s[i]! + weight * term.s[i]!;
  }
  return { a, b, s };
}

/** x × y by the midpoint rule: Δ(xy) = mean(y)·Δx + mean(x)·Δy, exact. */
export function product(x: Dual, y: Dual): Dual {
  const my = (y.a + y.b) / 2;
  const mx = (x.a + x.b) / 2;
  const s = zeros();
  for (let i = 0; i < N; i++) s[i] = my * x.s[i]! + mx * y.s[i]!;
  return { a: x.a * y.a, b: x.b * y.b, s };
}

/** A monotone map (clamp, min with a constant): the change is shared in the child's proportions. */
export function monotone(x: Dual, f: (value: number) => number): Dual {
  const a = f(x.a);
  const b = f(x.b);
  const dx = x.b - x.a;
  // With no net change in the child, the map is locally the identity unless it is flat (clamped) there.
  const ratio = Math.abs(dx) > 1e-12 ? (b - a) / dx : f(x.a + 1e-6) !== a ? 1 : 0;
  const s = zeros();
  for (let i = 0; i < N; i++) s[i] = ratio * x.s[i]!;
  return { a, b, s };
}
