import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/content/scenario.schema';
import { STANCES } from '../../src/sim/tags';
import { DOCTRINE_CLAIMS, singleStance } from './claim-list';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';

// Every shipped pack is held to the fixture's claims with the same rule (issues 4–6), and its mixed policy
// (accountability-first, inclusive, coordinate, mitigate) beats every single-stance policy on the composite
// at the last quarter.
const packs = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((file) => file.endsWith('.yaml') && file !== 'sources.yaml' && file !== 'glossary.yaml')
  .map((file) =>
    ScenarioSchema.parse(parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'))),
  );

describe.each(packs)('doctrine on $id', (pack) => {
  it.each(DOCTRINE_CLAIMS)('$title', { timeout: CLAIM_TIMEOUT_MS }, ({ claim }) =>
    expectClaim(claim(), pack),
  );

  it.each(STANCES.filter((stance) => stance !== 'defer'))(
    'the mixed policy beats %s alone on the composite at the end',
    { timeout: CLAIM_TIMEOUT_MS },
    (stance) =>
      expectClaim(
        { a: policy('mixed'), b: singleStance(stance), all: [{ measure: later('composite'), higher: 'a' }] },
        pack,
      ),
  );
});
