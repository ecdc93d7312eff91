// The committed sounds (npm run audio): every cue and every shipped country's bed, in both formats, within
// budget, credited, and each cue its own sound (DESIGN §7).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bedFile, cueFile, SOUND_CUES } from '../../src/view-model/sound-cues';
import { builtPacks } from '../support/packs';

const shipped = builtPacks().filter((pack) => existsSync(`scenarios/${pack.id}.yaml`));
const read = (file: string) => readFileSync(`assets/${file}`);

/** Seconds of an Ogg Opus file: the last page's granule position (48 kHz) minus the pre-skip. */
function opusSeconds(bytes: Buffer): number {
  const last = bytes.lastIndexOf('OggS');
  const granule = Number(bytes.readBigInt64LE(last + 6));
  const preSkip = bytes.readUInt16LE(bytes.indexOf('OpusHead') + 10);
  return (granule - preSkip) / 48_000;
}

/** Seconds of an MPEG-1 Layer III file, by walking its frames (after any ID3v2 tag). */
function mp3Seconds(bytes: Buffer): number {
  const BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
  const RATES = [44_100, 48_000, 32_000];
  let offset = bytes.subarray(0, 3).toString('latin1') === 'ID3' ? 10 + (bytes.readUInt32BE(6) & 0x7f) : 0;
  let frames = 0;
  let sampleRate = 0;
  while (offset + 4 <= bytes.length) {
    const header = bytes.readUInt32BE(offset);
    if (header >>> 21 !== 0x7ff) break; // frame sync
    const bitrate = BITRATES[(header >>> 12) & 0xf] ?? 0;
    sampleRate = RATES[(header >>> 10) & 0x3] ?? 0;
    if (bitrate === 0 || sampleRate === 0) break;
    offset += Math.floor((144_000 * bitrate) / sampleRate) + ((header >>> 9) & 1);
    frames++;
  }
  return (frames * 1152) / sampleRate;
}

describe('ambient beds', () => {
  it.each(shipped.map((pack) => pack.id))(
    '%s has a loop of at least 30 s under 250 KB in both formats',
    (id) => {
      const opus = read(`${bedFile(id)}.opus`);
      const mp3 = read(`${bedFile(id)}.mp3`);
      expect(opus.length).toBeLessThan(250_000);
      expect(mp3.length).toBeLessThan(250_000);
      expect(opusSeconds(opus)).toBeGreaterThanOrEqual(30);
      expect(mp3Seconds(mp3)).toBeGreaterThanOrEqual(30);
    },
  );
});

describe('cues', () => {
  it.each(SOUND_CUES)('%s is a short sound (≤ 5 s, ≤ 40 KB) in both formats', (cue) => {
    const opus = read(`${cueFile(cue)}.opus`);
    const mp3 = read(`${cueFile(cue)}.mp3`);
    expect(opus.subarray(28, 36).toString('latin1')).toBe('OpusHead'); // Ogg Opus, not Vorbis or WebM
    for (const bytes of [opus, mp3]) expect(bytes.length).toBeLessThan(40_000);
    expect(opusSeconds(opus)).toBeGreaterThan(0.05);
    expect(opusSeconds(opus)).toBeLessThanOrEqual(5);
    expect(mp3Seconds(mp3)).toBeGreaterThan(0.05);
    expect(mp3Seconds(mp3)).toBeLessThanOrEqual(5.1); // mp3 pads to whole frames of 24 ms
  });

  it('are all different sounds, of different lengths', () => {
    const hashes = SOUND_CUES.map((cue) =>
      createHash('sha256')
        .update(read(`${cueFile(cue)}.opus`))
        .digest('hex'),
    );
    expect(new Set(hashes).size).toBe(SOUND_CUES.length);
    const lengths = SOUND_CUES.map((cue) => opusSeconds(read(`${cueFile(cue)}.opus`)).toFixed(2));
    expect(new Set(lengths).size).toBe(SOUND_CUES.length);
  });
});

describe('assets/CREDITS.md', () => {
  const credits = readFileSync('assets/CREDITS.md', 'utf8');
  const files = [...SOUND_CUES.map(cueFile), ...shipped.map((pack) => bedFile(pack.id))].flatMap((name) => [
    `${name}.opus`,
    `${name}.mp3`,
  ]);
  it.each(files)('credits %s with its author, source and licence', (file) => {
    const row = credits.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    expect(row).toMatch(/\| The Dual Mandate contributors \| synthesised by `npm run audio`.*\| MIT/);
  });
});
