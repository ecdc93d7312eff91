import { existsSync, writeFileSync } from 'node:fs';
import { checkVersionLock, lockOf, type VersionLock } from '../content/version-lock';
import { parseFlags } from './args';
import { CliError, runCli } from './cli-error';
import { displayPath } from './load-scenario';
import { formatLock, LOCK_PATH, readLock, shippedPacks } from './pack-fingerprints';

const USAGE = 'usage: npm run lock:versions [-- --force]';

/**
 * `npm run lock:versions`: rewrites `scenarios/versions.lock.json` to pin every shipped pack's version and
 * content hash (DESIGN §5). It refuses (exit code 1) to re-pin a pack whose content changed while its version
 * did not, or whose version went down: that is the forgotten bump the lock exists to catch. `--force`
 * re-pins anyway, for a change that cannot alter play (a comment, a typo in a note).
 */
function main(argv: readonly string[]): number {
  const flags = parseFlags(argv, { force: 'switch' });
  const packs = shippedPacks();
  for (const pack of packs)
    if (pack.version === undefined)
      throw new CliError(`lock:versions: ${pack.id}.yaml has no whole-number \`version\` (DESIGN §5)`, 1);
  const old: VersionLock = existsSync(LOCK_PATH) ? readLock() : {};
  const refused = checkVersionLock(packs, old).filter(
    (problem) => problem.includes('changed but its version') || problem.includes('never goes down'),
  );
  if (refused.length > 0 && !flags.force) {
    for (const problem of refused) process.stderr.write(`lock:versions: ${problem}\n`);
    process.stderr.write(
      'lock:versions: nothing written; if the change cannot alter play (a comment, a typo), rerun with -- --force\n',
    );
    return 1;
  }
  const lock = lockOf(packs);
  const text = formatLock(lock);
  const shown = displayPath(LOCK_PATH);
  if (existsSync(LOCK_PATH) && text === formatLock(old)) {
    process.stderr.write(`lock:versions: ${shown} already pins ${summary(lock)}\n`);
    return 0;
  }
  writeFileSync(LOCK_PATH, text);
  process.stderr.write(`lock:versions: ${shown} now pins ${summary(lock)}\n`);
  return 0;
}

const summary = (lock: VersionLock) => {
  const entries = Object.entries(lock).map(([id, entry]) => `${id} v${entry.version}`);
  return entries.length === 0 ? 'no packs (none shipped yet)' : entries.join(', ');
};

void runCli('lock:versions', USAGE, () => main(process.argv.slice(2)));
