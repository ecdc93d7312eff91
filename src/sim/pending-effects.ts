import type { Condition } from '../content/scenario.schema';
import type { DriverId } from './drivers';
import type { Cause } from './sim-events';

/** A consequence that lands later. Immutable until it resolves, so tests can diff the queue. */
export interface PendingEffect {
  readonly id: string; // `${turn}/${sourceId}/${index}/${repeat}`, stable across replays
  readonly target: DriverId;
  readonly delta: number;
  readonly dueTurn: number; // lands at that quarter's resolution
  readonly when?: Condition; // evaluated on landing; if false the effect lapses (DESIGN §3)
  readonly region?: string;
  readonly cause: Cause;
  readonly causeKey: string; // the ledger key of its cause
}

/** Splits the queue into effects due by `turn` and the rest, both keeping creation order. */
export function takeDue(pending: readonly PendingEffect[], turn: number) {
  return {
    due: pending.filter((effect) => effect.dueTurn <= turn),
    rest: pending.filter((effect) => effect.dueTurn > turn),
  };
}
