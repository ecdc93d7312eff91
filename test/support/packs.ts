import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';

/** A pack as the browser tests need it: its id and its country name in each language. */
export interface PackName {
  readonly id: string;
  readonly title: { readonly en: string; readonly fr: string };
}

/**
 * The packs a build holds, read in Node: every scenarios/*.yaml (but sources.yaml and glossary.yaml), then
 * the files of DM_EXTRA_PACKS when the tests run with it set (src/cli/vite-scenario-plugin.ts).
 */
export function builtPacks(): PackName[] {
  const shipped = readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml') && name !== 'sources.yaml' && name !== 'glossary.yaml')
    .sort()
    .map((name) => `scenarios/${name}`);
  const extra = (process.env.DM_EXTRA_PACKS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '');
  return [...shipped, ...extra].map((file) => {
    const pack = parse(readFileSync(file, 'utf8')) as { title: { en: string; fr: string } };
    return { id: basename(file, '.yaml'), title: { en: pack.title.en, fr: pack.title.fr } };
  });
}
