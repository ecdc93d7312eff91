import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * `DM_TARGET` — which page a build makes (unset means `web`):
 * - `web`: the site, an installable PWA (manifest, icons, a service worker precaching everything);
 * - `scorm`, `cmi5`: the LMS packages (src/cli/package-*.ts), which register no service worker (DESIGN §6);
 * - `single`: the one-file build of `npm run package:offline` — one classic IIFE script, no chunks, audio
 *   inlined as data: URIs — that src/cli/package-offline.ts turns into `dual-mandate.html`.
 */
export const TARGET_VARIABLE = 'DM_TARGET';
export type BuildTarget = 'web' | 'scorm' | 'cmi5' | 'single';

export function buildTarget(value = process.env[TARGET_VARIABLE]): BuildTarget {
  if (value === undefined || value === '' || value === 'web') return 'web';
  if (value === 'scorm' || value === 'cmi5' || value === 'single') return value;
  throw new Error(`${TARGET_VARIABLE}=${value} is not a build target: use web, scorm, cmi5 or single`);
}

/** `import inlined from 'virtual:inlined-assets'`: `{ 'audio/x.ogg': 'data:…' }` in the single file, else `{}`. */
export const INLINED_ASSETS = 'virtual:inlined-assets';
const RESOLVED_INLINED_ASSETS = `\0${INLINED_ASSETS}`;

/** The folders of the public dir (assets/) whose files the single file carries as data: URIs. */
export const INLINED_FOLDERS = ['audio'] as const;

/** Media types of the files the offline builds inline or precache (fonts, audio, images). */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.ogg': 'audio/ogg',
  '.opus': 'audio/opus', // Howler reads the format from a data: URI's type: opus, not ogg (Vorbis)
  '.oga': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.json': 'application/json',
};

/** A file's bytes as a base64 data: URI (application/octet-stream for an unknown extension). */
export function dataUri(file: string): string {
  const type = MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** Every file under `dir`, recursively, as paths relative to `dir` with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

/**
 * What the service worker precaches: the app (HTML, JS chunks and CSS), the debrief, each pack's and the
 * glossary's JSON file (src/cli/vite-scenario-plugin.ts), icons, fonts and audio (assets/audio is matched by
 * extension, so files added later are picked up).
 */
export const PRECACHE_GLOBS = [
  // One pattern: Workbox warns about each pattern that matches nothing (no audio or fonts in a build yet).
  '**/*.{html,js,css,webmanifest,json,png,svg,webp,ico,woff2,woff,ttf,otf,ogg,opus,oga,mp3,m4a,wav,webm}',
];
/** Workbox's default limit is 2 MiB; the Phaser chunk is ~1.4 MB and an ambient bed may be large too. */
export const PRECACHE_MAX_FILE_BYTES = 8 * 1024 * 1024;

/** The installable PWA: web manifest and a generated (Workbox) service worker; main.ts registers it. */
function pwa(): PluginOption {
  return VitePWA({
    injectRegister: false, // scenes/adapters/service-worker.ts registers it: no inline script under the CSP
    registerType: 'prompt', // a new version waits for every tab to close: an open session keeps its chunks
    manifest: {
      // As src/i18n/en.ts's app.title and app.subtitle (a manifest has one language; the game then follows
      // ?lang= and the browser's languages). Not imported: the config loader would bundle all the strings.
      name: 'Dual Mandate',
      short_name: 'Dual Mandate',
      description: 'A training simulation on security sector reform and the protection of civilians.',
      lang: 'en',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#1f4e79',
      theme_color: '#1f4e79',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/dual-mandate.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: ['**/dual-mandate.html', '**/*.zip'],
      maximumFileSizeToCacheInBytes: PRECACHE_MAX_FILE_BYTES,
      clientsClaim: true, // the first visit is controlled at once; updates still wait (registerType)
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html', // ?lang=…&scenario=… reloads offline too
    },
  });
}

/**
 * The offline builds (issue 12): the PWA for `web`, nothing for `scorm`/`cmi5`, and for `single` one IIFE
 * script with every chunk, pack and the CSS inlined, plus `virtual:inlined-assets` (assets/audio as data:
 * URIs). Defines `__DM_SERVICE_WORKER__`: true only in a `web` production build.
 */
export function offlineBuild(target: BuildTarget = buildTarget()): PluginOption[] {
  let publicDir = resolve('assets');
  const targetPlugin: Plugin = {
    name: 'dual-mandate:offline-build',
    config: (_config, { command }) => ({
      define: { __DM_SERVICE_WORKER__: JSON.stringify(target === 'web' && command === 'build') },
      ...(target === 'single'
        ? {
            build: {
              modulePreload: false,
              cssCodeSplit: false,
              assetsInlineLimit: Number.MAX_SAFE_INTEGER,
              rolldownOptions: {
                output: { format: 'iife' as const, codeSplitting: false },
                // Vite's preload helper reads import.meta (empty in an IIFE): it only matters for chunks,
                // and the single file has none.
                checks: { emptyImportMeta: false },
              },
            },
          }
        : {}),
    }),
    configResolved(config) {
      if (config.publicDir) publicDir = config.publicDir;
    },
    resolveId: (id) => (id === INLINED_ASSETS ? RESOLVED_INLINED_ASSETS : null),
    load(id) {
      if (id !== RESOLVED_INLINED_ASSETS) return null;
      const inlined: Record<string, string> = {};
      if (target === 'single')
        for (const folder of INLINED_FOLDERS)
          for (const file of filesUnder(join(publicDir, folder)))
            inlined[`${folder}/${file}`] = dataUri(join(publicDir, folder, file));
      return `export default ${JSON.stringify(inlined)};`;
    },
  };
  return target === 'web' ? [targetPlugin, pwa()] : [targetPlugin];
}
