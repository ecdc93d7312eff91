import type { DriverId } from './drivers';
import { entryKeyOf, slotsOf } from './ledger';
import type { SimState } from './sim-state';

/**
 * A driver's ledger as entry key → contribution (DESIGN §3), non-zero entries only. Sums (to float
 * precision) to `state.drivers[driver]`. Keys: `init`, `o:<optionId>@<turn>`, `i:<incidentId>@<turn>`,
 * `m:<changeId>@<turn>`, or `<causeKey>~<driftRule>` for a drift rule's share traced back to a cause.
 */
export function ledgerOf(state: SimState, driver: DriverId): Map<string, number> {
  const ledger = state.ledger[driver];
  const slots = slotsOf(driver);
  const entries = new Map<string, number>();
  for (let c = 0; c < state.causeCount; c++) {
    slots.forEach((slot, local) => {
      const amount = ledger[c * slots.length + local]!;
      if (amount !== 0) entries.set(entryKeyOf(state.causeKeys[c]!, slot), amount);
    });
  }
  return entries;
}

/** The cause behind a ledger entry key (its `~rule` part dropped), if the session knows it. */
export function causeOfEntry(state: SimState, entryKey: string) {
  const tilde = entryKey.indexOf('~');
  const index = state.causeIndex.get(tilde < 0 ? entryKey : entryKey.slice(0, tilde));
  return index === undefined || index >= state.causeCount ? undefined : state.causes[index];
}
