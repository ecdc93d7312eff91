// An LMS for the SCORM browser tests (issue 11): a local server that serves unzipped packages, scorm-again (a real
// SCORM runtime, the LMS side) and a harness page that puts Scorm12API / Scorm2004API on its window and launches
// a package's href in a frame, as Moodle's embedded player does. It listens on a free port, so it never meets
// another checkout's preview server.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';

// The package's "exports" hide dist/, so the file is found from the package's own entry.
const SCORM_AGAIN = join(
  dirname(createRequire(import.meta.url).resolve('scorm-again')),
  'scorm-again.min.js',
);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

// The LMS page. `lms.launch(version, href, cmi)` makes a fresh runtime loaded with what the LMS kept (`cmi`, as
// scorm-again's JSON) and opens the SCO; `lms.unload()` closes the frame (the SCO's pagehide runs) and returns
// what the runtime holds; `lms.cmi()` reads it at any time.
const HARNESS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS harness</title><link rel="icon" href="data:,">
<script src="/scorm-again.min.js"></script>
<style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; }</style>
</head><body><script>
window.lms = {
  launch(version, href, cmi) {
    const Api = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
    const api = new Api({ logLevel: 5, autocommit: false });
    if (cmi) api.loadFromJSON(cmi);
    delete window.API; delete window.API_1484_11;
    window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
    this.api = api;
    const frame = document.createElement('iframe');
    frame.title = 'Course';
    frame.src = href;
    document.body.append(frame);
    this.frame = frame;
  },
  cmi() { return JSON.parse(JSON.stringify(this.api.renderCMIToJSONObject())); },
  unload() { this.frame.remove(); this.frame = undefined; return this.cmi(); },
};
</script></body></html>`;

export interface LmsServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves `/` (the harness), `/scorm-again.min.js`, and each package of `packages` (mount name → zip file,
 * unzipped in memory) under `/<name>/`. Missing files are 404s.
 */
export async function serveLms(packages: Readonly<Record<string, Uint8Array>>): Promise<LmsServer> {
  const files = new Map<string, Uint8Array>();
  for (const [name, zip] of Object.entries(packages))
    for (const [path, data] of Object.entries(unzipSync(zip))) files.set(`/${name}/${path}`, data);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://lms').pathname);
    const body =
      path === '/'
        ? Buffer.from(HARNESS)
        : path === '/scorm-again.min.js'
          ? readFileSync(SCORM_AGAIN)
          : files.get(path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    const type = path === '/' ? TYPES['.html'] : (TYPES[extname(path)] ?? 'application/octet-stream');
    response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** What a manifest says, read with plain patterns (the tests' own reading, not the generator's code). */
export interface ManifestReading {
  readonly schemaVersion: string | undefined;
  readonly href: string | undefined;
  readonly parameters: string;
  readonly files: readonly string[];
  /** 1.2 `adlcp:masteryscore` (0–100) or 2004 `imsss:minNormalizedMeasure` (scaled), as written. */
  readonly mastery: string | undefined;
}

export function readManifest(xml: string): ManifestReading {
  const first = (pattern: RegExp) => pattern.exec(xml)?.[1];
  return {
    schemaVersion: first(/<schemaversion>([^<]*)<\/schemaversion>/),
    href: first(/<resource\b[^>]*\bhref="([^"]*)"/),
    parameters: first(/<item\b[^>]*\bparameters="([^"]*)"/) ?? '',
    files: [...xml.matchAll(/<file href="([^"]*)"\s*\/>/g)].map((match) => decodeURIComponent(match[1]!)),
    mastery: first(/<adlcp:masteryscore>([^<]*)</) ?? first(/<imsss:minNormalizedMeasure>([^<]*)</),
  };
}

/**
 * The SCO's frame as the play-by-keyboard helpers want a page: roles, names and evaluate from the frame, keys
 * from the page (they reach whatever has focus, inside the frame).
 */
export function framePage(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, property) {
      if (property === 'keyboard') return page.keyboard;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;
}
