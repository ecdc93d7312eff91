/**
 * Default coefficients of the model (DESIGN §3). A pack overrides any of them under `coefficients`.
 * Each line says why the value has its size; the seeds give directions, never magnitudes (digest, notation),
 * so every magnitude here is a design choice, sized so that one quarter moves a meter by a few points.
 */
export const DEFAULT_COEFFICIENTS = {
  // Meters: inertia
  meterResponse: 0.5, // a meter closes half the gap to its target each quarter: change is visible but never instant

  // Civilian harm by state forces = abusive capacity × (base + indiscipline × (1 − cohesion/100))
  stateHarmBase: 0.6, // a disciplined force still turns most unaccountable capacity into some abuse
  stateHarmIndiscipline: 0.8, // a force with no cohesion (mutiny, desertion) abuses far more (003 ch18)

  // Civilian harm by armed groups = armedHarmScale × threat × (1 − mitigation)
  armedHarmScale: 0.7, // even unopposed, armed groups do not turn all their strength on civilians
  mitigationTrust: 0.3, // communities that trust the mission warn it of threats (001 §Community responsiveness)
  mitigationProtection: 0.4, // the mission's own protection shields civilians directly (narrow POC)
  mitigationCapacity: 0.5, // effective state forces deter armed groups
  mitigationMax: 0.8, // nobody can protect everyone: a fifth of the threat always reaches civilians

  // Security = base + capacity weight × effective capacity + protection weight × protection − threat weight × threat
  securityBase: 30, // the order a state keeps with no force at all (customary and informal providers)
  securityCapacity: 0.9, // effective state capacity is the main source of order
  securityProtection: 0.4, // the mission's own protection adds order, but only where it is deployed
  securityThreat: 0.5, // armed groups take away order in proportion to their strength

  // Legitimacy = base + weights × (ownership, accountability, oversight, trust) − harm weight × harm by state forces
  legitimacyBase: 5, // a recognised government keeps some legitimacy even when it does nothing
  legitimacyOwnership: 0.25, // reform owned by a broad constituency is seen as legitimate (003 ch15)
  legitimacyAccountability: 0.25, // forces that answer for abuse are seen as legitimate (003 ch1)
  legitimacyOversight: 0.2, // visible civilian control adds legitimacy (004 5.4.1)
  legitimacyTrust: 0.3, // the impartiality term: trust in the mission's even-handedness (001 §Impartiality)
  legitimacyStateHarm: 0.5, // abuse by state forces destroys legitimacy faster than reform builds it (003 ch13)

  // Drift: vetting decay — accountability moves toward a ceiling set by oversight
  accountabilityCeilingBase: 15, // with no oversight at all, internal control settles low
  accountabilityCeilingOversight: 0.7, // each point of oversight holds up most of a point of accountability
  vettingDecayRate: 0.25, // above the ceiling, a quarter of the excess is lost each quarter (001 §Vetting security forces)
  oversightLiftRate: 0.05, // below the ceiling, oversight slowly builds accountability by itself

  // Drift: follow-up — ownership decays unless `dialogue-followed-up` was set in the last 2 quarters
  followUpWindow: 2, // quarters a follow-up keeps a dialogue alive (003 ch15: "ongoing action")
  ownershipDecayRate: 0.25, // without follow-up a quarter of the gain over the anchor fades each quarter
  ownershipAnchorShare: 0.85, // ownership fades toward 85 % of its starting value, not to zero

  // Drift: unpaid forces
  unpaidThreshold: 25, // below this fiscal level salaries go unpaid (003 ch18)
  unpaidCapacityLoss: 6, // capacity lost per quarter at a fiscal level of 0
  unpaidCohesionLoss: 8, // cohesion lost per quarter at a fiscal level of 0: morale goes before the kit
  recurrentCostRate: 0.08, // each point of capacity bought costs 0.08 fiscal points a quarter in pay and upkeep (003 ch12)
  fiscalRecovery: 0.15, // revenue and budget support pull fiscal back toward its starting level

  // Drift: grievance — threat grows with harm by state forces, and with DDR promised but not funded
  grievanceRate: 0.12, // each point of harm by state forces recruits for armed groups (003 ch13: abuse is self-reinforcing)
  ddrGrievance: 3, // threat added each quarter while DDR is promised and not funded (003 ch10)

  // Drift: pressure — threat falls with effective capacity and with ownership
  pressureCapacity: 0.15, // effective forces push armed groups back, in proportion to their strength
  pressureOwnership: 0.06, // a shared political settlement drains armed groups of recruits (003 ch15)

  // Drift: association — while `backing-forces` is on, trust falls in proportion to (1 − accountability/100)
  associationRate: 4, // points of trust lost per quarter when backing wholly unaccountable forces (001 §Community responsiveness)

  // Drift: substitution — protection above 50 slows ownership
  substitutionThreshold: 50, // below this the mission only fills gaps; above it, it replaces the state (002 §4)
  substitutionRate: 0.1, // ownership lost per quarter for each point of protection above the threshold

  // Drift: redeployment — the mission's protection relaxes toward its starting level
  redeploymentRate: 0.15, // surged troops and patrols are redeployed within a year or so

  // Drift: coordination — positive option effects on capacity, accountability, oversight, ownership × (0.5 + coherence/100)
  coherenceDecayRate: 0.15, // coordination gains fade toward the starting level unless renewed (003 ch16)

  // Drift: consent — falls by each chosen option's consentCost, recovers slowly toward its start
  consentRecovery: 0.15, // a host forgives friction within a year or so
  consentFloor: 20, // below this at a mandate review the Council changes the mandate (DESIGN §3)

  // Incidents
  crisisQuietWeight: 2, // the weight of "no crisis this quarter" in the crisis draw: most quarters bring one, not all

  // Endings
  collapseSecurity: 8, // security this low with a broken chain of command is a collapse of the sector (003 ch8)
  collapseCohesion: 12, // … and cohesion this low means units have dissolved
  hardNoise: 4, // on Hard, reported meters are off by up to ±4 points (the simulation itself is unchanged)
} as const;

export type CoefficientId = keyof typeof DEFAULT_COEFFICIENTS;
export type Coefficients = { readonly [K in CoefficientId]: number };
export const COEFFICIENT_IDS = Object.keys(DEFAULT_COEFFICIENTS) as CoefficientId[];

/** The defaults with a pack's overrides applied. */
export function resolveCoefficients(
  overrides: Partial<Record<CoefficientId, number>> | undefined,
): Coefficients {
  return { ...DEFAULT_COEFFICIENTS, ...(overrides ?? {}) };
}

/** The flags the model itself reads (content sets them through options). */
export const MODEL_FLAGS = ['dialogue-followed-up', 'backing-forces', 'ddr-promised', 'ddr-funded'] as const;
