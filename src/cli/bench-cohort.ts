import { performance } from 'node:perf_hooks';
import { cohortOf, decodeCohort, packsNeeded } from '../debrief/cohort';
import { readCohortInput } from '../debrief/cohort-input';
import { createLocales } from '../i18n/i18n';
import { playSession } from '../sim/play';
import { encodeRunCode } from '../sim/run-code';
import { selectCohortView } from '../view-model/cohort-view';
import { loadScenario } from './load-scenario';

// Issue 10: 20 run codes load and render in under a second. This times the whole headless path the page
// runs on "Load" — find the codes in pasted text, decode and replay each against its pack, compare them,
// and build every string and chart point of the view — for 20 Standard (12-quarter) runs of a shipped pack,
// median of 7. The DOM that draws the view from it is the browser's share (not timed here).
const RUNS = 20;
const TRIALS = 7;
const TARGET_MS = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Prints the cohort figure; true when it is within the target. */
export function benchCohort(pack = 'kessaria'): boolean {
  const scenario = loadScenario(pack);
  const codes = Array.from({ length: RUNS }, (_, i) =>
    encodeRunCode(
      playSession(
        scenario,
        { turns: 12, difficulty: 'normal', seed: i === 0 ? 'cohort' : `cohort.${i}` },
        'random',
      ).log,
      scenario,
    ),
  );
  const pasted = codes.map((code, i) => `[10:${10 + i}] Team ${i + 1}: ?run=${code}`).join('\n');
  const { en } = createLocales();
  const times: number[] = [];
  let loaded = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const start = performance.now();
    const input = readCohortInput(pasted);
    packsNeeded(input.items);
    const { runs, problems } = decodeCohort(input.items, scenario);
    const view = selectCohortView(
      cohortOf(runs, scenario),
      scenario,
      problems,
      input.duplicates,
      {},
      false,
      en,
    );
    times.push(performance.now() - start);
    loaded = view.rows.length;
  }
  const ms = median(times);
  const pass = ms < TARGET_MS && loaded === RUNS;
  console.log(`cohort debrief (issue 10): ${RUNS} codes of ${pack}, 12 quarters each`);
  console.log(`  parse + decode + replay + compare + view: ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  console.log(`  median ${ms.toFixed(0)} ms for ${loaded} runs loaded`);
  console.log(`  ${pass ? 'PASS' : 'FAIL'}: ${pass ? '<' : '≥'} ${TARGET_MS} ms`);
  return pass;
}
