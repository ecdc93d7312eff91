import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue, type ContentIssue } from '../content/issues.ts';
import { parseScenarioText } from '../content/parse-scenario.ts';
import { parseSourcesText } from '../content/parse-sources.ts';
import { readYaml } from '../content/yaml-guard.ts';
import { CliError, runCli } from './cli-error.ts';
import { ContentError, displayPath, loadSources, NOT_PACKS, SCENARIOS_DIR } from './load-scenario.ts';

const USAGE = 'usage: npm run -s check:scenarios [-- FILE.yaml …]   (default: every pack in scenarios/)';

/**
 * `npm run -s check:scenarios [FILES]`: checks whole packs (YAML safety, schema, lint, citations) and prints
 * each issue on stderr as `file:line › path: problem — fix`, then a one-line summary. Exit code 0 when clean,
 * 1 on issues, 2 on a bad flag or a missing file.
 */
function main(args: readonly string[]): number {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') {
      process.stderr.write(`${USAGE}\n`);
      return 0;
    }
    if (arg.startsWith('-')) throw new CliError(`check:scenarios: unknown flag "${arg}"`);
    if (!existsSync(arg)) throw new CliError(`check:scenarios: no such file: ${arg}`);
    if (!statSync(arg).isFile())
      throw new CliError(`check:scenarios: not a file: ${arg} (name the .yaml files to check)`);
    files.push(resolve(arg));
  }
  const packs = files.length > 0 ? files : defaultPacks();
  if (packs.length === 0) {
    process.stderr.write(
      `check:scenarios: no packs in ${displayPath(SCENARIOS_DIR)}/ yet; nothing to check\n`,
    );
    return 0;
  }

  let failed = 0;
  let count = 0;
  for (const path of packs) {
    const issues = check(path);
    for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
    count += issues.length;
    if (issues.length > 0) failed++;
  }
  const noun = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const summary =
    count === 0
      ? `check:scenarios: ${noun(packs.length, 'file', 'files')} checked, no issues`
      : `check:scenarios: ${noun(count, 'issue', 'issues')} in ${failed} of ${noun(packs.length, 'file', 'files')}`;
  process.stderr.write(`${summary}\n`);
  return count === 0 ? 0 : 1;
}

/** Every pack in scenarios/: its .yaml files but sources.yaml and glossary.yaml, in name order. */
function defaultPacks(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((name) => name.endsWith('.yaml') && !NOT_PACKS.has(name))
    .sort()
    .map((name) => resolve(SCENARIOS_DIR, name));
}

/** One file's issues: a pack in full; sources.yaml against its own schema; the glossary for YAML safety. */
function check(path: string): readonly ContentIssue[] {
  const bytes = readFileSync(path);
  const shown = displayPath(path);
  const name = path.split(/[\\/]/).at(-1) ?? '';
  if (name === 'sources.yaml') {
    const parsed = parseSourcesText(bytes, shown);
    return parsed.ok ? [] : parsed.issues;
  }
  if (name === 'glossary.yaml') {
    const read = readYaml(bytes, shown);
    return read.ok ? [] : read.issues;
  }
  try {
    const result = parseScenarioText(bytes, shown, { sources: loadSources() });
    return result.ok ? [] : result.issues;
  } catch (error) {
    if (error instanceof ContentError) return error.issues; // sources.yaml itself is broken
    throw error;
  }
}

await runCli('check:scenarios', USAGE, () => main(process.argv.slice(2)));
