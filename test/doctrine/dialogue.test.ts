import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later } from './paired';
import { withFollowUp, withoutFollowUp } from './scripted';

describe('national dialogue and ownership', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('inclusive vs top-down: legitimacy higher later (digest claims 17 and 18, 003 ch15)', () => {
    expectClaim({
      a: policy('inclusive'),
      b: policy('top-down'),
      all: [{ measure: later('legitimacy'), higher: 'a' }],
    });
  });

  // Scripted (scripted.ts): the same dialogue policy, once never following up, once following up first.
  it('dialogue without follow-up vs with: ownership lower later (digest claim 16, 003 ch15)', () => {
    const dialogue = policy('dialogue');
    expectClaim({
      a: withoutFollowUp(dialogue),
      b: withFollowUp(dialogue),
      all: [{ measure: later('ownership'), higher: 'b' }],
      modelLevel: true,
    });
  });
});
