import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../src/content/scenario.schema';
import type { TagPolicy } from '../../src/sim/policy';
import { STANCES } from '../../src/sim/tags';
import { immediateOnly } from '../support/fixture';
import {
  CLAIM_TIMEOUT_MS,
  PERTURBATIONS,
  PERTURBED_NEEDED,
  PERTURBED_SEEDS,
  SEEDS,
  perturbed,
  policy,
  type Claim,
} from './claims';
import { compare, later, now, over, runPaired, summarise, type Comparison } from './paired';
import {
  backingUnaccountable,
  neverBacking,
  withFollowUp,
  withOversight,
  withoutFollowUp,
  withoutOversight,
} from './scripted';

// The doctrine claims of test/doctrine/*.test.ts, held on the shipped Kessaria pack with the same rule as on the
// fixture (claims.ts): ≥ 200 paired seeds, the immediate-only copy for model-level claims, and at least 9 of 10
// perturbed packs; each comparison ≥ 2 points and > 2 paired standard errors (paired.ts). Only the pack differs.
const kessaria: Scenario = ScenarioSchema.parse(
  parse(readFileSync(new URL('../../scenarios/kessaria.yaml', import.meta.url), 'utf8')),
);
const immediate = immediateOnly(kessaria);

function verdict(claim: Claim, pack: Scenario, seeds: { seed: string; runs: number }) {
  const a = runPaired(pack, claim.a, seeds);
  const b = runPaired(pack, claim.b, seeds);
  const judge = ({ measure, higher }: { measure: Parameters<typeof compare>[2]; higher: 'a' | 'b' }) =>
    higher === 'a' ? compare(a, b, measure) : compare(b, a, measure);
  const all = (claim.all ?? []).map(judge);
  const any = (claim.any ?? []).map(judge);
  const holds = all.every((c) => c.holds) && (any.length === 0 || any.some((c) => c.holds));
  return { holds, comparisons: [...all, ...any] };
}

const lines = (comparisons: readonly Comparison[]) =>
  comparisons.map((c) => `    ${summarise(c)}`).join('\n');

/** expectClaim of claims.ts, on Kessaria instead of the fixture. */
function expectClaimOnKessaria(claim: Claim): void {
  const failures: string[] = [];
  const variants: [string, Scenario][] = [['kessaria', kessaria]];
  if (claim.modelLevel) variants.push(['immediate-only', immediate]);
  for (const [name, pack] of variants) {
    const result = verdict(claim, pack, SEEDS);
    if (!result.holds) failures.push(`on the ${name} pack:\n${lines(result.comparisons)}`);
  }
  let held = 0;
  for (let k = 0; k < PERTURBATIONS; k++)
    if (verdict(claim, perturbed(kessaria, k), PERTURBED_SEEDS).holds) held++;
  if (held < PERTURBED_NEEDED)
    failures.push(`in ${held} of ${PERTURBATIONS} perturbed packs (${PERTURBED_NEEDED} needed)`);
  expect(failures, failures.join('\n')).toEqual([]);
}

describe('doctrine on Kessaria', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('capacity-first vs accountability-first: security higher now, civilian harm higher later (claim 1)', () => {
    expectClaimOnKessaria({
      a: policy('capacity-first'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('civilianHarm'), higher: 'a' },
      ],
      modelLevel: true,
    });
  });

  it('appease vs accountability-first: security higher now, harm by state forces higher later (claims 6, 20)', () => {
    expectClaimOnKessaria({
      a: policy('appease'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('harmByState'), higher: 'a' },
      ],
      modelLevel: true,
    });
  });

  it('coordinate vs fragment: legitimacy or security higher later (card C5, 003 ch16)', () => {
    expectClaimOnKessaria({
      a: policy('coordinate'),
      b: policy('fragment'),
      any: [
        { measure: later('legitimacy'), higher: 'a' },
        { measure: later('security'), higher: 'a' },
      ],
    });
  });

  it('inclusive vs top-down: legitimacy higher later (claims 17, 18)', () => {
    expectClaimOnKessaria({
      a: policy('inclusive'),
      b: policy('top-down'),
      all: [{ measure: later('legitimacy'), higher: 'a' }],
    });
  });

  it('dialogue without follow-up vs with: ownership lower later (claim 16)', () => {
    const dialogue = policy('dialogue');
    expectClaimOnKessaria({
      a: withoutFollowUp(dialogue),
      b: withFollowUp(dialogue),
      all: [{ measure: later('ownership'), higher: 'b' }],
      modelLevel: true,
    });
  });

  it('acquiesce vs mitigate: civilian harm higher later (claim 9)', () => {
    expectClaimOnKessaria({
      a: policy('acquiesce'),
      b: policy('mitigate'),
      all: [{ measure: later('civilianHarm'), higher: 'a' }],
    });
  });

  it('confront vs mitigate: civilian harm higher now (claims 10, 11)', () => {
    expectClaimOnKessaria({
      a: policy('confront'),
      b: policy('mitigate'),
      all: [{ measure: now('civilianHarm'), higher: 'a' }],
    });
  });

  it('association: backing forces while accountability < 40 vs not, trust lower later (claim 7)', () => {
    const mixed = policy('mixed');
    expectClaimOnKessaria({
      a: backingUnaccountable(mixed),
      b: neverBacking(mixed),
      all: [{ measure: later('trust'), higher: 'b' }],
      modelLevel: true,
    });
  });

  it('vetting without oversight vs with: accountability lower later (claim 5)', () => {
    const vetting = policy('vetting');
    expectClaimOnKessaria({
      a: withoutOversight(vetting),
      b: withOversight(vetting),
      all: [{ measure: later('accountability'), higher: 'b' }],
      modelLevel: true,
    });
  });

  it('quick-win vs mixed: composite higher over quarters 1–3, lower at the end (claim 14)', () => {
    expectClaimOnKessaria({
      a: policy('quick-win'),
      b: policy('mixed'),
      all: [
        { measure: over(1, 3, 'composite'), higher: 'a' },
        { measure: later('composite'), higher: 'b' },
      ],
    });
  });
});

// Issue 4: the mixed policy (accountability-first, inclusive, coordinate, mitigate) beats every single-stance
// policy on the composite (security + legitimacy − civilian harm) at the last quarter, by the same rule.
describe('the mixed policy on Kessaria', { timeout: CLAIM_TIMEOUT_MS }, () => {
  const single = (stance: string): TagPolicy => ({ name: stance, prefer: [`stance:${stance}`], avoid: [] });
  it.each(STANCES.filter((stance) => stance !== 'defer'))(
    'beats %s alone on the composite at the end',
    (stance) => {
      expectClaimOnKessaria({
        a: policy('mixed'),
        b: single(stance),
        all: [{ measure: later('composite'), higher: 'a' }],
      });
    },
  );
});
