// How the game reads a pack or the glossary (scenes/adapters/content-data.ts): every way the file can fail
// to arrive becomes a ContentLoadError that says which kind of failure it was, so the title can say what to do.
import { describe, expect, it } from 'vitest';
import {
  ContentLoadError,
  isPackData,
  readContent,
  readPack,
  type ContentProblem,
  type Fetch,
} from '../../scenes/adapters/content-data';
import { minimal } from '../content/content-helpers';

const PACK = JSON.parse(JSON.stringify(minimal())) as ReturnType<typeof minimal>;
const URL_ = '/assets/pack-minimal-abc.json';

/** A fetch that answers every URL with `status` and `body`, and records what was asked. */
function answering(status: number, body: string): Fetch & { asked: string[] } {
  const asked: string[] = [];
  const fetchFile = (url: string) => {
    asked.push(url);
    return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });
  };
  return Object.assign(fetchFile, { asked });
}

async function problemOf(reading: Promise<unknown>): Promise<ContentProblem | 'no error'> {
  try {
    await reading;
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(ContentLoadError);
    return (error as ContentLoadError).problem;
  }
}

describe('readPack', () => {
  it('fetches the pack’s JSON file and gives the pack', async () => {
    const fetchFile = answering(200, JSON.stringify(PACK));
    await expect(readPack({ url: URL_ }, 'minimal', fetchFile)).resolves.toEqual(PACK);
    expect(fetchFile.asked).toEqual([URL_]);
  });

  it('reads the single file’s pack from its own chunk, fetching nothing', async () => {
    const fetchFile = answering(500, '');
    const source = { module: () => Promise.resolve({ default: PACK }) };
    await expect(readPack(source, 'minimal', fetchFile)).resolves.toBe(PACK);
    expect(fetchFile.asked).toEqual([]);
  });

  it('calls a request that never got an answer a network problem', async () => {
    const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await problemOf(readPack({ url: URL_ }, 'minimal', offline))).toBe('network');
    const chunk = {
      module: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    };
    expect(await problemOf(readPack(chunk, 'minimal', offline))).toBe('network');
  });

  it.each([
    ['an HTTP error', answering(404, 'Not found')],
    ['a page served in its place', answering(200, '<!doctype html><title>Dual Mandate</title>')],
    ['a truncated file', answering(200, JSON.stringify(PACK).slice(0, 500))],
    ['another pack', answering(200, JSON.stringify({ ...PACK, id: 'kessaria' }))],
    ['JSON that is not a pack', answering(200, '{"terms":[]}')],
  ])('calls %s a damaged file', async (_case, fetchFile) => {
    expect(await problemOf(readPack({ url: URL_ }, 'minimal', fetchFile))).toBe('damaged');
  });
});

describe('readContent', () => {
  it('gives any JSON (the glossary is checked term by term by its reader)', async () => {
    await expect(readContent({ url: '/g.json' }, answering(200, '{"terms":[]}'))).resolves.toEqual({
      terms: [],
    });
    expect(await problemOf(readContent({ url: '/g.json' }, answering(200, 'terms: []')))).toBe('damaged');
  });
});

describe('isPackData', () => {
  it('accepts the pack as the build wrote it, by its id', () => {
    expect(isPackData(PACK, 'minimal')).toBe(true);
    expect(isPackData(PACK, 'kessaria')).toBe(false);
  });

  it.each(['regions', 'decisions', 'endings', 'version', 'title'])('refuses a pack without its %s', (key) => {
    const { [key as keyof typeof PACK]: _dropped, ...rest } = PACK;
    expect(isPackData(rest, 'minimal')).toBe(false);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'minimal', [PACK], 42]) expect(isPackData(value, 'minimal')).toBe(false);
  });
});
