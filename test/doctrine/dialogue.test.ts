import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';

describe('national dialogue and ownership', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('inclusive vs top-down: legitimacy higher later (digest claims 17 and 18, 003 ch15)', () => {
    expectClaim({
      a: policy('inclusive'),
      b: policy('top-down'),
      all: [{ measure: later('legitimacy'), higher: 'a' }],
    });
  });
});
