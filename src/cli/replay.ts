import { existsSync, readFileSync } from 'node:fs';
import type { Scenario } from '../content/scenario.schema';
import { replay, type SessionLog } from '../sim/replay';
import { decodeRunCode, peekRunCode } from '../sim/run-code';
import { isSessionLog } from '../sim/session-log-guard';
import { parseFlags } from './args';
import { CliError, runCli } from './cli-error';
import { loadScenario } from './load-scenario';
import { checkExpect, isPlaythrough, logOf, type PlaythroughExpect } from './playthrough';
import { formatReplay, replayJson } from './replay-report';
import { storyOf } from './replay-story';

const USAGE = 'usage: npm run -s replay -- CODE|FILE.json [--scenario ID|PATH.yaml] [--json]';

const FLAGS = { scenario: 'string', json: 'switch' } as const;

/** What was asked to replay: a run code, or a file holding a session log or a golden playthrough. */
type Source =
  | { readonly kind: 'code'; readonly code: string; readonly scenarioId: string; readonly version: number }
  | { readonly kind: 'file'; readonly log: SessionLog; readonly expect?: PlaythroughExpect };

/**
 * `npm run -s replay -- CODE|FILE.json`: replays a run and prints it quarter by quarter (DESIGN §5). The
 * pack is `scenarios/<id>.yaml` unless `--scenario` names another. Exit code 2 for a bad flag, a missing
 * file, a refused run code (its reason) or a pack of another version; 1 for a pack that does not pass.
 */
function main(argv: readonly string[]): number {
  const [positional, flagArgs] = splitArgs(argv);
  const flags = parseFlags(flagArgs, FLAGS);
  if (positional.length !== 1)
    throw new CliError(
      positional.length === 0
        ? 'give a run code or a .json file to replay'
        : `one run at a time: got ${positional.length} arguments`,
    );
  const source = readSource(positional[0]!);
  const scenarioId = source.kind === 'code' ? source.scenarioId : source.log.scenarioId;
  const version = source.kind === 'code' ? source.version : source.log.scenarioVersion;
  const pack = findPack(scenarioId, flags.scenario);
  if (pack.version !== version)
    throw new CliError(`played on ${scenarioId} v${version}, but the pack is ${scenarioId} v${pack.version}`);
  let log: SessionLog;
  if (source.kind === 'code') {
    const decoded = decodeRunCode(source.code, pack);
    if (!decoded.ok) throw new CliError(decoded.reason);
    log = decoded.log;
  } else log = source.log;

  const { story } = storyOf(log, pack);
  const expect = source.kind === 'file' ? source.expect : undefined;
  const replayed = expect && replay(log, pack);
  const differences = replayed && checkExpect(expect, replayed.state, replayed.events);
  if (flags.json) {
    process.stdout.write(replayJson(story, expect ? { expect: { pinned: expect, differences } } : {}));
    return 0;
  }
  let text = formatReplay(story);
  if (differences) {
    text +=
      differences.length === 0
        ? 'Expect block: holds\n'
        : `Expect block: ${differences.length} differences\n${differences.map((d) => `  ${d}\n`).join('')}`;
  }
  process.stdout.write(text);
  return 0;
}

/** The positional arguments and the flags (with their values) apart; a bare `--` is dropped. */
function splitArgs(argv: readonly string[]): [string[], string[]] {
  const positional: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) positional.push(arg);
    else {
      flags.push(arg);
      const name = arg.slice(2);
      if (name in FLAGS && FLAGS[name as keyof typeof FLAGS] === 'string' && argv[i + 1] !== undefined)
        flags.push(argv[++i]!);
    }
  }
  return [positional, flags];
}

/** A path (ends in .json, has a slash, or exists) is a file; anything else is a run code. */
function readSource(arg: string): Source {
  if (!/\.json$/i.test(arg) && !/[\\/]/.test(arg) && !existsSync(arg)) {
    const peeked = peekRunCode(arg);
    if (!peeked.ok) throw new CliError(peeked.reason);
    const { scenarioId, scenarioVersion } = peeked.header;
    return { kind: 'code', code: arg, scenarioId, version: scenarioVersion };
  }
  if (!existsSync(arg)) throw new CliError(`no such file: ${arg}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, 'utf8'));
  } catch (error) {
    throw new CliError(`${arg} is not valid JSON (${(error as Error).message})`);
  }
  if (isSessionLog(json)) return { kind: 'file', log: json };
  if (isPlaythrough(json)) return { kind: 'file', log: logOf(json), expect: json.expect };
  throw new CliError(
    `${arg} is neither a session log ({formatVersion: 1, scenarioId, scenarioVersion, turns, difficulty, ` +
      'seed, inputs}) nor a golden playthrough ({scenario, scenarioVersion, turns, difficulty, seed, inputs, expect})',
  );
}

/** The pack: `--scenario` if given (it must be the run's pack), else `scenarios/<id>.yaml`. */
function findPack(scenarioId: string, flag: string | undefined): Scenario {
  if (flag !== undefined) {
    const pack = loadScenario(flag);
    if (pack.id !== scenarioId)
      throw new CliError(`the run is for "${scenarioId}", but --scenario ${flag} is "${pack.id}"`);
    return pack;
  }
  try {
    return loadScenario(scenarioId);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 2)
      throw new CliError(`${error.message}; for a pack elsewhere, add --scenario PATH.yaml`);
    throw error;
  }
}

void runCli('replay', USAGE, () => main(process.argv.slice(2)));
