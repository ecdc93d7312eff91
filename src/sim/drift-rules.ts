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

/** The drivers each rule changes: a driver's ledger keeps a slot per cause for each rule that can change it. */
export const RULE_TARGETS: Readonly<Record<DriftRule, readonly string[]>> = {
  'vetting-decay': ['accountability'],
  'follow-up': ['ownership'],
  'unpaid-forces': ['fiscal', 'capacity', 'cohesion'],
  grievance: ['threat'],
  pressure: ['threat'],
  association: ['trust'],
  substitution: ['ownership'],
  redeployment: ['protection'],
  coordination: ['coherence'],
  consent: ['consent'],
};

/** Consent below this counts as zero (it is shown rounded): the host has cut cooperation. */
export const CONSENT_ZERO = 0.5;
