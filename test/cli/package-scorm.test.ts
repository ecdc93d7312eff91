import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { listFiles, manifestCourse, packageProblems, zipPackage } from '../../src/cli/scorm-package';

const packageScorm = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src/cli/package-scorm.ts', ...args], { encoding: 'utf8' });

describe('npm run package:scorm, refusing bad flags before building anything', { timeout: 30_000 }, () => {
  it.each([
    [['--turns', '10'], '--turns is 8 or 12, not "10"'],
    [['--lang', 'de'], '--lang is en or fr, not "de"'],
    [['--mastery', '120'], '--mastery must be a whole number from 0 to 100, not "120"'],
    [['--scenario', 'scenarios/kessaria.yaml'], '--scenario takes the id of a pack in scenarios/'],
    [['--colour', 'blue'], 'unknown flag --colour'],
  ])('%j: one line naming the problem, the usage, exit code 2', (args, message) => {
    const result = packageScorm(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`package:scorm: ${message}`);
    expect(lines[1]).toMatch(/^usage: npm run package:scorm -- /);
  });

  it('names an unknown pack (exit code 2)', () => {
    const result = packageScorm('--scenario', 'atlantis');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no pack "atlantis" in scenarios/');
  });
});

describe('a package zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dm-scorm-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('index.html', '<script type="module" src="./assets/index-a1.js"></script>');
  write('assets/index-a1.js', 'console.log(1)');
  write('assets/deep/pack.js', 'export default {}');
  write('icons/dual mandate.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const course = manifestCourse(loadScenario('kessaria'), {
    scenario: 'kessaria',
    turns: 8,
    lang: 'fr',
    mastery: 60,
  });

  it('holds every file of the build and the manifest, which lists each of them (and nothing else)', () => {
    const files = listFiles(dir);
    expect(files).toEqual([
      'assets/deep/pack.js',
      'assets/index-a1.js',
      'icons/dual mandate.svg',
      'index.html',
    ]);
    for (const version of ['1.2', '2004'] as const) {
      const entries = unzipSync(zipPackage(dir, files, version, course));
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      const listed = [...manifest.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => decodeURIComponent(m[1]!));
      expect(new Set(listed)).toEqual(
        new Set(Object.keys(entries).filter((name) => name !== 'imsmanifest.xml')),
      );
      expect(new TextDecoder().decode(entries['assets/deep/pack.js'])).toBe('export default {}');
    }
  });

  it('is described in the package language, with the pack’s objectives', () => {
    expect(course.title).toBe('Dual Mandate\u00a0: Kessaria');
    expect(course.language).toBe('fr');
    expect(course.description).toMatch(/Une session de 8 trimestres\.$/);
    expect(course.objectives.length).toBeGreaterThan(0);
    expect(course.mastery).toBe(60);
  });

  it('is refused when the build has a service worker or reaches the network', () => {
    expect(packageProblems(dir, listFiles(dir))).toEqual([]);
    write('sw.js', 'self.addEventListener("fetch", () => {})');
    write('assets/register.js', 'navigator.serviceWorker.register("./sw.js")');
    write('assets/site.css', 'body { background: url(https://cdn.example/bg.png) }');
    expect(packageProblems(dir, listFiles(dir))).toEqual([
      'assets/register.js: registers a service worker',
      'assets/site.css: refers to the network',
      'sw.js: a service worker file',
    ]);
  });
});

describe('npm run package:cmi5', { timeout: 30_000 }, () => {
  it('refuses a bad flag in one line, with the usage, exit code 2', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['src/cli/package-cmi5.ts', '--turns', '6'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'package:cmi5: --turns is 8 or 12, not "6"',
      'usage: npm run package:cmi5 -- [--scenario ID] [--lang en|fr] [--turns 8|12] [--mastery 0-100] [--out DIR]',
    ]);
  });

  it('opens the CSP to https: for the LRS and nothing else', async () => {
    const { withLrsConnect } = await import('../../src/cli/package-cmi5-csp');
    expect(withLrsConnect("default-src 'self'; connect-src 'self'; worker-src 'self'")).toBe(
      "default-src 'self'; connect-src 'self' https:; worker-src 'self'",
    );
    expect(() => withLrsConnect("default-src 'self'")).toThrow(/connect-src/);
  });
});
