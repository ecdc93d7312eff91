import type { IncidentEffect } from '../content/scenario.schema';
import type { Draft } from './draft';
import { DRIVER_IDS } from './drivers';
import { causeKeyOf } from './ledger';
import { clampMeter, isMeterId, METER_IDS, type MeterId } from './meters';
import { evaluateModel } from './model';
import type { Cause } from './sim-events';

/** A one-off shock to a meter from an incident; it then relaxes with the meter's inertia. */
export interface MeterShock {
  readonly meter: MeterId;
  readonly delta: number;
  readonly cause: Cause;
}

export function shocksOf(effects: readonly IncidentEffect[] | undefined, cause: Cause): MeterShock[] {
  return (effects ?? []).flatMap((effect) =>
    isMeterId(effect.target) ? [{ meter: effect.target, delta: effect.delta, cause }] : [],
  );
}

/** How each driver's ledger moved during this resolution: [driver index, entry, change]. */
function ledgerMoves(draft: Draft): [number, string, number][] {
  const moves: [number, string, number][] = [];
  DRIVER_IDS.forEach((driver, i) => {
    const then = draft.start.ledger[driver];
    for (const [entry, amount] of draft.ledger[driver]) {
      const moved = amount - (then.get(entry) ?? 0);
      if (moved !== 0) moves.push([i, entry, moved]);
    }
  });
  return moves;
}

/**
 * Moves each meter toward its target with inertia and attributes the movement exactly (DESIGN §3):
 * the target's change is split over drivers by the midpoint decomposition, then over causes through the
 * change of each driver's ledger during this resolution. The gap to the target carries its attribution
 * from quarter to quarter, so a meter's movement = response × (attributed gap), shares summing exactly.
 */
export function updateMeters(draft: Draft, shocks: readonly MeterShock[]): void {
  const view = evaluateModel(draft.start.drivers, draft.drivers, draft.k);
  const response = draft.k.meterResponse;
  const moves = ledgerMoves(draft);
  const meters = { ...draft.meters };
  const targets = { ...draft.targets };
  for (const meter of METER_IDS) {
    const target = view.targets[meter];
    const gap = draft.gap[meter];
    for (const [i, entry, moved] of moves) {
      const sensitivity = target.s[i]!;
      if (sensitivity !== 0) gap.set(entry, (gap.get(entry) ?? 0) + sensitivity * moved);
    }
    const from = meters[meter];
    const attribution = new Map<string, number>();
    for (const [entry, value] of gap) {
      const share = response * value;
      if (share !== 0) attribution.set(entry, share);
      gap.set(entry, value - share);
    }
    let to = from + response * (target.b - from);
    let shockCause: Cause | undefined;
    for (const shock of shocks) {
      if (shock.meter !== meter) continue;
      const shocked = clampMeter(to + shock.delta);
      const actual = shocked - to;
      const key = causeKeyOf(shock.cause);
      if (draft.causes[key] === undefined) draft.causes[key] = shock.cause;
      attribution.set(key, (attribution.get(key) ?? 0) + actual);
      gap.set(key, (gap.get(key) ?? 0) - actual);
      to = shocked;
      shockCause = shock.cause;
    }
    meters[meter] = to;
    targets[meter] = target.b;
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
