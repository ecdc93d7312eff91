/**
 * `scenarios/versions.lock.json` (DESIGN §5): each shipped pack's `version` and the SHA-256 of its content
 * (line endings normalised to LF), so a change to a pack without a version bump is caught before it ships
 * — old run codes and saves would replay differently on it. Pure: reading files and hashing are the
 * caller's (src/cli/pack-fingerprints.ts); this only compares.
 */

/** What the lock pins for one pack. */
export interface LockEntry {
  readonly version: number;
  readonly sha256: string; // hex, of the content with LF line endings
}

/** Pack id (its file name without `.yaml`) → what is pinned. */
export type VersionLock = Readonly<Record<string, LockEntry>>;

/** A shipped pack as it is now: `version` is undefined when the file has no whole-number version. */
export interface PackFingerprint {
  readonly id: string;
  readonly version: number | undefined;
  readonly sha256: string;
}

const LOCK_FILE = 'versions.lock.json';
const RELOCK = 'run `npm run lock:versions`';

/** The text as hashed: CRLF and lone CR become LF, so a Windows checkout pins the same hash. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whether `value` has the shape of a {@linkcode VersionLock}. */
export function isVersionLock(value: unknown): value is VersionLock {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      Number.isSafeInteger((entry as LockEntry).version) &&
      typeof (entry as LockEntry).sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test((entry as LockEntry).sha256) &&
      Object.keys(entry).length === 2,
  );
}

/** The lock that pins `packs` as they are, keys in id order. */
export function lockOf(packs: readonly PackFingerprint[]): VersionLock {
  return Object.fromEntries(
    [...packs]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((pack) => [pack.id, { version: pack.version ?? 0, sha256: pack.sha256 }]),
  );
}

/**
 * Every way `packs` and `lock` disagree, one sentence each with its fix (none: the lock holds):
 * content changed without a version bump; a version bumped (or lowered) without re-locking; a pack
 * missing from the lock; a lock entry for a pack that is no longer shipped.
 *
 * @example
 * checkVersionLock([{ id: 'kessaria', version: 3, sha256: changed }], { kessaria: { version: 3, sha256: old } });
 * // → ['kessaria.yaml changed but its version is still 3: bump `version` and run `npm run lock:versions`']
 */
export function checkVersionLock(packs: readonly PackFingerprint[], lock: VersionLock): string[] {
  const problems: string[] = [];
  for (const pack of packs) {
    const file = `${pack.id}.yaml`;
    const pinned = Object.hasOwn(lock, pack.id) ? lock[pack.id] : undefined;
    if (pack.version === undefined || !Number.isSafeInteger(pack.version)) {
      problems.push(`${file} has no whole-number \`version\`: add one (DESIGN §5), then ${RELOCK}`);
    } else if (pinned === undefined) {
      problems.push(`${file} is not in ${LOCK_FILE}: ${RELOCK}`);
    } else if (pack.version === pinned.version) {
      if (pack.sha256 !== pinned.sha256)
        problems.push(
          `${file} changed but its version is still ${pack.version}: bump \`version\` and ${RELOCK}`,
        );
    } else if (pack.version > pinned.version) {
      problems.push(
        `${file} is version ${pack.version} but ${LOCK_FILE} pins version ${pinned.version}: ${RELOCK}`,
      );
    } else {
      problems.push(
        `${file} is version ${pack.version}, below the ${pinned.version} that ${LOCK_FILE} pins: a version never ` +
          `goes down (runs of v${pinned.version} exist); set it to ${pinned.version + 1} and ${RELOCK}`,
      );
    }
  }
  const shipped = new Set(packs.map((pack) => pack.id));
  for (const id of Object.keys(lock).sort())
    if (!shipped.has(id))
      problems.push(`${LOCK_FILE} pins ${id}.yaml, which is not in scenarios/: ${RELOCK}`);
  return problems;
}
