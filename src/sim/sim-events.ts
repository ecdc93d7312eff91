import type { DriverId } from './drivers';
import type { MeterId } from './meters';

/**
 * Why something changed. `sourceId` is an option, drift rule, incident, mandate change or scenario id:
 * stable slugs, never array indexes. `turn` is the quarter the cause originated in (not when it landed).
 */
export interface Cause {
  readonly kind: 'option' | 'delayed' | 'drift' | 'incident' | 'mandate' | 'initial';
  readonly sourceId: string;
  readonly turn: number;
  /** For an option: the decision (or crisis) it answered. */
  readonly decisionId?: string;
}

/** Why an input was refused; the state is then unchanged. */
export type RejectionReason =
  | 'session-ended'
  | 'unknown-decision'
  | 'unknown-option'
  | 'not-offered'
  | 'already-chosen'
  | 'not-chosen'
  | 'over-capital'
  | 'over-consent'
  | 'timed-out'
  | 'crisis-withdrawal';

/** What happened as a result of an input. Drives UI, audio cues and the debrief. */
export type SimEvent =
  | {
      readonly type: 'driver.changed';
      readonly driver: DriverId;
      readonly from: number;
      readonly to: number;
      readonly cause: Cause;
      /** For a drift rule: the ledger entries its change was shared among (DESIGN §3). */
      readonly shares?: ReadonlyMap<string, number>;
    }
  | {
      readonly type: 'meter.changed';
      readonly meter: MeterId;
      readonly from: number;
      readonly to: number;
      readonly turn: number;
      /** The movement split over ledger entries (cause keys); sums to `to − from`. */
      readonly attribution: ReadonlyMap<string, number>;
      readonly shock?: Cause;
    }
  | {
      readonly type: 'effect.scheduled';
      readonly effectId: string;
      readonly dueTurn: number;
      readonly cause: Cause;
    }
  | {
      readonly type: 'effect.landed';
      readonly effectId: string;
      readonly driver: DriverId;
      readonly delta: number;
      readonly cause: Cause;
      readonly region?: string;
    }
  | {
      readonly type: 'effect.lapsed';
      readonly effectId: string;
      readonly cause: Cause;
      readonly reason: string;
    }
  | {
      readonly type: 'incident.occurred';
      readonly incidentId: string;
      readonly kind: 'crisis' | 'news';
      readonly turn: number;
    }
  | {
      readonly type: 'option.applied';
      readonly decisionId: string;
      readonly optionId: string;
      readonly turn: number;
    }
  | {
      readonly type: 'option.defaulted';
      readonly decisionId: string;
      readonly optionId: string;
      readonly turn: number;
    }
  | { readonly type: 'input.rejected'; readonly input: string; readonly reason: RejectionReason }
  | { readonly type: 'flag.set'; readonly flag: string; readonly turn: number; readonly until?: number }
  | { readonly type: 'benchmark.met'; readonly benchmarkId: string; readonly turn: number }
  | { readonly type: 'quarter.started'; readonly turn: number }
  | { readonly type: 'mandate.reviewed'; readonly turn: number; readonly changes: readonly string[] }
  | { readonly type: 'handover.resolved' }
  | {
      readonly type: 'session.ended';
      readonly reason: 'lastTurn' | 'collapse' | 'consentWithdrawn';
      readonly endingId: string;
      readonly turn: number;
    };
