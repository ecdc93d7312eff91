/**
 * A copy of a string-keyed record as a dictionary (an object without a prototype).
 *
 * Flags, benchmarks and outputs are keyed by content ids that arrive in
 * a different order in every run. Plain objects would then take a new hidden class per order, and every read
 * of them in the hot loop (conditions, eligibility) would miss V8's inline caches; an object without a
 * prototype is kept as a hash table from the start, so a read is one lookup whatever the order.
 */
export function dictionaryOf<T>(from: Readonly<Record<string, T>>): Record<string, T> {
  const copy = Object.create(null) as Record<string, T>;
  const keys = Object.keys(from); // faster than for…in on a dictionary (no prototype chain to walk)
  for (let i = 0; i < keys.length; i++) copy[keys[i]!] = from[keys[i]!]!;
  return copy;
}
