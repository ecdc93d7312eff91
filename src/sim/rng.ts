/** sfc32 state. Four 32-bit words: plain data, threaded through a step like any other value. */
export type RngState = readonly [number, number, number, number];

/** What a draw is for. A new kind of draw gets a new purpose, never a share of another's stream. */
export type RngPurpose = 'news' | 'crisis' | 'hand' | 'incident' | 'noise' | 'policy';

/** The four FNV-1a hashes seedRng runs over its text; rngFor feeds them the pieces without joining them. */
const fnv = new Int32Array(4);
function resetHashes(): void {
  fnv[0] = 0x811c9dc5;
  fnv[1] = 0x01000193;
  fnv[2] = 0x9e3779b9;
  fnv[3] = 0x85ebca6b;
}
function absorb(text: string): void {
  let h0 = fnv[0]!;
  let h1 = fnv[1]!;
  let h2 = fnv[2]!;
  let h3 = fnv[3]!;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h0 = Math.imul(h0 ^ code, 0x01000193);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x01000193);
    h3 = Math.imul(h3 ^ code, 0x01000193);
  }
  fnv[0] = h0;
  fnv[1] = h1;
  fnv[2] = h2;
  fnv[3] = h3;
}

/** The state from the hashes absorbed: 12 sfc32 steps (the arithmetic of `advance`, on locals) spread similar seeds apart. */
function warmedUp(): RngState {
  let a = fnv[0]! >>> 0;
  let b = fnv[1]! >>> 0;
  let c = fnv[2]! >>> 0;
  let d = fnv[3]! >>> 0;
  for (let i = 0; i < 12; i++) {
    const t = (((a + b) | 0) + d) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    d = (d + 1) | 0;
  }
  return [a, b, c, d];
}

/** Seeds from any string (rngFor below hashes its parts the same way): four FNV-1a hashes with different offset bases. */
export function seedRng(seed: string): RngState {
  resetHashes();
  absorb(seed);
  return warmedUp();
}

/**
 * One sfc32 step on a private working copy (the same arithmetic as {@linkcode nextFloat}, without allocating
 * a new state per draw): loops that draw many numbers use it, then hand back a fresh immutable state.
 */
function advance(words: number[]): number {
  const a = words[0]!;
  const b = words[1]!;
  const c = words[2]!;
  const d = words[3]!;
  const t = (((a + b) | 0) + d) | 0;
  words[0] = b ^ (b >>> 9);
  words[1] = (c + (c << 3)) | 0;
  words[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  words[3] = (d + 1) | 0;
  return (t >>> 0) / 4294967296;
}

/** Returns a float in [0, 1) and the next state. Never mutates its argument. */
export function nextFloat(rng: RngState): [number, RngState] {
  // Read by index: destructuring an array runs the iterator protocol, which more than doubled the bytecode of
  // the sim's small hot functions and the TurboFan work of every function they are inlined into (see README).
  const a = rng[0];
  const b = rng[1];
  const c = rng[2];
  const d = rng[3];
  const t = (((a + b) | 0) + d) | 0;
  return [
    (t >>> 0) / 4294967296,
    [b ^ (b >>> 9), (c + (c << 3)) | 0, (((c << 21) | (c >>> 11)) + t) | 0, (d + 1) | 0],
  ];
}

/** An integer in [0, n) and the next state. */
export function nextInt(rng: RngState, n: number): [number, RngState] {
  const drawn = nextFloat(rng);
  return [Math.floor(drawn[0] * n), drawn[1]];
}

/** Picks one item with probability proportional to `weight`; `undefined` if all weights are 0. */
export function pickWeighted<T extends { readonly weight: number }>(
  items: readonly T[],
  rng: RngState,
): [T | undefined, RngState] {
  const drawn = nextFloat(rng);
  const next = drawn[1];
  let total = 0;
  for (let i = 0; i < items.length; i++) total += items[i]!.weight; // a loop, not reduce(): no callback per item
  let remaining = drawn[0] * total;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.weight <= 0) continue;
    remaining -= item.weight;
    if (remaining < 0) return [item, next];
  }
  return [undefined, next];
}

/** A Fisher–Yates shuffle of a copy of `items` (draws exactly as `nextInt` would, one per position). */
export function shuffle<T>(items: readonly T[], rng: RngState): [T[], RngState] {
  const out = items.slice();
  const words = rng.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(advance(words) * (i + 1));
    const swapped = out[i] as T; // not `[out[i], out[j]] = [out[j], out[i]]`, which built an array per swap
    out[i] = out[j] as T;
    out[j] = swapped;
  }
  return [out, [words[0]!, words[1]!, words[2]!, words[3]!]];
}

/** The hashes of `<seed>/` for the last seed asked, which every stream of a session starts from. */
let prefixSeed: string | undefined;
const prefix = new Int32Array(4);
/** `<turn>/<purpose>` by purpose and turn, built once: what rngFor hashes after the seed's prefix. */
const SUFFIXES: Record<RngPurpose, string[]> = {
  news: [],
  crisis: [],
  hand: [],
  incident: [],
  noise: [],
  policy: [],
};

/**
 * The stream for one purpose in one quarter. Choosing a different option in Q3 leaves the Q4 crisis
 * roll, the Q5 hand and every other draw where they were.
 */
export function rngFor(seed: string, turn: number, purpose: RngPurpose): RngState {
  // = seedRng(`${seed}/${turn}/${purpose}`), without building the string (rng.test.ts holds them equal):
  // FNV-1a reads its text left to right, so the hashes of `<seed>/` are kept for the next stream of the
  // same session and only `<turn>/<purpose>` is hashed anew.
  if (seed !== prefixSeed) {
    resetHashes();
    absorb(seed + '/');
    prefix.set(fnv);
    prefixSeed = seed;
  }
  fnv.set(prefix);
  absorb((SUFFIXES[purpose][turn] ??= `${turn}/${purpose}`));
  return warmedUp();
}

/** Seeds are 1–32 characters of [A-Za-z0-9._-] (DESIGN §3). */
export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export function isValidSeed(seed: unknown): seed is string {
  return typeof seed === 'string' && SEED_PATTERN.test(seed);
}
