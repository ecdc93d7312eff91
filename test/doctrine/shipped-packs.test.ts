import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The shipped packs' doctrine tests are one file per pack (shipped-pack.ts says why): a new pack needs its own.
describe('doctrine tests of the shipped packs', () => {
  it('exist for every pack in scenarios/', () => {
    const packs = readdirSync(new URL('../../scenarios/', import.meta.url))
      .filter((file) => file.endsWith('.yaml') && file !== 'sources.yaml' && file !== 'glossary.yaml')
      .map((file) => file.replace(/\.yaml$/, ''));
    const tested = readdirSync(new URL('./', import.meta.url))
      .filter((file) => /^shipped-.+\.test\.ts$/.test(file) && file !== 'shipped-packs.test.ts')
      .map((file) => file.replace(/^shipped-(.+)\.test\.ts$/, '$1'));
    expect(packs.length).toBeGreaterThan(0);
    expect(tested.sort()).toEqual(packs.sort());
  });
});
