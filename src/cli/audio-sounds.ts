import type { SoundCue } from '../ports';
import {
  band,
  envelope,
  lowPass,
  mix,
  noise,
  normalise,
  partials,
  reverb,
  SAMPLE_RATE,
  silence,
  type Samples,
} from './audio-synth';

/** Loop length of every ambient bed, in seconds (DESIGN §7 asks ≥ 30 s). */
export const BED_SECONDS = 32;

/** A frequency moved to a whole number of cycles per loop, so every tone joins itself at the seam. */
const onLoop = (hz: number) => Math.round(hz * BED_SECONDS) / BED_SECONDS;

/** An organ-like drone: a few harmonics, two voices a hair apart (a slow beat), swelling `swells` times per loop. */
function drone(hz: number, swells: number, phase: number): Samples {
  const out = silence(BED_SECONDS);
  const voices = [onLoop(hz), onLoop(hz) + 2 / BED_SECONDS];
  for (const f of voices)
    for (const [harmonic, amplitude] of [
      [1, 1],
      [2, 0.35],
      [3, 0.18],
      [4, 0.08],
    ] as const) {
      const w = (2 * Math.PI * f * harmonic) / SAMPLE_RATE;
      for (let i = 0; i < out.length; i++) out[i] = out[i]! + amplitude * Math.sin(w * i);
    }
  const swell = (2 * Math.PI * swells) / out.length;
  return out.map((value, i) => value * (0.55 + 0.45 * Math.sin(swell * i + phase)));
}

/** Wind or surf: a band of noise whose level rises and falls `gusts` times per loop. */
function air(seed: string, lowHz: number, highHz: number, gusts: number, depth: number): Samples {
  const texture = band(noise(BED_SECONDS, seed), lowHz, highHz, true);
  const gust = (2 * Math.PI * gusts) / texture.length;
  return texture.map((value, i) => value * (1 - depth + depth * (0.5 + 0.5 * Math.sin(gust * i))) ** 2);
}

/** A distant struck bell, written round the loop so a late strike's tail wraps to the start. */
function bells(target: Samples, hz: number, times: readonly number[], gain: number): void {
  const strike = partials(7, hz, [
    [1, 1, 2.2],
    [2.32, 0.45, 1.2],
    [4.25, 0.2, 0.6],
  ]);
  for (const at of times) mix(target, lowPass(strike, 2400), gain, at, true);
}

interface BedRecipe {
  readonly tones: readonly (readonly [hz: number, gain: number])[];
  readonly air: readonly [lowHz: number, highHz: number, gusts: number, gain: number];
  readonly bells?: readonly [hz: number, times: readonly number[]];
}

/**
 * One bed per country (DESIGN §7): a low drone in its own key, under the sound of its land — Kessaria's
 * dry savanna wind, Veridane's thin mountain air and far-off bells, Halora's slow surf.
 */
export const BEDS: Readonly<Record<string, BedRecipe>> = {
  kessaria: {
    tones: [
      [73.42, 0.5], // D2
      [110, 0.3], // A2
      [174.61, 0.14], // F3: minor
    ],
    air: [180, 900, 4, 2.2],
  },
  veridane: {
    tones: [
      [55, 0.5], // A1
      [82.41, 0.3], // E2
      [130.81, 0.12], // C3
    ],
    air: [500, 2400, 2, 1.4],
    bells: [392, [3, 14.5, 23]],
  },
  halora: {
    tones: [
      [87.31, 0.45], // F2
      [130.81, 0.3], // C3
      [196, 0.13], // G3: open fifths, suspended
    ],
    air: [90, 700, 4, 3.2],
  },
};

export function bed(packId: string): Samples {
  const recipe = BEDS[packId];
  if (!recipe) throw new Error(`no bed recipe for ${packId}`);
  const out = silence(BED_SECONDS);
  recipe.tones.forEach(([hz, gain], index) =>
    mix(out, lowPass(drone(hz, index + 1, index * 2.1), 900, true), gain),
  );
  const [lowHz, highHz, gusts, gain] = recipe.air;
  mix(out, air(`bed-${packId}`, lowHz, highHz, gusts, 0.8), gain);
  if (recipe.bells) bells(out, recipe.bells[0], recipe.bells[1], 0.12);
  return normalise(out, 0.6);
}

/** A soft tick: a short high sine with a click of noise. */
function select(): Samples {
  const out = partials(0.12, 1320, [
    [1, 1, 0.025],
    [2, 0.25, 0.012],
  ]);
  mix(out, envelope(lowPass(noise(0.004, 'select'), 3000), 0.0005, 0.003), 0.3);
  return normalise(envelope(out, 0.002, 0.02), 0.5);
}

/** A page turn: two quiet rising notes. */
function advance(): Samples {
  const note = (hz: number) =>
    partials(0.35, hz, [
      [1, 1, 0.12],
      [2, 0.3, 0.06],
    ]);
  const out = silence(0.45);
  mix(out, envelope(note(587.33), 0.004, 0.05), 1, 0);
  mix(out, envelope(note(880), 0.004, 0.05), 0.9, 0.09);
  return normalise(reverb(out, 0.25, 0.3), 0.45);
}

/** The crisis: a low brass cluster (D, E♭, A) with a drum hit, trembling, then dying away. */
function crisis(): Samples {
  const seconds = 2.2;
  const out = silence(seconds);
  for (const hz of [73.42, 77.78, 110]) {
    const saw = partials(
      seconds,
      hz,
      Array.from({ length: 12 }, (_, k) => [k + 1, 1 / (k + 1), 0.5 + 1.2 / (k + 1)] as const),
    );
    mix(out, saw, 0.5);
  }
  const tremolo = (2 * Math.PI * 7) / SAMPLE_RATE;
  const brass = envelope(lowPass(out, 1100), 0.03, 0.9).map(
    (value, i) => value * (0.8 + 0.2 * Math.sin(tremolo * i)),
  );
  const drum = silence(0.8);
  let phase = 0;
  for (let i = 0; i < drum.length; i++) {
    const t = i / SAMPLE_RATE;
    phase += (2 * Math.PI * (45 + 60 * Math.exp(-t / 0.05))) / SAMPLE_RATE;
    drum[i] = Math.sin(phase) * Math.exp(-t / 0.25);
  }
  mix(brass, drum, 1.4);
  return normalise(reverb(brass, 0.3, 0.6), 0.85);
}

/** A consequence arriving from earlier: a swell drawn in backwards, a bell, and its echoes. */
function delayed(): Samples {
  const seconds = 2.4;
  const out = silence(seconds);
  const swellLength = 0.9;
  const swell = band(noise(swellLength, 'delayed'), 300, 3000).map((value, i, all) => {
    const rise = i / all.length;
    return value * rise * rise * rise;
  });
  mix(out, swell, 0.6);
  const tone = partials(swellLength, 392, [[1, 0.4, Infinity]]).map(
    (value, i, all) => value * (i / all.length) ** 2,
  );
  mix(out, tone, 0.5);
  const bell = partials(seconds - swellLength, 392, [
    [1, 1, 1.3],
    [2.32, 0.5, 0.7],
    [4.25, 0.25, 0.35],
    [6.63, 0.1, 0.2],
  ]);
  mix(out, bell, 1, swellLength);
  mix(out, bell, 0.4, swellLength + 0.3);
  mix(out, bell, 0.18, swellLength + 0.6);
  return normalise(envelope(reverb(out, 0.35, 0.8), 0.001, 0.3), 0.8);
}

/** A mandate review: two knocks of a gavel, then a calm chord. */
function review(): Samples {
  const out = silence(1.8);
  const knock = partials(0.12, 180, [[1, 1, 0.03]]);
  mix(
    knock,
    band(noise(0.05, 'knock'), 200, 1500).map((v, i) => v * Math.exp(-i / (0.01 * SAMPLE_RATE))),
    0.8,
  );
  mix(out, knock, 1, 0);
  mix(out, knock, 0.8, 0.22);
  for (const [hz, at] of [
    [261.63, 0.5],
    [329.63, 0.56],
    [392, 0.62],
  ] as const)
    mix(out, envelope(partials(1.8 - at, hz, [[1, 0.4, 0.9]]), 0.02, 0.3), 1, at);
  return normalise(reverb(out, 0.3, 0.6), 0.7);
}

/** The ending: a slow, low chord sinking a minor third, sober rather than triumphant. */
function ending(): Samples {
  const seconds = 3;
  const out = silence(seconds);
  for (const hz of [110, 164.81, 220]) {
    const chord = partials(seconds, hz, [
      [1, 1, Infinity],
      [2, 0.3, Infinity],
    ]);
    mix(out, chord, 0.4);
  }
  for (const hz of [92.5, 138.59]) mix(out, partials(seconds, hz, [[1, 1, Infinity]]), 0.25, 1.2);
  return normalise(reverb(envelope(lowPass(out, 1200), 0.8, 1.2), 0.35, 0.8), 0.7);
}

export const CUE_SOUNDS: Readonly<Record<SoundCue, () => Samples>> = {
  'ui.select': select,
  'ui.advance': advance,
  'stinger.crisis': crisis,
  'stinger.delayed': delayed,
  'stinger.review': review,
  'stinger.ending': ending,
};
