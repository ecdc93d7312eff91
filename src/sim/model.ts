import type { Coefficients } from './defaults';
import type { DriverId } from './drivers';
import { driver, DRIVER_INDEX, linear, monotone, product, type Dual } from './dual';
import { clampMeter, type MeterId } from './meters';

type Drivers = Readonly<Record<DriverId, number>>;

/** The meter targets and the harm parts, each seen before and after a change of drivers. */
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
  const duals: (Dual | undefined)[] = []; // by driver index: each driver's dual built once per evaluation
  const d = (id: DriverId) => (duals[DRIVER_INDEX[id]] ??= driver(id, before, after));
  const effectiveCapacity = product(d('capacity'), linear([[1 / 100, d('cohesion')]])); // cohesion on 0..1
  const abusiveCapacity = product(d('capacity'), linear([[-1 / 100, d('accountability')]], 1));
  const indiscipline = linear(
    [[-k.stateHarmIndiscipline / 100, d('cohesion')]],
    k.stateHarmBase + k.stateHarmIndiscipline,
  );
  const harmState = product(abusiveCapacity, indiscipline);

  const mitigation = monotone(
    linear([
      [k.mitigationTrust / 100, d('trust')],
      [k.mitigationProtection / 100, d('protection')],
      [k.mitigationCapacity / 100, effectiveCapacity],
    ]),
    (value) => Math.min(k.mitigationMax, value),
  );
  const harmArmed = product(linear([[k.armedHarmScale, d('threat')]]), linear([[-1, mitigation]], 1));

  const civilianHarm = monotone(
    linear([
      [1, harmState],
      [1, harmArmed],
    ]),
    clampMeter,
  );
  const security = monotone(
    linear(
      [
        [k.securityCapacity, effectiveCapacity],
        [k.securityProtection, d('protection')],
        [-k.securityThreat, d('threat')],
      ],
      k.securityBase,
    ),
    clampMeter,
  );
  const legitimacy = monotone(
    linear(
      [
        [k.legitimacyOwnership, d('ownership')],
        [k.legitimacyAccountability, d('accountability')],
        [k.legitimacyOversight, d('oversight')],
        [k.legitimacyTrust, d('trust')],
        [-k.legitimacyStateHarm, harmState],
      ],
      k.legitimacyBase,
    ),
    clampMeter,
  );
  return { targets: { security, legitimacy, civilianHarm }, harmState, harmArmed };
}

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
