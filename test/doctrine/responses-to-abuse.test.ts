import { describe, it } from 'vitest';
import { CLAIM_TIMEOUT_MS, expectClaim, policy } from './claims';
import { later, now } from './paired';
import { backingUnaccountable, neverBacking } from './scripted';

describe('responding to abuse by partner forces', { timeout: CLAIM_TIMEOUT_MS }, () => {
  it('acquiesce vs mitigate: civilian harm higher later (digest claim 9, 002 §4)', () => {
    expectClaim({
      a: policy('acquiesce'),
      b: policy('mitigate'),
      all: [{ measure: later('civilianHarm'), higher: 'a' }],
    });
  });

  it('confront vs mitigate: civilian harm higher now (digest claims 10 and 11, 003 ch13 "DRC…", 003 ch11)', () => {
    expectClaim({
      a: policy('confront'),
      b: policy('mitigate'),
      all: [{ measure: now('civilianHarm'), higher: 'a' }],
    });
  });

  // Scripted (scripted.ts): the mixed policy, once backing the forces whenever it can while accountability
  // is below 40, once never backing them.
  it('association: backing forces while accountability < 40 vs not, trust lower later (digest claim 7, 001 §Community responsiveness)', () => {
    const mixed = policy('mixed');
    expectClaim({
      a: backingUnaccountable(mixed),
      b: neverBacking(mixed),
      all: [{ measure: later('trust'), higher: 'b' }],
      modelLevel: true,
    });
  });
});
