import type { Coefficients } from './defaults';
import { DRIVER_IDS, type DriverId } from './drivers';
import { beginEvaluation, driver, DRIVER_INDEX, monotone, plus, product, sum, type Dual } from './dual';
import { clampMeter, type MeterId } from './meters';

type Drivers = Readonly<Record<DriverId, number>>;

/** The meter targets and the harm parts, each seen before and after a change of drivers. */
/** Valid until the model is evaluated again: its duals live in a pool every evaluation reuses (dual.ts). */
export interface ModelView {
  readonly targets: Readonly<Record<MeterId, Dual>>;
  readonly harmState: Dual;
  readonly harmArmed: Dual;
}

/**
 * The equations of DESIGN §3, written once. Every shape that carries the doctrine is here:
 * - abusive capacity = capacity × (1 − accountability/100): "capacity without accountability turns into abuse";
 * - harm by state forces = abusive capacity × (base + indiscipline × (1 − cohesion/100));
 * - harm by armed groups = scale × threat × (1 − mitigation by trust, protection and effective capacity);
 * - security = effective capacity (capacity × cohesion/100) and protection, against threat;
 * - legitimacy = ownership, accountability, oversight and trust, minus harm by state forces.
 * Only + − × ÷ and min/max are used (DESIGN §3).
 */
export function evaluateModel(before: Drivers, after: Drivers, k: Coefficients): ModelView {
  beginEvaluation();
  for (let i = 0; i < cached.length; i++) cached[i] = undefined;
  const d = (id: DriverId) => (cached[DRIVER_INDEX[id]] ??= driver(id, before, after));
  const effectiveCapacity = product(d('capacity'), plus(sum(), 1 / 100, d('cohesion'))); // cohesion on 0..1
  const abusiveCapacity = product(d('capacity'), plus(sum(1), -1 / 100, d('accountability')));
  const indiscipline = plus(
    sum(k.stateHarmBase + k.stateHarmIndiscipline),
    -k.stateHarmIndiscipline / 100,
    d('cohesion'),
  );
  const harmState = product(abusiveCapacity, indiscipline);

  let mitigated = plus(sum(), k.mitigationTrust / 100, d('trust'));
  mitigated = plus(mitigated, k.mitigationProtection / 100, d('protection'));
  mitigated = plus(mitigated, k.mitigationCapacity / 100, effectiveCapacity);
  const mitigation = monotone(mitigated, (value) => Math.min(k.mitigationMax, value));
  const harmArmed = product(plus(sum(), k.armedHarmScale, d('threat')), plus(sum(1), -1, mitigation));

  const civilianHarm = monotone(plus(plus(sum(), 1, harmState), 1, harmArmed), clampMeter);

  let secure = plus(sum(k.securityBase), k.securityCapacity, effectiveCapacity);
  secure = plus(secure, k.securityProtection, d('protection'));
  secure = plus(secure, -k.securityThreat, d('threat'));
  const security = monotone(secure, clampMeter);

  let legitimate = plus(sum(k.legitimacyBase), k.legitimacyOwnership, d('ownership'));
  legitimate = plus(legitimate, k.legitimacyAccountability, d('accountability'));
  legitimate = plus(legitimate, k.legitimacyOversight, d('oversight'));
  legitimate = plus(legitimate, k.legitimacyTrust, d('trust'));
  legitimate = plus(legitimate, -k.legitimacyStateHarm, harmState);
  const legitimacy = monotone(legitimate, clampMeter);
  return { targets: { security, legitimacy, civilianHarm }, harmState, harmArmed };
}

/** Each driver's dual, built once per evaluation (by driver index). */
const cached: (Dual | undefined)[] = DRIVER_IDS.map(() => undefined);

/** The model at one moment (no change to decompose). */
export function evaluateAt(drivers: Drivers, k: Coefficients) {
  const view = evaluateModel(drivers, drivers, k);
  return {
    targets: {
      security: view.targets.security.b,
      legitimacy: view.targets.legitimacy.b,
      civilianHarm: view.targets.civilianHarm.b,
    },
    harm: { state: view.harmState.b, armed: view.harmArmed.b },
  };
}

/** Effective capacity (capacity × cohesion/100), which the pressure rule reads. */
export function effectiveCapacityOf(drivers: Drivers): number {
  return (drivers.capacity * drivers.cohesion) / 100;
}

/** Harm by state forces as a plain number (the grievance rule reads it); the same equation as above. */
export function harmByStateOf(drivers: Drivers, k: Coefficients): number {
  const abusive = drivers.capacity * (1 - drivers.accountability / 100);
  return abusive * (k.stateHarmBase + k.stateHarmIndiscipline * (1 - drivers.cohesion / 100));
}
