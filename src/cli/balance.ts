import { integerFlag, parseFlags } from './args';
import { balanceRuns } from './balance-report';
import { calibrationOf, formatBalance } from './balance-text';
import { CliError, runCli } from './cli-error';
import { sortKeys } from './sim-summary';
import { loadScenario } from './load-scenario';

const USAGE =
  'usage: npm run -s balance -- --scenario ID|PATH.yaml --runs N [--seed S] [--turns 8|12] ' +
  '[--difficulty normal|hard] [--json]';

const FLAGS = {
  scenario: 'string',
  runs: 'string',
  seed: 'string',
  turns: 'string',
  difficulty: 'string',
  json: 'switch',
} as const;

// Run i plays seed `S.i` (i ≥ 1), which must stay a valid seed of ≤ 32 characters (DESIGN §3, §5).
const SEED_PATTERN = /^[A-Za-z0-9._-]{1,26}$/;
const MAX_RUNS = 100_000;
const DEFAULT_SEED = 'balance';

/**
 * `npm run -s balance`: plays `--runs` random-policy sessions of a pack and prints, for designers, the
 * ending distribution, the reach of every card, option, incident, benchmark and mandate change, the meter
 * spread per quarter and what was never reached (DESIGN §5). Informative, not a gate: exit code 0 even
 * when something is unreached; 2 for a bad flag or a missing file, 1 for a pack that does not parse.
 */
function main(argv: readonly string[]): number {
  const flags = parseFlags(argv, FLAGS);
  for (const name of ['scenario', 'runs'] as const)
    if (flags[name] === undefined) throw new CliError(`--${name} is required`);
  const runs = integerFlag('runs', flags.runs!, 1, MAX_RUNS);
  const seed = flags.seed ?? DEFAULT_SEED;
  if (!SEED_PATTERN.test(seed))
    throw new CliError(`--seed must be 1–26 characters of A–Z a–z 0–9 . _ -, not "${seed}"`);
  const difficulty = flags.difficulty ?? 'normal';
  if (difficulty !== 'normal' && difficulty !== 'hard')
    throw new CliError(`--difficulty is normal or hard, not "${difficulty}"`);
  const scenario = loadScenario(flags.scenario!); // exit 2 if missing, 1 with check:scenarios' issues
  const turns =
    flags.turns === undefined ? scenario.turns : integerFlag('turns', flags.turns, 1, scenario.turns);

  const summary = balanceRuns(scenario, { runs, seed, turns, difficulty });
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(sortKeys({ ...rounded(summary), calibration: calibrationOf(summary) }), null, 2)}\n`
      : formatBalance(summary),
  );
  return 0;
}

/** Meter statistics to 2 decimals, as `npm run -s sim` prints them; counts are whole already. */
function rounded<T extends { meters: Record<string, Record<string, number[]>> }>(summary: T): T {
  const round = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
  const meters = Object.fromEntries(
    Object.entries(summary.meters).map(([meter, stats]) => [
      meter,
      Object.fromEntries(Object.entries(stats).map(([stat, values]) => [stat, values.map(round)])),
    ]),
  );
  return { ...summary, meters };
}

void runCli('balance', USAGE, () => main(process.argv.slice(2)));
