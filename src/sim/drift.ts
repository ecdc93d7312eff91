import type { Scenario } from '../content/scenario.schema';
import { isFlagActive } from './conditions';
import type { Draft } from './draft';
import { CONSENT_ZERO, DRIFT_RULES, type DriftRule } from './drift-rules';
import { applyDrift, WIDTH, weightOnCause, weightsFromDrivers } from './ledger';
import { effectiveCapacityOf, harmByStateOf } from './model';
import { zeros } from './zeros';

/**
 * The drift rules of DESIGN §3, in their listed order. Each reads the drivers as the previous rule left
 * them, and shares its change among the causes of what it reads (ledger.ts).
 */
export { DRIFT_RULES, type DriftRule };

type Rule = (draft: Draft, scenario: Scenario) => void;

const RULES: Readonly<Record<DriftRule, Rule>> = {
  /** Accountability moves toward a ceiling set by oversight: "a clean record can quickly be compromised" (001). */
  'vetting-decay': (draft) => {
    const { k, drivers } = draft;
    const ceiling = k.accountabilityCeilingBase + k.accountabilityCeilingOversight * drivers.oversight;
    const gap = ceiling - drivers.accountability;
    const delta = gap < 0 ? k.vettingDecayRate * gap : k.oversightLiftRate * gap;
    applyDrift(
      draft,
      'accountability',
      delta,
      'vetting-decay',
      weightsFromDrivers(draft, ['accountability', 'oversight']),
    );
  },
  /** Ownership fades unless a dialogue was followed up in the last quarters (003 ch15). */
  'follow-up': (draft, scenario) => {
    const { k } = draft;
    // Followed up: the flag is still on (a timed flag set for n quarters), or was set in the last quarters.
    const flag = draft.flags['dialogue-followed-up'];
    const isFollowedUp =
      flag !== undefined &&
      (flag.until !== undefined ? draft.turn <= flag.until : flag.setTurn > draft.turn - k.followUpWindow);
    if (isFollowedUp) return;
    const anchor = k.ownershipAnchorShare * scenario.startingDrivers.ownership;
    const excess = draft.drivers.ownership - anchor;
    if (excess <= 0) return;
    applyDrift(
      draft,
      'ownership',
      -k.ownershipDecayRate * excess,
      'follow-up',
      weightsFromDrivers(draft, ['ownership']),
    );
  },
  /** Capacity bought must be paid for; below a fiscal threshold, capacity and cohesion fall (003 ch12, ch18). */
  'unpaid-forces': (draft, scenario) => {
    const { k } = draft;
    // The capacity that options bought: the direct, positive contributions of option causes.
    const bought = zeros(draft.causeCount);
    let total = 0;
    for (let c = 0; c < draft.causeCount; c++) {
      const amount = draft.ledger.capacity[c * WIDTH.capacity]!;
      if (draft.causes[c]!.kind !== 'option' || amount <= 0) continue;
      bought[c] = amount;
      total += amount;
    }
    if (total > 0) applyDrift(draft, 'fiscal', -k.recurrentCostRate * total, 'unpaid-forces', bought);
    const recovery = k.fiscalRecovery * (scenario.startingDrivers.fiscal - draft.drivers.fiscal);
    applyDrift(draft, 'fiscal', recovery, 'unpaid-forces', weightsFromDrivers(draft, ['fiscal']));
    const shortfall =
      k.unpaidThreshold > 0 ? Math.max(0, k.unpaidThreshold - draft.drivers.fiscal) / k.unpaidThreshold : 0;
    if (shortfall <= 0) return;
    const fiscalCauses = weightsFromDrivers(draft, ['fiscal']);
    applyDrift(draft, 'capacity', -k.unpaidCapacityLoss * shortfall, 'unpaid-forces', fiscalCauses);
    applyDrift(draft, 'cohesion', -k.unpaidCohesionLoss * shortfall, 'unpaid-forces', fiscalCauses);
  },
  /** Threat grows with harm by state forces, and while DDR is promised but not funded (003 ch13, ch10). */
  grievance: (draft) => {
    const { k } = draft;
    const harmByState = harmByStateOf(draft.drivers, k);
    const readers = weightsFromDrivers(draft, ['capacity', 'accountability', 'cohesion']);
    applyDrift(draft, 'threat', k.grievanceRate * harmByState, 'grievance', readers);
    const promised = draft.flags['ddr-promised'];
    if (
      promised &&
      isFlagActive(draft.flags, 'ddr-promised', draft.turn) &&
      !isFlagActive(draft.flags, 'ddr-funded', draft.turn)
    ) {
      applyDrift(draft, 'threat', k.ddrGrievance, 'grievance', weightOnCause(draft, promised.cause));
    }
  },
  /** Threat falls with effective capacity and with ownership. */
  pressure: (draft) => {
    const { k, drivers } = draft;
    const push =
      (k.pressureCapacity * effectiveCapacityOf(drivers) + k.pressureOwnership * drivers.ownership) / 100;
    const readers = weightsFromDrivers(draft, ['capacity', 'cohesion', 'ownership']);
    applyDrift(draft, 'threat', -push * drivers.threat, 'pressure', readers);
  },
  /** Backing forces costs the mission trust in proportion to their unaccountability (001 §Community responsiveness). */
  association: (draft) => {
    const flag = draft.flags['backing-forces'];
    if (!flag || !isFlagActive(draft.flags, 'backing-forces', draft.turn)) return;
    const loss = draft.k.associationRate * (1 - draft.drivers.accountability / 100);
    // N.B. shared to the decision that set the flag: backing the forces is the choice that costs the trust.
    applyDrift(draft, 'trust', -loss, 'association', weightOnCause(draft, flag.cause));
  },
  /** Protection above the threshold slows ownership: the mission substitutes for the state (002 §4). */
  substitution: (draft) => {
    const { k } = draft;
    const excess = draft.drivers.protection - k.substitutionThreshold;
    if (excess <= 0) return;
    applyDrift(
      draft,
      'ownership',
      -k.substitutionRate * excess,
      'substitution',
      weightsFromDrivers(draft, ['protection']),
    );
  },
  /** The mission's own protection relaxes toward its starting level as surged assets are redeployed. */
  redeployment: (draft, scenario) => {
    const delta = draft.k.redeploymentRate * (scenario.startingDrivers.protection - draft.drivers.protection);
    applyDrift(draft, 'protection', delta, 'redeployment', weightsFromDrivers(draft, ['protection']));
  },
  /** Coordination gains fade toward the starting level unless renewed (003 ch16). */
  coordination: (draft, scenario) => {
    const delta = draft.k.coherenceDecayRate * (scenario.startingDrivers.coherence - draft.drivers.coherence);
    applyDrift(draft, 'coherence', delta, 'coordination', weightsFromDrivers(draft, ['coherence']));
  },
  /** Consent recovers slowly toward its start after friction. */
  consent: (draft, scenario) => {
    const gap = scenario.startingDrivers.consent - draft.drivers.consent;
    // N.B. no recovery from zero: a host that has cut cooperation does not forgive by itself; only the
    // trainee's choices can win it back before it withdraws consent (DESIGN §3: two quarters at 0).
    if (gap <= 0 || draft.drivers.consent < CONSENT_ZERO) return;
    applyDrift(
      draft,
      'consent',
      draft.k.consentRecovery * gap,
      'consent',
      weightsFromDrivers(draft, ['consent']),
    );
  },
};

export function applyDriftRules(draft: Draft, scenario: Scenario): void {
  for (let r = 0; r < DRIFT_RULES.length; r++) RULES[DRIFT_RULES[r]!](draft, scenario);
}
