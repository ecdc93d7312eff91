import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later, now } from './paired';

// Each claim: ≥ 200 paired seeds on the fixture pack, the immediate-only pack for model-level claims, and
// 10 perturbed packs of 100 seeds (claims.ts). One rule for every claim: paired difference ≥ 2 points
// and > 2 SE (paired.ts). The runs of accountability-first are played once and shared by both claims.
describe('capacity without accountability', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('capacity-first vs accountability-first: security higher now, civilian harm higher later (digest claim 1, 001 §Relationship in policy)', () => {
    expectClaim({
      a: policy('capacity-first'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('civilianHarm'), higher: 'a' },
      ],
      modelLevel: true,
    });
  });

  it('appease vs accountability-first: security higher now, harm by state forces higher later (digest claims 6 and 20, 003 ch10, 003 ch6)', () => {
    expectClaim({
      a: policy('appease'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('harmByState'), higher: 'a' },
      ],
      modelLevel: true,
    });
  });
});
