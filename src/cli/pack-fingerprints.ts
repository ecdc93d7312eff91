import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  isVersionLock,
  normaliseLineEndings,
  type PackFingerprint,
  type VersionLock,
} from '../content/version-lock';
import { readYaml } from '../content/yaml-guard';
import { CliError } from './cli-error';
import { displayPath, NOT_PACKS, SCENARIOS_DIR } from './load-scenario';

/** `scenarios/versions.lock.json`. */
export const LOCK_PATH = resolve(SCENARIOS_DIR, 'versions.lock.json');

/** The SHA-256 (hex) of a pack's text with LF line endings. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseLineEndings(text), 'utf8').digest('hex');
}

/** A pack's id, `version` (read from the YAML; undefined when absent or unreadable) and content hash. */
export function fingerprint(id: string, text: string): PackFingerprint {
  const read = readYaml(text, `${id}.yaml`);
  const version = read.ok ? (read.yaml.value as { version?: unknown }).version : undefined;
  return {
    id,
    version: typeof version === 'number' && Number.isSafeInteger(version) ? version : undefined,
    sha256: contentHash(text),
  };
}

/** Every shipped pack in `dir` (its .yaml files but sources.yaml and glossary.yaml), in id order. */
export function shippedPacks(dir = SCENARIOS_DIR): PackFingerprint[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !NOT_PACKS.has(name))
    .sort()
    .map((name) => fingerprint(name.slice(0, -'.yaml'.length), readFileSync(resolve(dir, name), 'utf8')));
}

/** The lock file, or a {@linkcode CliError} (exit code 1) when it is missing or malformed. */
export function readLock(path = LOCK_PATH): VersionLock {
  const shown = displayPath(path);
  if (!existsSync(path)) throw new CliError(`${shown} is missing: run \`npm run lock:versions\``, 1);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${shown} is not valid JSON (${(error as Error).message})`, 1);
  }
  if (!isVersionLock(value))
    throw new CliError(`${shown} is not {"<pack id>": {"version": N, "sha256": "<64 hex digits>"}}`, 1);
  return value;
}

/** The lock as written: two-space JSON, keys in order, a final newline (what prettier leaves alone). */
export function formatLock(lock: VersionLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
