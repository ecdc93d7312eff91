import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';
import { withOversight, withoutOversight } from './scripted';

describe('vetting and oversight', { timeout: CLAIM_TIMEOUT_MS }, () => {
  // Scripted (scripted.ts): the same vetting policy, once never funding oversight, once funding controls first.
  it('vetting without oversight vs with: accountability lower later (digest claim 5, 001 §Vetting security forces)', () => {
    const vetting = policy('vetting');
    expectClaim({
      a: withoutOversight(vetting),
      b: withOversight(vetting),
      all: [{ measure: later('accountability'), higher: 'b' }],
      modelLevel: true,
    });
  });
});
