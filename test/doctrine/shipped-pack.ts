import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/content/scenario.schema';
import { STANCES } from '../../src/sim/tags';
import { DOCTRINE_CLAIMS, singleStance } from './claim-list';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';

/**
 * Holds the shipped pack `scenarios/<id>.yaml` to the fixture's claims with the same rule (issues 4–6), and
 * checks that its mixed policy (accountability-first, inclusive, coordinate, mitigate) beats every
 * single-stance policy on the composite at the last quarter. One test file per pack (shipped-<id>.test.ts),
 * so that the packs' claims, the slowest tests of the suite, run on different test workers.
 */
export function doctrineOnShippedPack(id: string): void {
  const pack = ScenarioSchema.parse(
    parse(readFileSync(new URL(`../../scenarios/${id}.yaml`, import.meta.url), 'utf8')),
  );

  describe(`doctrine on ${pack.id}`, () => {
    it.each(DOCTRINE_CLAIMS)('$title', { timeout: CLAIM_TIMEOUT_MS }, ({ claim }) =>
      expectClaim(claim(), pack),
    );

    it.each(STANCES.filter((stance) => stance !== 'defer'))(
      'the mixed policy beats %s alone on the composite at the end',
      { timeout: CLAIM_TIMEOUT_MS },
      (stance) =>
        expectClaim(
          {
            a: policy('mixed'),
            b: singleStance(stance),
            all: [{ measure: later('composite'), higher: 'a' }],
          },
          pack,
        ),
    );
  });
}
