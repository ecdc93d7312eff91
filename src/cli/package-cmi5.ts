import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { cmi5Xml } from '../lms/cmi5-course-structure.ts';
import { integerFlag, parseFlags } from './args.ts';
import { CliError, runCli } from './cli-error.ts';
import { displayPath, loadScenario } from './load-scenario.ts';
import { withLrsConnect } from './package-cmi5-csp.ts';
import {
  buildCourse,
  COURSE_FLAGS,
  DEFAULT_COURSE_SCENARIO,
  listFiles,
  manifestCourse,
  packageProblems,
} from './scorm-package.ts';

const USAGE =
  'usage: npm run package:cmi5 -- [--scenario ID] [--lang en|fr] [--turns 8|12] [--mastery 0-100] [--out DIR]';
export const CMI5_ZIP = 'dual-mandate-cmi5.zip';

/**
 * `npm run package:cmi5`: the course build (DM_TARGET=cmi5: no service worker) with its CSP opened to https:
 * for the LRS, and `cmi5.xml` (one assignable unit; moveOn and masteryScore from the options), zipped into
 * `--out` (default dist/). Exit 2 for a bad flag or an unknown pack, 1 when the build fails its checks.
 */
function main(argv: readonly string[]): number {
  const flags = parseFlags(argv, COURSE_FLAGS);
  const scenarioId = flags.scenario ?? DEFAULT_COURSE_SCENARIO;
  if (!/^[a-z0-9-]+$/.test(scenarioId))
    throw new CliError(
      `--scenario takes the id of a pack in scenarios/ (like kessaria), not "${scenarioId}"`,
    );
  const lang = flags.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new CliError(`--lang is en or fr, not "${lang}"`);
  const turnsFlag = flags.turns ?? '12';
  if (turnsFlag !== '8' && turnsFlag !== '12') throw new CliError(`--turns is 8 or 12, not "${turnsFlag}"`);
  const mastery = flags.mastery === undefined ? undefined : integerFlag('mastery', flags.mastery, 0, 100);
  const options = {
    scenario: scenarioId,
    lang,
    turns: turnsFlag === '8' ? 8 : 12,
    ...(mastery !== undefined ? { mastery } : {}),
  } as const;
  const scenario = loadScenario(scenarioId);
  const work = mkdtempSync(join(tmpdir(), 'dual-mandate-cmi5-'));
  try {
    const build = join(work, 'build');
    buildCourse(build, options, 'cmi5');
    const files = listFiles(build);
    const problems = packageProblems(build, files);
    if (problems.length > 0)
      throw new CliError(`the course build is not fit for an LMS:\n${problems.join('\n')}`, 1);
    const course = manifestCourse(scenario, options);
    const entries: Zippable = {};
    for (const file of files) entries[file] = readFileSync(join(build, file));
    entries['index.html'] = new TextEncoder().encode(
      withLrsConnect(readFileSync(join(build, 'index.html'), 'utf8')),
    );
    entries['cmi5.xml'] = new TextEncoder().encode(
      cmi5Xml({ ...course, id: `urn:dual-mandate:course:${course.identifier}` }),
    );
    const zip = join(work, CMI5_ZIP);
    writeFileSync(zip, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
    const target = resolve(flags.out ?? 'dist');
    mkdirSync(target, { recursive: true });
    copyFileSync(zip, join(target, CMI5_ZIP));
    process.stdout.write(
      `${displayPath(join(target, CMI5_ZIP))}: cmi5, ${files.length + 1} files, ${statSync(zip).size.toLocaleString('en')} bytes\n`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void runCli('package:cmi5', USAGE, () => main(process.argv.slice(2)));
