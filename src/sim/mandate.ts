import type { MandateChange, Scenario } from '../content/scenario.schema';
import { holds } from './conditions';
import { dictionaryOf } from './dictionary';
import { own, type Draft } from './draft';
import { conditionContext, expandEffects, schedule, setFlags } from './effects';
import { causeKeyOf } from './ledger';
import type { Cause } from './sim-events';
import type { Lever } from './tags';

/** The quarters after which the Security Council reviews the mandate (DESIGN §2). */
export const REVIEW_QUARTERS: readonly number[] = [4, 8];
/** How long a mandate change withholds a lever's cards when the pack does not say. */
export const DEFAULT_SUSPENSION = 4;

/** True when a mandate review happened at the end of the quarter just resolved (the flow shows it). */
export function isReviewDue(state: {
  readonly status: string;
  readonly turn: number;
  readonly reviews: readonly { readonly turn: number }[];
}): boolean {
  return state.status === 'running' && state.reviews.at(-1)?.turn === state.turn - 1;
}

/**
 * The yearly review: each mandate change whose condition holds (or, for `trigger: consentFloor`, whose
 * host consent is below the floor) applies. Its driver effects land at the next resolution, so the meters
 * shown at the review are the ones the Council saw.
 */
export function reviewMandate(draft: Draft, scenario: Scenario): void {
  if (!REVIEW_QUARTERS.includes(draft.turn) || draft.turn >= draft.settings.turns) return;
  const ctx = conditionContext(draft);
  // Indexed loops, no for…of or spreads (their iterator protocol; see README): run twice a session, this is
  // still compiled by V8 on every thread of the sim CLI.
  const changes: MandateChange[] = []; // pushed, not filtered: one array kind in every run (see policy.ts)
  const ids: string[] = [];
  for (let i = 0; i < scenario.mandateReviews.length; i++) {
    const change = scenario.mandateReviews[i]!;
    if (
      (change.when !== undefined && holds(change.when, ctx)) ||
      (change.trigger === 'consentFloor' && draft.drivers.consent < draft.k.consentFloor)
    ) {
      changes.push(change);
      ids.push(change.id);
    }
  }
  const suspended: Partial<Record<Lever, number>> = dictionaryOf(draft.suspendedLevers);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const cause: Cause = { kind: 'mandate', sourceId: change.id, turn: draft.turn };
    const levers = change.suspendLevers ?? [];
    for (let l = 0; l < levers.length; l++) {
      const lever = levers[l]!;
      suspended[lever] = Math.max(
        suspended[lever] ?? 0,
        draft.turn + (change.suspendQuarters ?? DEFAULT_SUSPENSION),
      );
    }
    const prefix = `${draft.turn}/${change.id}`;
    const entries = expandEffects(change.effects ?? [], cause, draft.turn + 1, prefix);
    for (let e = 0; e < entries.length; e++) schedule(draft, entries[e]!);
    setFlags(draft, change.flags ?? [], causeKeyOf(cause));
  }
  draft.suspendedLevers = suspended;
  const reviews = draft.reviews.slice();
  reviews.push({ turn: draft.turn, changes: ids });
  draft.reviews = reviews;
  if (draft.recording)
    draft.events.push({ type: 'mandate.reviewed', turn: draft.turn, changes: ids.slice() });
}

/** Benchmarks met this quarter (once met, they stay met); none after their `by` quarter. */
export function updateBenchmarks(draft: Draft, scenario: Scenario): void {
  const ctx = conditionContext(draft);
  for (let b = 0; b < scenario.benchmarks.length; b++) {
    const benchmark = scenario.benchmarks[b]!;
    if (draft.benchmarks[benchmark.id] !== undefined) continue;
    if (draft.turn > (benchmark.by ?? draft.settings.turns)) continue;
    if (!holds(benchmark.when, ctx)) continue;
    // N.B. the context must read the written record: a later benchmark may ask for this one.
    const met = own(draft, 'benchmarks');
    met[benchmark.id] = draft.turn;
    ctx.benchmarks = met;
    if (draft.recording)
      draft.events.push({ type: 'benchmark.met', benchmarkId: benchmark.id, turn: draft.turn });
  }
}

/** The ending: `consent-withdrawn` when consent was withdrawn, else the first ending whose condition holds. */
export function chooseEnding(
  draft: Draft,
  scenario: Scenario,
  reason: 'lastTurn' | 'collapse' | 'consentWithdrawn',
): string {
  if (reason === 'consentWithdrawn' && scenario.endings.some((e) => e.id === 'consent-withdrawn'))
    return 'consent-withdrawn';
  const ctx = conditionContext(draft, reason);
  const ending = scenario.endings.find((e) => e.when === undefined || holds(e.when, ctx));
  return (ending ?? scenario.endings[scenario.endings.length - 1]!).id;
}
