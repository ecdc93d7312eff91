/** The drift rules of DESIGN §3, in the order they run each quarter. Their names appear in ledger entry keys. */
export const DRIFT_RULES = [
  'vetting-decay',
  'follow-up',
  'unpaid-forces',
  'grievance',
  'pressure',
  'association',
  'substitution',
  'redeployment',
  'coordination',
  'consent',
] as const;
export type DriftRule = (typeof DRIFT_RULES)[number];
