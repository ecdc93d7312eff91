import { describe, it } from 'vitest';
import { DOCTRINE_CLAIMS } from './claim-list';
import { CLAIM_TIMEOUT_MS, expectClaim } from './claims';

// Each claim: ≥ 200 paired seeds on the fixture pack, its immediate-only copy for model-level claims, and
// 10 perturbed packs of 100 seeds (claims.ts). Runs shared by claims are played once (runPaired memoises).
describe('the seeds’ causal claims on the fixture pack', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it.each(DOCTRINE_CLAIMS)('$title', ({ claim }) => expectClaim(claim()));
});
