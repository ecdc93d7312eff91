import type { Draft } from './draft';
import { causeIndexOf, entryIdOf } from './ledger';
import { LazyShares } from './shares';
import { clampMeter, METER_IDS, type MeterId } from './meters';
import { evaluateModel, type ModelView } from './model';
import { zeros } from './zeros';
import type { Cause } from './sim-events';

/** A one-off shock to a meter from an incident; it then relaxes with the meter's inertia. */
export interface MeterShock {
  readonly meter: MeterId;
  readonly delta: number;
  readonly cause: Cause;
  readonly key: string; // the cause's ledger key
}

/**
 * Every ledger write of this resolution (`draft.moves`: driver index, entry, amount) into each meter's gap,
 * weighted by the target's sensitivity to that driver. One pass over the moves serves the three meters;
 * each gap still takes its moves in their order, so the sums are the same as three passes.
 */
function addMovesToGaps(draft: Draft, view: ModelView): void {
  const everyMeter: [Exclude<MeterId, 'security' | 'legitimacy' | 'civilianHarm'>] extends [never]
    ? true
    : never = true; // a fourth meter would not compile until it has its line below
  void everyMeter;
  const moves = draft.moves.values;
  const count = draft.moves.length;
  const security = view.targets.security.s;
  const legitimacy = view.targets.legitimacy.s;
  const harm = view.targets.civilianHarm.s;
  const { security: securityGap, legitimacy: legitimacyGap, civilianHarm: harmGap } = draft.gap;
  for (let m = 0; m < count; m += 3) {
    const driver = moves[m]!;
    const e = moves[m + 1]!;
    const amount = moves[m + 2]!;
    const s = security[driver]!;
    if (s !== 0) securityGap[e] = securityGap[e]! + s * amount;
    const l = legitimacy[driver]!;
    if (l !== 0) legitimacyGap[e] = legitimacyGap[e]! + l * amount;
    const h = harm[driver]!;
    if (h !== 0) harmGap[e] = harmGap[e]! + h * amount;
  }
}

/**
 * Moves each meter toward its target with inertia and attributes the movement exactly (DESIGN §3):
 * the target's change is split over drivers by the midpoint decomposition, then over causes through the
 * change of each driver's ledger during this resolution. The gap to the target carries its attribution
 * from quarter to quarter, so a meter's movement = response × (attributed gap), shares summing exactly.
 */
export function updateMeters(draft: Draft, shocks: readonly MeterShock[]): void {
  // Registered first: the registry and the gaps may grow.
  const shockEntries: number[] = []; // pushed, not mapped: one array kind in every run (see policy.ts)
  for (let i = 0; i < shocks.length; i++)
    shockEntries.push(entryIdOf(draft, causeIndexOf(draft, shocks[i]!.cause, shocks[i]!.key), 0));
  const view = evaluateModel(draft.start.drivers, draft.drivers, draft.k);
  const response = draft.k.meterResponse;
  const entries = draft.entryCount;
  const meters = { ...draft.meters };
  const targets = { ...draft.targets };
  addMovesToGaps(draft, view);
  for (let m = 0; m < METER_IDS.length; m++) {
    const meter = METER_IDS[m]!;
    const target = view.targets[meter];
    const gap = draft.gap[meter];
    const from = meters[meter];
    // The meter's movement by entry: only the event carries it, so a draft that records none skips it.
    const shares = draft.recording ? zeros(entries) : undefined;
    for (let e = 0; e < entries; e++) {
      const share = response * gap[e]!;
      if (shares) shares[e] = share;
      gap[e] = gap[e]! - share;
    }
    let to = from + response * (target.b - from);
    let shockCause: Cause | undefined;
    for (let i = 0; i < shocks.length; i++) {
      const shock = shocks[i]!;
      if (shock.meter !== meter) continue;
      const shocked = clampMeter(to + shock.delta);
      const actual = shocked - to;
      const entry = shockEntries[i]!;
      if (shares) shares[entry] = shares[entry]! + actual;
      draft.gap[meter][entry] = draft.gap[meter][entry]! - actual;
      to = shocked;
      shockCause = shock.cause;
    }
    meters[meter] = to;
    targets[meter] = target.b;
    if (!shares) continue;
    const keys = draft.entryKeys;
    const attribution = new LazyShares(shares, (e) => keys[e]!);
    draft.events.push({
      type: 'meter.changed',
      meter,
      from,
      to,
      turn: draft.turn,
      attribution,
      ...(shockCause ? { shock: shockCause } : {}),
    });
  }
  draft.meters = meters;
  draft.targets = targets;
  draft.harm = { state: view.harmState.b, armed: view.harmArmed.b };
}
