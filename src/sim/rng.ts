/** sfc32 state. Four 32-bit words: plain data, threaded through a step like any other value. */
export type RngState = readonly [number, number, number, number];

/** What a draw is for. A new kind of draw gets a new purpose, never a share of another's stream. */
export type RngPurpose = 'news' | 'crisis' | 'hand' | 'incident' | 'noise' | 'policy';

/** Seeds from any string (rngFor below builds it): four FNV-1a hashes with different offset bases. */
export function seedRng(seed: string): RngState {
  let h0 = 0x811c9dc5;
  let h1 = 0x01000193;
  let h2 = 0x9e3779b9;
  let h3 = 0x85ebca6b;
  for (let i = 0; i < seed.length; i++) {
    const code = seed.charCodeAt(i);
    h0 = Math.imul(h0 ^ code, 0x01000193);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x01000193);
    h3 = Math.imul(h3 ^ code, 0x01000193);
  }
  // Warm-up: 12 sfc32 steps (the arithmetic of `advance`, on locals) spread similar seeds apart.
  let a = h0 >>> 0;
  let b = h1 >>> 0;
  let c = h2 >>> 0;
  let d = h3 >>> 0;
  for (let i = 0; i < 12; i++) {
    const t = (((a + b) | 0) + d) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    d = (d + 1) | 0;
  }
  return [a, b, c, d];
}

/**
 * One sfc32 step on a private working copy (the same arithmetic as {@linkcode nextFloat}, without allocating
 * a new state per draw): loops that draw many numbers use it, then hand back a fresh immutable state.
 */
function advance(words: number[]): number {
  const [a, b, c, d] = words as [number, number, number, number];
  const t = (((a + b) | 0) + d) | 0;
  words[0] = b ^ (b >>> 9);
  words[1] = (c + (c << 3)) | 0;
  words[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  words[3] = (d + 1) | 0;
  return (t >>> 0) / 4294967296;
}

/** Returns a float in [0, 1) and the next state. Never mutates its argument. */
export function nextFloat([a, b, c, d]: RngState): [number, RngState] {
  const t = (((a + b) | 0) + d) | 0;
  return [
    (t >>> 0) / 4294967296,
    [b ^ (b >>> 9), (c + (c << 3)) | 0, (((c << 21) | (c >>> 11)) + t) | 0, (d + 1) | 0],
  ];
}

/** An integer in [0, n) and the next state. */
export function nextInt(rng: RngState, n: number): [number, RngState] {
  const [roll, next] = nextFloat(rng);
  return [Math.floor(roll * n), next];
}

/** Picks one item with probability proportional to `weight`; `undefined` if all weights are 0. */
export function pickWeighted<T extends { readonly weight: number }>(
  items: readonly T[],
  rng: RngState,
): [T | undefined, RngState] {
  const [roll, next] = nextFloat(rng);
  let remaining = roll * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) {
    if (item.weight <= 0) continue;
    remaining -= item.weight;
    if (remaining < 0) return [item, next];
  }
  return [undefined, next];
}

/** A Fisher–Yates shuffle of a copy of `items` (draws exactly as `nextInt` would, one per position). */
export function shuffle<T>(items: readonly T[], rng: RngState): [T[], RngState] {
  const out = [...items];
  const words = [...rng];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(advance(words) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return [out, [words[0]!, words[1]!, words[2]!, words[3]!]];
}

/**
 * The stream for one purpose in one quarter. Choosing a different option in Q3 leaves the Q4 crisis
 * roll, the Q5 hand and every other draw where they were.
 */
export function rngFor(seed: string, turn: number, purpose: RngPurpose): RngState {
  return seedRng(`${seed}/${turn}/${purpose}`);
}

/** Seeds are 1–32 characters of [A-Za-z0-9._-] (DESIGN §3). */
export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export function isValidSeed(seed: unknown): seed is string {
  return typeof seed === 'string' && SEED_PATTERN.test(seed);
}
