import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('src', file));
const isCli = (file: string) => file.startsWith(join('src', 'cli') + sep);

type Rule = [pattern: RegExp, reason: string];

const headlessRules: Rule[] = [
  [/from ['"]phaser['"]/, 'src/ is headless; rendering lives in scenes/'],
  [/from ['"]howler['"]/, 'play sounds through AudioPort (src/ports.ts)'],
  [/from ['"][^'"]*\bscenes\//, 'src/ never depends on scenes/'],
  [/Math\.random\(/, 'draw from src/sim/rng.ts so sessions replay'],
  [/\b(window|document|localStorage)\.\w/, 'browser APIs belong to scenes/adapters'],
];

/** Outside src/cli/, src/ also ships to the browser and replays exactly. */
const browserSafeRules: Rule[] = [
  [
    /['"]node:\w+/,
    'node:* only under src/cli/: the rest of src/ ships to the browser (import built-ins as node:*)',
  ],
  [
    /Date\.now\(|new Date\(|performance\.now\(/,
    'game time is turns; the clock belongs to scenes/ (and to the bench)',
  ],
];

describe.each(srcFiles)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const rules = isCli(file) ? headlessRules : [...headlessRules, ...browserSafeRules];
  it.each(rules)('stays clear of %s', (pattern, reason) => {
    expect(text, reason).not.toMatch(pattern);
  });
});
