import { existsSync, readFileSync } from 'node:fs';
import { parsePolicy, type Policy } from '../sim/policy';
import { LEVERS, STANCES } from '../sim/tags';
import { integerFlag, parseFlags } from './args';
import { CliError, runCli } from './cli-error';
import { loadScenario } from './load-scenario';
import { SimThreads, threadsFor } from './sim-threads';
import { SimTally, toJson } from './sim-summary';

const USAGE =
  'usage: npm run -s sim -- --scenario ID|PATH.yaml --policy FILE|random --runs N --seed S ' +
  '[--turns T] [--difficulty normal|hard] [--codes] --json';

const FLAGS = {
  scenario: 'string',
  policy: 'string',
  runs: 'string',
  seed: 'string',
  turns: 'string',
  difficulty: 'string',
  codes: 'switch',
  json: 'switch',
} as const;

// Run i plays seed `S.i` (i ≥ 1), which must stay a valid seed of ≤ 32 characters (DESIGN §3, §5).
const SEED_PATTERN = /^[A-Za-z0-9._-]{1,26}$/;
const MAX_RUNS = 100_000; // `S.99999` is 6 characters longer than S

/** Plays `--runs` sessions headlessly and prints one JSON summary on stdout (DESIGN §5). */
async function main(argv: readonly string[]): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  for (const name of ['scenario', 'policy', 'runs', 'seed'] as const)
    if (flags[name] === undefined) throw new CliError(`--${name} is required`);
  if (!flags.json) throw new CliError('--json is required (JSON is the only output format)');
  const seed = flags.seed!;
  if (!SEED_PATTERN.test(seed))
    throw new CliError(`--seed must be 1–26 characters of A–Z a–z 0–9 . _ -, not "${seed}"`);
  const runs = integerFlag('runs', flags.runs!, 1, MAX_RUNS);
  const difficulty = flags.difficulty ?? 'normal';
  if (difficulty !== 'normal' && difficulty !== 'hard')
    throw new CliError(`--difficulty is normal or hard, not "${difficulty}"`);
  // Runs are spread over the machine's cores (src/cli/sim-threads.ts); the output does not depend on how. The
  // workers' code is built now, in esbuild's own process, while this thread reads and checks the pack.
  const threads = SimThreads.start(threadsFor(runs));
  try {
    const scenario = loadScenario(flags.scenario!); // exit 2 if missing, 1 with check:scenarios' issues
    const turns =
      flags.turns === undefined ? scenario.turns : integerFlag('turns', flags.turns, 1, scenario.turns);
    const policy = readPolicy(flags.policy!);
    const codes = flags.codes === true;
    const results = await threads.play({ scenario, policy, runs, seed, turns, difficulty, codes });
    const tally = new SimTally(scenario, turns);
    for (const result of results) tally.add(result);
    process.stdout.write(toJson(tally.summary(codes ? results.map((result) => result.code!) : undefined)));
  } finally {
    await threads.close();
  }
  return 0;
}

/** `random`, or a policy file in DESIGN §5's format; an unknown tag gets a warning on stderr. */
function readPolicy(value: string): Policy {
  if (value === 'random') return 'random';
  if (!existsSync(value)) throw new CliError(`policy file not found: ${value}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(value, 'utf8'));
  } catch (error) {
    throw new CliError(`policy file ${value} is not valid JSON (${(error as Error).message})`);
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new CliError(`policy file ${value}: ${parsed.message}`);
  const policy = parsed.policy;
  if (policy !== 'random') {
    const known = new Set([...LEVERS.map((l) => `lever:${l}`), ...STANCES.map((s) => `stance:${s}`)]);
    for (const tag of [...policy.prefer, ...policy.avoid])
      if (!known.has(tag))
        process.stderr.write(`sim: warning: ${value}: "${tag}" is not a tag of DESIGN §3\n`);
  }
  return policy;
}

void runCli('sim', USAGE, () => main(process.argv.slice(2)));
