import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CourseOptions } from '../lms/course-options.ts';
import { SCORM_VERSIONS } from '../lms/scorm-formats.ts';
import { integerFlag, parseFlags } from './args.ts';
import { CliError, runCli } from './cli-error.ts';
import { displayPath, loadScenario } from './load-scenario.ts';
import {
  buildCourse,
  listFiles,
  manifestCourse,
  packageProblems,
  ZIP_NAMES,
  zipPackage,
  COURSE_FLAGS,
  DEFAULT_COURSE_SCENARIO,
} from './scorm-package.ts';

const USAGE =
  'usage: npm run package:scorm -- [--scenario ID] [--lang en|fr] [--turns 8|12] [--mastery 0-100] [--out DIR]';

/** The course options from the flags, checked (a bad flag is a CliError, exit code 2). */
function courseOptionsOf(argv: readonly string[]): { options: CourseOptions; out: string } {
  const flags = parseFlags(argv, COURSE_FLAGS);
  const scenario = flags.scenario ?? DEFAULT_COURSE_SCENARIO;
  if (!/^[a-z0-9-]+$/.test(scenario))
    throw new CliError(`--scenario takes the id of a pack in scenarios/ (like kessaria), not "${scenario}"`);
  const lang = flags.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new CliError(`--lang is en or fr, not "${lang}"`);
  const turns = flags.turns ?? '12';
  if (turns !== '8' && turns !== '12') throw new CliError(`--turns is 8 or 12, not "${turns}"`);
  const mastery = flags.mastery === undefined ? undefined : integerFlag('mastery', flags.mastery, 0, 100);
  return {
    options: { scenario, lang, turns: turns === '8' ? 8 : 12, ...(mastery !== undefined ? { mastery } : {}) },
    out: flags.out ?? 'dist',
  };
}

/**
 * `npm run package:scorm`: builds the game as a course (the pack, length, language and mastery baked in) in a
 * temporary folder, checks it holds no service worker and no network reference, writes the SCORM 1.2 and
 * SCORM 2004 4th Edition zips with a manifest generated from the build's files, and copies only the two zips
 * to `--out` (default dist/). Exit 2 for a bad flag or an unknown pack, 1 when the build fails its checks.
 */
function main(argv: readonly string[]): number {
  const { options, out } = courseOptionsOf(argv);
  const scenario = loadScenario(options.scenario);
  const work = mkdtempSync(join(tmpdir(), 'dual-mandate-scorm-'));
  try {
    const build = join(work, 'build');
    const started = performance.now();
    buildCourse(build, options);
    const files = listFiles(build);
    const problems = packageProblems(build, files);
    if (problems.length > 0)
      throw new CliError(`the course build is not fit for an LMS:\n${problems.join('\n')}`, 1);
    const course = manifestCourse(scenario, options);
    const target = resolve(out);
    mkdirSync(target, { recursive: true });
    for (const version of SCORM_VERSIONS) {
      const zip = join(work, ZIP_NAMES[version]);
      writeFileSync(zip, zipPackage(build, files, version, course));
      copyFileSync(zip, join(target, ZIP_NAMES[version]));
      const size = statSync(zip).size;
      process.stdout.write(
        `${displayPath(join(target, ZIP_NAMES[version]))}: SCORM ${version}, ${files.length + 1} files, ${size.toLocaleString('en')} bytes\n`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${scenario.id}, ${options.turns} quarters, ${options.lang}, mastery ${options.mastery ?? 'none'}; built and zipped in ${seconds} s\n`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void runCli('package:scorm', USAGE, () => main(process.argv.slice(2)));
