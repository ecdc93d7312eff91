// The packs and the glossary as the scenario plugin ships them (DESIGN §8, STYLE §6), in real Vite builds of
// a small page: JSON files beside the bundle in a build that can fetch, chunks of the one script in the single
// file, and JSON made on request by the dev server.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CONTENT_PATH, scenarioYaml } from '../../src/cli/vite-scenario-plugin';
import { BROKEN, FIXTURES, minimal } from '../content/content-helpers';

const GLOSSARY =
  'terms:\n  - id: ssr\n    term: { en: SSR, fr: RSS }\n    definition: { en: Reform, fr: Réforme }\n';
const ENTRY = `import packs from 'virtual:scenario-packs';
import glossary from 'virtual:shared-glossary';
globalThis.content = { packs, glossary };
`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'content-sources-'));
  mkdirSync(join(root, 'scenarios'));
  copyFileSync('scenarios/sources.yaml', join(root, 'scenarios/sources.yaml'));
  copyFileSync(`${FIXTURES}/minimal.yaml`, join(root, 'scenarios/minimal.yaml'));
  writeFileSync(join(root, 'scenarios/glossary.yaml'), GLOSSARY);
  writeFileSync(join(root, 'main.js'), ENTRY);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Builds main.js into `out` with the plugin, as the web build (`base` '/') or an LMS package ('./') would. */
async function buildPage(out: string, inline: boolean, base = '/') {
  await build({
    root,
    base,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenarioYaml({ inline })],
    build: {
      outDir: out,
      emptyOutDir: true,
      rolldownOptions: {
        input: join(root, 'main.js'),
        ...(inline ? { output: { format: 'iife' as const, codeSplitting: false } } : {}),
      },
    },
  });
  const files = readdirSync(join(out, 'assets')).sort();
  const script = files
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(out, 'assets', file), 'utf8'));
  return {
    files,
    js: script.join('\n'),
    read: (file: string) => readFileSync(join(out, 'assets', file), 'utf8'),
  };
}

describe('a build that fetches its content (web, SCORM, cmi5)', () => {
  it('ships each pack and the glossary as JSON assets, the same data Node tests see, and no pack in the JS', async () => {
    const built = await buildPage(join(root, 'dist-web'), false);
    const pack = built.files.find((file) => /^pack-minimal-[\w-]+\.json$/.test(file));
    const glossary = built.files.find((file) => /^glossary-[\w-]+\.json$/.test(file));
    expect(pack).toBeDefined();
    expect(glossary).toBeDefined();
    expect(JSON.parse(built.read(pack!))).toEqual(JSON.parse(JSON.stringify(minimal())));
    expect(JSON.parse(built.read(glossary!))).toEqual({
      terms: [{ id: 'ssr', term: { en: 'SSR', fr: 'RSS' }, definition: { en: 'Reform', fr: 'Réforme' } }],
    });
    expect(built.js).toContain(`minimal:{url:\`/assets/${pack!}\`}`);
    expect(built.js).toContain(`/assets/${glossary!}`);
    expect(built.js).not.toContain(minimal().briefing.blurb.en);
  });

  it('names the files relative to the script when the package is served from its own folder (--base ./)', async () => {
    const built = await buildPage(join(root, 'dist-lms'), false, './');
    const pack = built.files.find((file) => file.startsWith('pack-minimal-'))!;
    expect(built.js).toContain(`new URL(\`${pack}\`,import.meta.url).href`);
  });
});

describe('the single file', () => {
  it('keeps its packs and glossary inside its one script: nothing to fetch from file://', async () => {
    const built = await buildPage(join(root, 'dist-single'), true);
    expect(built.files.filter((file) => !file.endsWith('.js'))).toEqual([]);
    expect(built.js).toContain(minimal().briefing.blurb.en);
    expect(built.js).toContain('Réforme');
    expect(built.js).not.toMatch(/\.json\b/);
  });
});

describe('the dev server', () => {
  let vite: ViteDevServer;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    vite = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenarioYaml({ inline: false })],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    server = createHttpServer(vite.middlewares);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await vite.close();
  });

  it('points the sources at JSON it makes from the YAML on request', async () => {
    const module = await vite.transformRequest('virtual:scenario-packs');
    expect(module?.code).toContain(`"minimal": { url: "${DEV_CONTENT_PATH}pack-minimal.json" }`);
    const pack = await fetch(`${base}${DEV_CONTENT_PATH}pack-minimal.json`);
    expect([pack.status, pack.headers.get('content-type')]).toEqual([200, 'application/json']);
    expect(await pack.json()).toEqual(JSON.parse(JSON.stringify(minimal())));
    const glossary = await fetch(`${base}${DEV_CONTENT_PATH}glossary.json`);
    expect(((await glossary.json()) as { terms: unknown[] }).terms).toHaveLength(1);
  });

  it('answers a pack that fails its check with the check’s lines, and an unknown one with a 404', async () => {
    copyFileSync(`${BROKEN}/target-typo.yaml`, join(root, 'scenarios/target-typo.yaml'));
    try {
      const broken = await fetch(`${base}${DEV_CONTENT_PATH}pack-target-typo.json`);
      expect(broken.status).toBe(500);
      expect(await broken.text()).toContain('"acountability" is not a driver');
    } finally {
      rmSync(join(root, 'scenarios/target-typo.yaml'));
    }
    expect((await fetch(`${base}${DEV_CONTENT_PATH}pack-atlantis.json`)).status).toBe(404);
  });
});
