import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benchBrowser } from './bench-browser';
import { benchCohort, benchCohortPage } from './bench-cohort';
import { CliError, runCli } from './cli-error';
import { displayPath, NOT_PACKS, SCENARIOS_DIR } from './load-scenario';
import { threadsFor } from './sim-threads';

// DESIGN §8: sim throughput is the wall-time difference between `--runs 4020` and `--runs 20` of the sim
// CLI on each shipped pack, random policy, attribution on (the sim always keeps its ledgers); median of 3.
// The child is `node_modules/.bin/tsx src/cli/sim.ts`, the command `npm run -s sim` runs, spawned directly
// so npm's own start-up is not timed (the subtraction removes tsx's and the pack's start-up anyway).
const TARGET = 2000; // full 12-quarter playthroughs per second
const LONG = 4020;
const SHORT = 20;
const TRIALS = 3;
const FIXTURE = 'test/fixtures/scenarios/fixture.yaml';

function timeSim(pack: string, runs: number): number {
  const args = [
    'src/cli/sim.ts',
    '--scenario',
    pack,
    '--policy',
    'random',
    '--runs',
    `${runs}`,
    '--seed',
    'bench',
    '--json',
  ];
  const start = performance.now();
  const child = spawnSync('node_modules/.bin/tsx', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0)
    throw new CliError(`bench: tsx ${args.join(' ')} failed:\n${child.stderr.trim()}`, 1);
  const { runs: played } = JSON.parse(child.stdout) as { runs: number };
  if (played !== runs) throw new CliError(`bench: sim played ${played} runs, not ${runs}`, 1);
  return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function benchPack(pack: string): boolean {
  const differences: number[] = [];
  const longs: number[] = [];
  const shorts: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const short = timeSim(pack, SHORT);
    const long = timeSim(pack, LONG);
    shorts.push(short);
    longs.push(long);
    differences.push(long - short);
  }
  const rate = (LONG - SHORT) / median(differences);
  const pass = rate >= TARGET;
  const format = (seconds: number[]) => seconds.map((s) => s.toFixed(2)).join(' / ');
  console.log(`${pack}`);
  console.log(`  --runs ${LONG}: ${format(longs)} s   --runs ${SHORT}: ${format(shorts)} s`);
  console.log(
    `  ${Math.round(rate)} playthroughs/s (${LONG - SHORT} runs over the median difference, ${median(differences).toFixed(2)} s)`,
  );
  console.log(
    `  ${pass ? 'PASS' : 'FAIL'}: ${pass ? '≥' : '<'} ${TARGET.toLocaleString('en')} playthroughs/s`,
  );
  return pass;
}

/** Sim throughput on each pack, then the cohort debrief's (Node and page). */
async function benchSim(): Promise<boolean> {
  const shipped = readdirSync(SCENARIOS_DIR)
    .filter((file) => file.endsWith('.yaml') && !NOT_PACKS.has(file))
    .sort()
    .map((file) => displayPath(`${SCENARIOS_DIR}${file}`));
  console.log(
    `bench: sim throughput (DESIGN §8), Node ${process.version}, ${process.platform}/${process.arch}`,
  );
  console.log(
    `  each figure: tsx src/cli/sim.ts --policy random --seed bench --json, spawned directly (not via npm)`,
  );
  console.log(
    `  the CLI plays --runs ${LONG} on ${threadsFor(LONG)} thread(s) and --runs ${SHORT} on ${threadsFor(SHORT)} (DM_SIM_THREADS sets it; 1 = one thread)`,
  );
  if (shipped.length === 0)
    console.log(`  no shipped pack in scenarios/ yet: measuring the fixture pack instead`);
  const packs = shipped.length > 0 ? shipped : [FIXTURE];
  const results = packs.map(benchPack);
  const cohortPack = packs.find((pack) => pack.includes('kessaria')) ?? packs[0]!;
  results.push(benchCohort(cohortPack), await benchCohortPage(cohortPack));
  return results.every(Boolean);
}

const SECTIONS = ['sim', 'browser'] as const;

/** Every section by default; `--only sim` or `--only browser` runs one (the browser one builds the game). */
async function main(args: readonly string[]): Promise<number> {
  const only = args.length === 2 && args[0] === '--only' ? SECTIONS.find((s) => s === args[1]) : undefined;
  if (args.length > 0 && only === undefined) throw new CliError(`bench: unknown arguments ${args.join(' ')}`);
  const sim = only === 'browser' ? true : await benchSim();
  const browser = only === 'sim' ? true : await benchBrowser();
  return sim && browser ? 0 : 1;
}

void runCli('bench', 'usage: npm run bench [-- --only sim|browser]', () => main(process.argv.slice(2)));
