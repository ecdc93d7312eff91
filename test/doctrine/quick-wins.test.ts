import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later, over } from './paired';

describe('quick wins', { timeout: CLAIM_TIMEOUT_MS }, () => {
  // The quick-win policy spends its capital on visible outputs and nothing else (every other stance is in its
  // `avoid` list, so it never funds them): quick wins *instead of* deep reform, which is the contrast of the claim.
  it('quick-win vs mixed: composite higher over quarters 1–3, lower at the end (digest claim 14, 004 5.4.6)', () => {
    expectClaim({
      a: policy('quick-win'),
      b: policy('mixed'),
      all: [
        { measure: over(1, 3, 'composite'), higher: 'a' },
        { measure: later('composite'), higher: 'b' },
      ],
    });
  });
});
