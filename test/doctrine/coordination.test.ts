import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';

describe('coordination', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('coordinate vs fragment: legitimacy or security higher later (digest card C5, 003 ch16)', () => {
    expectClaim({
      a: policy('coordinate'),
      b: policy('fragment'),
      any: [
        { measure: later('legitimacy'), higher: 'a' },
        { measure: later('security'), higher: 'a' },
      ],
    });
  });
});
