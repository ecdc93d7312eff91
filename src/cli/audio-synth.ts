import { nextFloat, seedRng, type RngState } from '../sim/rng';

/** Every sound is made at 48 kHz mono, Opus's own rate. */
export const SAMPLE_RATE = 48_000;

export type Samples = Float32Array;

export const silence = (seconds: number): Samples => new Float32Array(Math.round(seconds * SAMPLE_RATE));

/** White noise from the seeded RNG, so the same script always gives the same sounds. */
export function noise(seconds: number, seed: string): Samples {
  const out = silence(seconds);
  let rng: RngState = seedRng(seed);
  for (let i = 0; i < out.length; i++) {
    const [value, next] = nextFloat(rng);
    rng = next;
    out[i] = value * 2 - 1;
  }
  return out;
}

/**
 * A one-pole low-pass. With `isLoop` the filter runs over the buffer twice and keeps the second pass, so
 * its state where the loop ends matches where it starts: no click at the seam.
 */
export function lowPass(input: Samples, cutoffHz: number, isLoop = false): Samples {
  const a = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  const out = new Float32Array(input.length);
  let y = 0;
  for (let pass = isLoop ? 0 : 1; pass < 2; pass++)
    for (let i = 0; i < input.length; i++) {
      y += a * (input[i]! - y);
      out[i] = y;
    }
  return out;
}

/** Band of noise between two cut-offs (difference of two low-passes). */
export function band(input: Samples, lowHz: number, highHz: number, isLoop = false): Samples {
  const high = lowPass(input, highHz, isLoop);
  const low = lowPass(input, lowHz, isLoop);
  return high.map((value, i) => value - low[i]!);
}

/** Adds `source × gain` into `target` from sample `at` (wrapping round when `wrap`, for loops). */
export function mix(target: Samples, source: Samples, gain = 1, atSeconds = 0, wrap = false): void {
  const start = Math.round(atSeconds * SAMPLE_RATE);
  for (let i = 0; i < source.length; i++) {
    const j = start + i;
    if (j < target.length) target[j] = target[j]! + source[i]! * gain;
    else if (wrap) target[j % target.length] = target[j % target.length]! + source[i]! * gain;
  }
}

/** A tone from partials: [frequency ratio, amplitude, decay time constant in seconds or Infinity]. */
export function partials(
  seconds: number,
  frequency: number,
  parts: readonly (readonly [ratio: number, amplitude: number, decay: number])[],
): Samples {
  const out = silence(seconds);
  for (const [ratio, amplitude, decay] of parts) {
    const w = (2 * Math.PI * frequency * ratio) / SAMPLE_RATE;
    for (let i = 0; i < out.length; i++) {
      const fade = decay === Infinity ? 1 : Math.exp(-i / (decay * SAMPLE_RATE));
      out[i] = out[i]! + amplitude * fade * Math.sin(w * i);
    }
  }
  return out;
}

/** Attack–release envelope, in seconds: linear attack, then hold, then a linear release to 0 at the end. */
export function envelope(input: Samples, attack: number, release: number): Samples {
  const n = input.length;
  const a = Math.max(1, Math.round(attack * SAMPLE_RATE));
  const r = Math.max(1, Math.round(release * SAMPLE_RATE));
  return input.map((value, i) => value * Math.min(1, i / a, (n - i) / r));
}

/** A small Schroeder reverb (four combs, two all-passes), mixed under the dry sound. */
export function reverb(input: Samples, wet: number, tailSeconds: number): Samples {
  const out = new Float32Array(input.length + Math.round(tailSeconds * SAMPLE_RATE));
  out.set(input);
  const dry = out.slice();
  const wetBus = new Float32Array(out.length);
  for (const [delayMs, feedback] of [
    [29.7, 0.77],
    [37.1, 0.75],
    [41.1, 0.73],
    [43.7, 0.71],
  ] as const) {
    const d = Math.round((delayMs / 1000) * SAMPLE_RATE);
    const line = new Float32Array(out.length);
    for (let i = 0; i < out.length; i++) {
      line[i] = dry[i]! + (i >= d ? line[i - d]! * feedback : 0);
      wetBus[i] = wetBus[i]! + line[i]! * 0.25;
    }
  }
  for (const delayMs of [5, 1.7]) {
    const d = Math.round((delayMs / 1000) * SAMPLE_RATE);
    const copy = wetBus.slice();
    for (let i = 0; i < out.length; i++)
      wetBus[i] = -0.7 * copy[i]! + (i >= d ? copy[i - d]! + 0.7 * wetBus[i - d]! : 0);
  }
  return out.map((value, i) => value + wetBus[i]! * wet);
}

/** Scales to a peak of `peak` (full scale is 1). */
export function normalise(input: Samples, peak: number): Samples {
  let max = 0;
  for (const value of input) max = Math.max(max, Math.abs(value));
  return max === 0 ? input : input.map((value) => (value * peak) / max);
}

/** A 16-bit PCM mono WAV file. */
export function wav(samples: Samples): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((value, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), i * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
