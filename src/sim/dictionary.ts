/**
 * A copy of a string-keyed record as a dictionary (an object without a prototype).
 *
 * Flags, benchmarks and outputs are keyed by content ids that arrive in
 * a different order in every run. Plain objects would then take a new hidden class per order, and every read
 * of them in the hot loop (conditions, eligibility) would miss V8's inline caches; an object without a
 * prototype is kept as a hash table from the start, so a read is one lookup whatever the order.
 */
export function dictionaryOf<T>(from: Readonly<Record<string, T>>): Record<string, T> {
  // Object.assign copies in Object.keys order, as a loop over the keys did. The loop's body first ran when a
  // review met an earlier suspension, and deoptimised `reviewMandate` there (`--trace-deopt`); a builtin copy
  // has no branch of its own to meet late.
  return Object.assign(Object.create(null) as Record<string, T>, from);
}
