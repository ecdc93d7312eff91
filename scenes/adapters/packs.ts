import packs from 'virtual:scenario-packs';
import glossary from 'virtual:shared-glossary';
import type { Scenario } from '../../src/content/scenario.schema';
import { ContentLoadError, readContent, readPack } from './content-data';

const fetchFile = (url: string) => fetch(url);

/**
 * The pack `id`, fetched (or, in the single file, read from the bundle) when it is played. Throws a
 * {@linkcode ContentLoadError} when it cannot be read; an id the build does not hold is `damaged`.
 */
export function loadPack(id: string): Promise<Scenario> {
  const source = Object.hasOwn(packs, id) ? packs[id] : undefined;
  if (!source) return Promise.reject(new ContentLoadError('damaged', `this build holds no pack "${id}"`));
  return readPack(source, id, fetchFile);
}

/** The packs' shared glossary (`{ terms }`), fetched the first time help opens. Throws a ContentLoadError. */
export function loadSharedGlossary(): Promise<unknown> {
  return readContent(glossary, fetchFile);
}
