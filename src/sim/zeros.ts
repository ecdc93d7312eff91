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
