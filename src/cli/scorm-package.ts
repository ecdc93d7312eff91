import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import type { Scenario } from '../content/scenario.schema.ts';
import { COURSE_VARIABLE, type CourseOptions } from '../lms/course-options.ts';
import { MANIFEST_FILE, scormManifest, type ManifestCourse } from '../lms/scorm-manifest.ts';
import type { ScormVersion } from '../lms/scorm-formats.ts';
import { CliError } from './cli-error.ts';

/** The zips `npm run package:scorm` writes, by version (issue 11). */
/** The flags `package:scorm` and `package:cmi5` share (the course's build options and where the zip goes). */
export const COURSE_FLAGS = {
  scenario: 'string',
  lang: 'string',
  turns: 'string',
  mastery: 'string',
  out: 'string',
} as const;

/** The pack a course package carries when `--scenario` is not given. */
export const DEFAULT_COURSE_SCENARIO = 'kessaria';

export const ZIP_NAMES: Readonly<Record<ScormVersion, string>> = {
  '1.2': 'dual-mandate-scorm12.zip',
  '2004': 'dual-mandate-scorm2004.zip',
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the game as a course into `outDir`: `vite build` with relative URLs (`--base ./`, as an LMS serves
 * a package from its own folder), `DM_TARGET=scorm` (no service worker, no PWA) and the course options baked
 * in through {@linkcode COURSE_VARIABLE}. Throws a {@linkcode CliError} with Vite's output when it fails.
 */
export function buildCourse(
  outDir: string,
  options: CourseOptions,
  target: 'scorm' | 'cmi5' = 'scorm',
): void {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--base', './', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DM_TARGET: target, [COURSE_VARIABLE]: JSON.stringify(options) },
    },
  );
  if (result.status !== 0)
    throw new CliError(`vite build failed:\n${result.stderr || result.stdout || String(result.error)}`, 1);
}

/** Every file under `dir`, as `/`-separated package paths, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A URL that leaves the package, in an HTML attribute or a CSS `url()` (namespace URIs are not fetched). */
const NETWORK_REFERENCE =
  /(?:\b(?:src|href|action|poster)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])(?:https?:)?\/\//i;
/** What a service worker registration leaves in a build (vite-plugin-pwa's files and calls). */
const SERVICE_WORKER_FILE = /(^|\/)(sw|service-worker|registerSW)\.js$|(^|\/)workbox-[^/]*\.js$/;
const SERVICE_WORKER_CALL = /serviceWorker\s*\.\s*register\s*\(/;

/**
 * What makes a build unfit for an LMS package (DESIGN §6): a service worker (its file or a registration
 * call), a web manifest, or a reference to the network from the HTML or CSS. One line per problem.
 */
export function packageProblems(dir: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  if (!files.includes('index.html')) problems.push('the build has no index.html');
  for (const file of files) {
    if (SERVICE_WORKER_FILE.test(file)) problems.push(`${file}: a service worker file`);
    if (file.endsWith('.webmanifest')) problems.push(`${file}: a web app manifest (the PWA build)`);
    if (/\.(js|html)$/.test(file) && SERVICE_WORKER_CALL.test(readFileSync(join(dir, file), 'utf8')))
      problems.push(`${file}: registers a service worker`);
    if (/\.(html|css)$/.test(file) && NETWORK_REFERENCE.test(readFileSync(join(dir, file), 'utf8')))
      problems.push(`${file}: refers to the network`);
  }
  return problems;
}

const titleIn = (language: CourseOptions['lang'], scenario: Scenario) =>
  `Dual Mandate${language === 'fr' ? '\u00a0:' : ':'} ${scenario.title[language]}`;

const lengthIn = (language: CourseOptions['lang'], turns: number) =>
  language === 'fr' ? ` Une session de ${turns} trimestres.` : ` A session of ${turns} quarters.`;

/** The manifest's course description from the pack and the options, in the package's language. */
export function manifestCourse(scenario: Scenario, options: CourseOptions): ManifestCourse {
  const { lang } = options;
  return {
    identifier: `dual-mandate-${scenario.id}-${options.turns}q`,
    title: titleIn(lang, scenario),
    description: `${scenario.briefing.blurb[lang].trim()}${lengthIn(lang, options.turns)}`,
    language: lang,
    objectives: scenario.objectives.map((objective) => ({
      id: objective.id,
      text: objective.text[lang].trim(),
    })),
    ...(options.mastery !== undefined ? { mastery: options.mastery } : {}),
  };
}

/** The zip of one version's package: every file of the build at its path, and the generated manifest. */
export function zipPackage(
  dir: string,
  files: readonly string[],
  version: ScormVersion,
  course: ManifestCourse,
): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file] = readFileSync(join(dir, file));
  entries[MANIFEST_FILE] = new TextEncoder().encode(scormManifest(version, course, files));
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
