import { describe, expect, it } from 'vitest';
import { fingerprint, readLock, shippedPacks } from '../../src/cli/pack-fingerprints';
import { checkVersionLock, isVersionLock, lockOf } from '../../src/content/version-lock';

// DESIGN §5: a pack's content may not change without a `version` bump, since run codes and saves name
// the version they were played on. The lock pins each shipped pack's version and content hash.
describe('scenarios/versions.lock.json', () => {
  it('lists exactly the shipped packs, and each one’s version and content still match', () => {
    const packs = shippedPacks();
    const lock = readLock();
    expect(Object.keys(lock).sort()).toEqual(packs.map((pack) => pack.id));
    expect(checkVersionLock(packs, lock)).toEqual([]);
  });
});

describe('checkVersionLock', () => {
  const v3 = 'formatVersion: 1\nid: kessaria\nversion: 3\nturns: 12\n';
  const locked = lockOf([fingerprint('kessaria', v3)]);

  it('holds for the packs it was made from', () => {
    expect(locked).toEqual({ kessaria: { version: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(isVersionLock(locked)).toBe(true);
    expect(checkVersionLock([fingerprint('kessaria', v3)], locked)).toEqual([]);
  });

  it('hashes the content with LF line endings, so a Windows checkout matches', () => {
    const crlf = v3.replace(/\n/g, '\r\n');
    expect(fingerprint('kessaria', crlf).sha256).toBe(locked.kessaria!.sha256);
    expect(checkVersionLock([fingerprint('kessaria', crlf)], locked)).toEqual([]);
  });

  it('fails when a pack’s content changes without a version bump', () => {
    const changed = v3.replace('turns: 12', 'turns: 8');
    expect(checkVersionLock([fingerprint('kessaria', changed)], locked)).toEqual([
      'kessaria.yaml changed but its version is still 3: bump `version` and run `npm run lock:versions`',
    ]);
  });

  it('fails when the version was bumped but the lock not updated, with or without a content change', () => {
    const bumped = v3.replace('version: 3', 'version: 4');
    const message =
      'kessaria.yaml is version 4 but versions.lock.json pins version 3: run `npm run lock:versions`';
    expect(checkVersionLock([fingerprint('kessaria', bumped)], locked)).toEqual([message]);
    const bumpedAndChanged = bumped.replace('turns: 12', 'turns: 8');
    expect(checkVersionLock([fingerprint('kessaria', bumpedAndChanged)], locked)).toEqual([message]);
    expect(
      checkVersionLock([fingerprint('kessaria', bumped)], lockOf([fingerprint('kessaria', bumped)])),
    ).toEqual([]);
  });

  it('refuses a version that went down', () => {
    const lowered = v3.replace('version: 3', 'version: 2');
    expect(checkVersionLock([fingerprint('kessaria', lowered)], locked)).toEqual([
      expect.stringMatching(/^kessaria\.yaml is version 2, below the 3 that versions\.lock\.json pins/),
    ]);
  });

  it('fails for a shipped pack missing from the lock and a lock entry without its pack', () => {
    const other = fingerprint('tessaly', 'id: tessaly\nversion: 1\n');
    expect(checkVersionLock([other], locked)).toEqual([
      'tessaly.yaml is not in versions.lock.json: run `npm run lock:versions`',
      'versions.lock.json pins kessaria.yaml, which is not in scenarios/: run `npm run lock:versions`',
    ]);
  });

  it('asks for a version when a pack has none', () => {
    const unversioned = fingerprint('kessaria', 'id: kessaria\n');
    expect(unversioned.version).toBeUndefined();
    expect(checkVersionLock([unversioned], locked)[0]).toMatch(
      /^kessaria\.yaml has no whole-number `version`/,
    );
  });

  it('accepts only {id: {version, sha256}} as a lock', () => {
    expect(isVersionLock({})).toBe(true);
    expect(isVersionLock([])).toBe(false);
    expect(isVersionLock({ kessaria: { version: 3 } })).toBe(false);
    expect(isVersionLock({ kessaria: { version: '3', sha256: 'a'.repeat(64) } })).toBe(false);
    expect(isVersionLock({ kessaria: { version: 3, sha256: 'a'.repeat(64), note: 'x' } })).toBe(false);
  });
});
