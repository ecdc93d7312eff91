import type { Scenario } from '../../src/content/scenario.schema';

/**
 * How the bundle reaches a content file (a pack, the shared glossary), as src/cli/vite-scenario-plugin.ts
 * serves it in `virtual:scenario-packs` and `virtual:shared-glossary`: a JSON file beside the bundle, fetched
 * when needed (the web build, the LMS packages, the dev server), or a chunk of the bundle itself (the single
 * file, which opens from file:// where nothing can be fetched).
 */
export type ContentSource =
  { readonly url: string } | { readonly module: () => Promise<{ readonly default: unknown }> };

/**
 * Why a content file could not be read: `network` — the request itself failed (offline, the server gone);
 * `damaged` — an answer came, but not the file (an HTTP error, or text that is not the JSON expected).
 */
export type ContentProblem = 'network' | 'damaged';

export class ContentLoadError extends Error {
  constructor(
    readonly problem: ContentProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ContentLoadError';
  }
}

/** What a content file needs of `fetch` (the browser's, or a test double). */
export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** A content source's data. Throws a {@linkcode ContentLoadError} saying what went wrong, never anything else. */
export async function readContent(source: ContentSource, fetchFile: Fetch): Promise<unknown> {
  if ('module' in source) {
    try {
      return (await source.module()).default;
    } catch (error) {
      throw new ContentLoadError('network', `the bundle's content chunk did not load: ${String(error)}`);
    }
  }
  let text: string;
  try {
    const response = await fetchFile(source.url);
    if (!response.ok) throw new ContentLoadError('damaged', `${source.url}: HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (error instanceof ContentLoadError) throw error;
    throw new ContentLoadError('network', `${source.url}: ${String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContentLoadError('damaged', `${source.url}: not JSON`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether data is the pack `id` as the build wrote it (checked in full at build time): the shape the game
 * reads first, enough to tell the pack from a truncated file, another pack or a page served in its place.
 */
export function isPackData(value: unknown, id: string): value is Scenario {
  if (!isRecord(value) || value.id !== id) return false;
  const { formatVersion, version, turns, title } = value;
  return (
    typeof formatVersion === 'number' &&
    typeof version === 'number' &&
    typeof turns === 'number' &&
    isRecord(title) &&
    typeof title.en === 'string' &&
    ['regions', 'actors', 'decisions', 'incidents', 'endings'].every((key) => Array.isArray(value[key]))
  );
}

/** The pack `id` from its source. Throws a {@linkcode ContentLoadError} when it cannot be read or is not the pack. */
export async function readPack(source: ContentSource, id: string, fetchFile: Fetch): Promise<Scenario> {
  const data = await readContent(source, fetchFile);
  if (!isPackData(data, id)) throw new ContentLoadError('damaged', `the data is not the pack "${id}"`);
  return data;
}
