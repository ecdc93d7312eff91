import packs from 'virtual:scenario-packs';
import glossary from 'virtual:shared-glossary';
import type { Scenario } from '../../src/content/scenario.schema';
import { ContentLoadError, readContent, readPack } from './content-data';

const fetchFile = (url: string) => fetch(url);

/** The packs read so far: each is fetched and parsed once per page, as a module is imported once. */
const loaded = new Map<string, Promise<Scenario>>();

/**
 * The pack `id`, fetched (or, in the single file, read from the bundle) the first time it is played, then
 * kept. Throws a {@linkcode ContentLoadError} when it cannot be read (the next call tries again); an id the
 * build does not hold is `damaged`.
 */
export function loadPack(id: string): Promise<Scenario> {
  const source = Object.hasOwn(packs, id) ? packs[id] : undefined;
  if (!source) return Promise.reject(new ContentLoadError('damaged', `this build holds no pack "${id}"`));
  let pack = loaded.get(id);
  if (!pack) {
    pack = readPack(source, id, fetchFile);
    loaded.set(id, pack);
    pack.catch(() => loaded.delete(id));
  }
  return pack;
}

/** The packs' shared glossary (`{ terms }`), fetched the first time help opens. Throws a ContentLoadError. */
export function loadSharedGlossary(): Promise<unknown> {
  return readContent(glossary, fetchFile);
}
