import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bedFile, cueFile, SOUND_CUES } from '../view-model/sound-cues';
import { BEDS, bed, CUE_SOUNDS } from './audio-sounds';
import { wav } from './audio-synth';
import { CliError, runCli } from './cli-error';

// N.B. the outputs are committed: `vite build`, `npm test` and CI never need sox or opus-tools. Only someone
// who changes a sound runs `apt-get install -y sox libsox-fmt-mp3 opus-tools`, then `npm run audio`.
const ASSETS = 'assets';
const TOOLS_HINT = 'install them with: apt-get install -y sox libsox-fmt-mp3 opus-tools';

/** Opus and mp3 bit rates (kbit/s): beds are long and soft, cues short and need their attack. */
const BITRATES = { bed: { opus: 24, mp3: 48 }, cue: { opus: 40, mp3: 64 } } as const;

function run(command: string, args: string[]): void {
  const child = spawnSync(command, args, { encoding: 'utf8' });
  if (child.error)
    throw new CliError(`audio: cannot run ${command} (${child.error.message}); ${TOOLS_HINT}`, 1);
  if (child.status !== 0)
    throw new CliError(`audio: ${command} ${args.join(' ')} failed:\n${child.stderr.trim()}`, 1);
}

/** Writes `<name>.opus` (opusenc: Ogg Opus) and `<name>.mp3` (sox with libsox-fmt-mp3) from the samples. */
function encode(scratch: string, name: string, samples: Float32Array, kind: 'bed' | 'cue'): string {
  const source = join(scratch, `${name.replace('/', '-')}.wav`);
  writeFileSync(source, wav(samples));
  const target = join(ASSETS, name);
  const rates = BITRATES[kind];
  // A fixed stream serial number keeps the .opus byte-identical from one run to the next.
  run('opusenc', ['--quiet', '--serial', '1', '--bitrate', `${rates.opus}`, source, `${target}.opus`]);
  run('sox', [source, '-C', `${rates.mp3}`, `${target}.mp3`]);
  const size = (extension: string) => (statSync(`${target}.${extension}`).size / 1024).toFixed(1);
  return `${name}: ${(samples.length / 48_000).toFixed(1)} s, ${size('opus')} KiB opus, ${size('mp3')} KiB mp3`;
}

function main(): number {
  mkdirSync(join(ASSETS, 'audio'), { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'dm-audio-'));
  try {
    for (const cue of SOUND_CUES) console.log(encode(scratch, cueFile(cue), CUE_SOUNDS[cue](), 'cue'));
    for (const packId of Object.keys(BEDS)) console.log(encode(scratch, bedFile(packId), bed(packId), 'bed'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return 0;
}

void runCli('audio', 'usage: npm run audio', () => {
  if (process.argv.length > 2)
    throw new CliError(`audio: takes no arguments (got ${process.argv.slice(2).join(' ')})`);
  return main();
});
