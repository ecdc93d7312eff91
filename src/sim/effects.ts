import type { Effect, FlagRef, Option } from '../content/scenario.schema';
import { holds, describeCondition, type ConditionContext } from './conditions';
import { own, type Draft } from './draft';
import type { DriverId } from './drivers';
import { applyCaused, causeKeyOf, sourceKeyAt } from './ledger';
import type { PendingEffect } from './pending-effects';
import type { Cause, SimEvent } from './sim-events';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Drivers whose positive option effects the coordination rule scales by (0.5 + coherence/100). */
const COORDINATED: ReadonlySet<DriverId> = new Set(['capacity', 'accountability', 'oversight', 'ownership']);

/** The multiplier of the coordination rule, read when the effect lands. */
export function coordinationFactor(draft: Draft, target: DriverId, delta: number, cause: Cause): number {
  const fromChoice = cause.kind === 'option' || cause.kind === 'delayed';
  return fromChoice && delta > 0 && COORDINATED.has(target) ? 0.5 + draft.drivers.coherence / 100 : 1;
}

/** Lands one effect now: checks its `when`, scales it by coordination, and applies it. */
export function landEffect(draft: Draft, effect: PendingEffect): void {
  if (effect.when && !holds(effect.when, conditionContext(draft))) {
    if (draft.recording)
      draft.events.push({
        type: 'effect.lapsed',
        effectId: effect.id,
        cause: effect.cause,
        reason: describeCondition(effect.when),
      });
    return;
  }
  const delta = effect.delta * coordinationFactor(draft, effect.target, effect.delta, effect.cause);
  const actual = applyCaused(draft, effect.target, delta, effect.cause, effect.causeKey);
  if (!draft.recording) return;
  const landed: Extract<SimEvent, { type: 'effect.landed' }> = {
    type: 'effect.landed',
    effectId: effect.id,
    driver: effect.target,
    delta: actual,
    cause: effect.cause,
  };
  // N.B. optional fields are added by assignment, not by spreading a conditional object: landing is the
  // sim's hottest allocation and spreads cost a temporary object each.
  if (effect.region) (landed as { region?: string }).region = effect.region;
  draft.events.push(landed);
}

/**
 * Turns content effects into entries: a `duration: n` effect becomes n entries in consecutive quarters.
 * Entries due this quarter are returned first (in content order) to be landed now; the rest are queued.
 */
export function expandEffects(
  effects: readonly Effect[],
  cause: Cause,
  turn: number,
  idPrefix: string,
  causeKey: string = causeKeyOf(cause),
  recording = true, // false: an entry landed at once gets no id (only events and the queue read ids)
): PendingEffect[] {
  const entries: PendingEffect[] = [];
  let delayed: Cause | undefined;
  for (let index = 0; index < effects.length; index++) {
    const effect = effects[index]!;
    const repeats = effect.duration ?? 1;
    for (let r = 0; r < repeats; r++) {
      const dueTurn = turn + effect.delay + r;
      const entry: Mutable<PendingEffect> = {
        id: recording || dueTurn !== turn ? `${idPrefix}/${index}/${r}` : '',
        target: effect.target,
        delta: effect.delta,
        dueTurn,
        cause: dueTurn === turn ? cause : (delayed ??= { ...cause, kind: 'delayed' }),
        causeKey,
      };
      if (effect.when) entry.when = effect.when;
      if (effect.region) entry.region = effect.region;
      entries.push(entry);
    }
  }
  return entries;
}

/** Applies a chosen option at this quarter's resolution: consent cost, delay-0 effects, queue, flags, outputs. */
export function applyOption(draft: Draft, cardId: string, option: Option): void {
  const cause: Cause = { kind: 'option', sourceId: option.id, turn: draft.turn, decisionId: cardId };
  const key = sourceKeyAt(option, 'option', draft.turn);
  if (draft.recording)
    draft.events.push({ type: 'option.applied', decisionId: cardId, optionId: option.id, turn: draft.turn });
  if (option.consentCost) applyCaused(draft, 'consent', -option.consentCost, cause, key);
  const prefix = `${draft.turn}/${option.id}`;
  const entries = expandEffects(option.effects, cause, draft.turn, prefix, key, draft.recording);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    if (entry.dueTurn === draft.turn) landEffect(draft, entry);
    else schedule(draft, entry);
  }
  if (option.flags) setFlags(draft, option.flags, key);
  if (option.outputs) {
    const outputs = own(draft, 'outputs');
    for (const [counter, amount] of Object.entries(option.outputs))
      outputs[counter] = (outputs[counter] ?? 0) + amount;
  }
}

/** Queues an effect that lands in a later quarter. */
export function schedule(draft: Draft, entry: PendingEffect): void {
  draft.pending.push(entry);
  if (draft.recording)
    draft.events.push({
      type: 'effect.scheduled',
      effectId: entry.id,
      dueTurn: entry.dueTurn,
      cause: entry.cause,
    });
}

/** Sets flags; a timed flag `{id, quarters}` stays active through quarter turn + quarters − 1. */
export function setFlags(draft: Draft, flags: readonly FlagRef[], causeKey: string): void {
  for (const ref of flags) {
    const id = typeof ref === 'string' ? ref : ref.id;
    const until = typeof ref === 'string' ? undefined : draft.turn + ref.quarters - 1;
    const flag: { setTurn: number; cause: string; until?: number } = { setTurn: draft.turn, cause: causeKey };
    if (until !== undefined) flag.until = until;
    own(draft, 'flags')[id] = flag;
    if (draft.recording)
      draft.events.push({
        type: 'flag.set',
        flag: id,
        turn: draft.turn,
        ...(until === undefined ? {} : { until }),
      });
  }
}

/** What conditions read now. Every field is always present (one object shape); `reason` only at the end. */
export function conditionContext(
  draft: Draft,
  reason?: 'lastTurn' | 'collapse' | 'consentWithdrawn',
): { -readonly [K in keyof ConditionContext]: ConditionContext[K] } {
  return {
    turn: draft.turn,
    drivers: draft.drivers,
    meters: draft.meters,
    flags: draft.flags,
    benchmarks: draft.benchmarks,
    reason,
  };
}
