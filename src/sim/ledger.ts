import type { Cause } from './sim-events';
import type { DriverId } from './drivers';
import { clampMeter } from './meters';
import type { Draft } from './draft';

/**
 * Attribution ledgers (DESIGN §3). Every driver keeps contributions by cause that sum to its value.
 * An entry key is a cause key (`init`, `o:<optionId>@<turn>`, `i:<incidentId>@<turn>`, `m:<changeId>@<turn>`),
 * or `<causeKey>~<driftRule>` for the share of a drift rule's change that was traced back to that cause.
 */
export const INITIAL_KEY = 'init';

export function causeKeyOf(cause: Cause): string {
  switch (cause.kind) {
    case 'option':
    case 'delayed':
      return `o:${cause.sourceId}@${cause.turn}`;
    case 'incident':
      return `i:${cause.sourceId}@${cause.turn}`;
    case 'mandate':
      return `m:${cause.sourceId}@${cause.turn}`;
    case 'drift':
      return `d:${cause.sourceId}@${cause.turn}`;
    case 'initial':
      return INITIAL_KEY;
  }
}

/** The cause key of a ledger entry key (drops the `~rule` part). */
export function baseKeyOf(entryKey: string): string {
  const tilde = entryKey.indexOf('~');
  return tilde < 0 ? entryKey : entryKey.slice(0, tilde);
}

/** The drift rule named in a ledger entry key, if any. */
export function ruleOf(entryKey: string): string | undefined {
  const tilde = entryKey.indexOf('~');
  return tilde < 0 ? undefined : entryKey.slice(tilde + 1);
}

/**
 * Applies a change caused by one cause (an effect, a consent cost, an incident). The driver is clamped to
 * 0..100 and only the change that actually happened enters the ledger. Returns the actual change.
 */
export function applyCaused(draft: Draft, target: DriverId, delta: number, cause: Cause): number {
  const from = draft.drivers[target];
  const to = clampMeter(from + delta);
  const actual = to - from;
  if (actual === 0) return 0;
  const key = causeKeyOf(cause);
  if (draft.causes[key] === undefined)
    draft.causes[key] = cause.kind === 'delayed' ? { ...cause, kind: 'option' } : cause;
  draft.drivers[target] = to;
  const ledger = draft.ledger[target];
  ledger.set(key, (ledger.get(key) ?? 0) + actual);
  draft.events.push({ type: 'driver.changed', driver: target, from, to, cause });
  return actual;
}

/** Weights for sharing a rule's change: |contribution| of each cause to the drivers the rule reads. */
export function weightsFromDrivers(draft: Draft, drivers: readonly DriverId[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const id of drivers) {
    for (const [entry, amount] of draft.ledger[id]) {
      if (amount === 0) continue;
      const base = baseKeyOf(entry);
      weights.set(base, (weights.get(base) ?? 0) + Math.abs(amount));
    }
  }
  return weights;
}

/**
 * Applies a drift rule's change to a driver and shares it among causes in proportion to `weights`,
 * with the rule named beside them (`<cause>~<rule>`). Returns the actual change.
 */
export function applyDrift(
  draft: Draft,
  target: DriverId,
  delta: number,
  rule: string,
  weights: Map<string, number>,
): number {
  const from = draft.drivers[target];
  const to = clampMeter(from + delta);
  const actual = to - from;
  if (actual === 0) return 0;
  let total = 0;
  for (const w of weights.values()) total += w;
  const ledger = draft.ledger[target];
  const shares = new Map<string, number>();
  if (total <= 0) {
    shares.set(`${INITIAL_KEY}~${rule}`, actual);
  } else {
    for (const [base, w] of weights) {
      if (w === 0) continue;
      shares.set(`${base}~${rule}`, (actual * w) / total);
    }
  }
  for (const [key, share] of shares) ledger.set(key, (ledger.get(key) ?? 0) + share);
  draft.drivers[target] = to;
  draft.events.push({
    type: 'driver.changed',
    driver: target,
    from,
    to,
    cause: { kind: 'drift', sourceId: rule, turn: draft.turn },
    shares,
  });
  return actual;
}
