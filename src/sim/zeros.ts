/**
 * `n` zeros in a packed array of doubles. `new Array(n).fill(0)` gives a holey array of small integers that
 * V8 must convert (a second allocation) at the first fractional value written into it; a slice of a packed
 * double array is one copy, already of the kind the ledgers and weights use.
 */
export function zeros(n: number): number[] {
  if (n > template.length) template = doublesOfLength(Math.max(n, 2 * template.length));
  return template.slice(0, n);
}

function doublesOfLength(n: number): number[] {
  const array = [0.5]; // a fractional first element makes the array's kind "packed doubles"
  for (let i = 1; i < n; i++) array.push(0);
  array[0] = 0;
  return array;
}

let template = doublesOfLength(256);

/**
 * An empty array that V8 already stores as an array of objects. `[]` starts as an array of small integers
 * and changes kind at its first push; a session's queue and history made that change in every run, and
 * optimised code that had seen only one kind deoptimised at the push (`--trace-deopt`: "not a Smi"). Copies
 * by spread, `slice` or `filter` keep the kind.
 */
export function emptyList<T extends object | string>(): T[] {
  const list: (T | null)[] = [null]; // null is stored as an object: the array's kind is "packed objects"
  list.pop();
  return list as T[];
}
