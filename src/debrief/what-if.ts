import type { Scenario } from '../content/scenario.schema';
import type { Input } from '../sim/inputs';
import { lookup, optionOf } from '../sim/lookup';
import { METER_IDS, type MeterId } from '../sim/meters';
import type { SessionLog } from '../sim/replay';
import type { RejectionReason, SimEvent } from '../sim/sim-events';
import { openSession, type SimState } from '../sim/sim-state';
import { step } from '../sim/step';
import { debriefRunOf, type DebriefRun } from './run';
import { seriesOf, type RunSeries } from './timeline';

/** The decision to change: an input index of an `option.chosen`, or a card in a quarter. */
export type WhatIfTarget =
  { readonly inputIndex: number } | { readonly turn: number; readonly decisionId: string };

/** What became of one input of the original log in the what-if run (or of one the what-if added). */
export interface InputFate {
  /** The index in the original log; −1 for an input the what-if added. */
  readonly index: number;
  readonly input: Input;
  /** The quarter it belongs to (in the original run; for an added input, in the what-if run). */
  readonly turn: number;
  /**
   * `kept`: replayed as it was; `replaced`: an input about the changed decision in its quarter, replaced by
   * the alternative; `dropped`: no longer legal (the reason says why: the card is no longer dealt, the
   * choice no longer fits capital or consent…); `added`: a quarter end appended because the what-if run
   * outlived the original (nothing funded, a crisis takes its default).
   */
  readonly fate: 'kept' | 'replaced' | 'dropped' | 'added';
  readonly reason?: RejectionReason;
}

/** A what-if that cannot be made, and why. */
export type WhatIfFailure = {
  readonly ok: false;
  readonly reason:
    | 'not-a-choice' // the input index is not an option.chosen
    | 'not-reached' // the original run never opened that quarter
    | 'unknown-option' // the alternative is not an option of that card
    | 'crisis-needs-an-answer' // "not funded" for a crisis
    | 'same-choice' // the alternative is what the run already did
    | RejectionReason; // the alternative itself does not fit (not offered, over capital or consent…)
};

/** Both runs of a what-if side by side (see {@linkcode whatIf}). */
export interface WhatIfResult {
  readonly ok: true;
  /** The changed decision: the quarter, the card, and the option before and after (absent: not funded). */
  readonly change: {
    readonly turn: number;
    readonly decisionId: string;
    readonly kind: 'crisis' | 'initiative';
    readonly from?: string;
    readonly to?: string;
  };
  readonly original: { readonly log: SessionLog; readonly series: RunSeries };
  /** The what-if log (same seed, settings and pack) replays into the what-if run exactly. */
  readonly alternative: { readonly log: SessionLog; readonly series: RunSeries };
  readonly inputs: readonly InputFate[];
  readonly counts: {
    readonly kept: number;
    readonly replaced: number;
    readonly dropped: number;
    readonly added: number;
  };
  /** Crises the what-if run answered by default where the original run did not (marked for the trainee). */
  readonly defaulted: readonly {
    readonly turn: number;
    readonly decisionId: string;
    readonly optionId: string;
  }[];
  /** alternative − original, at each run's last quarter and (when both ended) after hand-over. */
  readonly difference: {
    readonly lastQuarter: Readonly<Record<MeterId, number>>;
    readonly afterHandover?: Readonly<Record<MeterId, number>>;
  };
}

/** For each input of a log, the quarter it belongs to: 1 + the quarter ends before it. */
export function inputQuarters(inputs: readonly Input[]): number[] {
  let turn = 1;
  return inputs.map((input) => (input.type === 'turn.ended' ? turn++ : turn));
}

/**
 * Replays a run from the same seed with one decision changed (DESIGN §2 step 6, issue 9): `alternative` is
 * another option of the card, or `null` for "not funded" (initiatives only). The card's inputs in that
 * quarter give way to the alternative, placed where the run's own choice was (else before the quarter's
 * time-out or end). Every other input is replayed as it was where still legal and dropped, with the
 * sim's reason, where not; the paired rng streams (per quarter and purpose) keep later draws where their
 * conditions allow. If the original run ended and the what-if run has not, quarters are ended with nothing
 * funded until it does. Never throws: a change that cannot be made returns `{ ok: false, reason }`.
 *
 * @example
 * const result = whatIf(log, scenario, { turn: 2, decisionId: 'rapid-reaction-force' }, 'accountable-battalion');
 * if (result.ok) result.difference.afterHandover?.civilianHarm; // e.g. −6.2
 */
export function whatIf(
  log: SessionLog,
  scenario: Scenario,
  target: WhatIfTarget,
  alternative: string | null,
): WhatIfResult | WhatIfFailure {
  const quarters = inputQuarters(log.inputs);
  let turn: number;
  let decisionId: string;
  if ('inputIndex' in target) {
    const input = log.inputs[target.inputIndex];
    if (input?.type !== 'option.chosen') return { ok: false, reason: 'not-a-choice' };
    turn = quarters[target.inputIndex]!;
    decisionId = input.decisionId;
  } else ({ turn, decisionId } = target);

  const original = debriefRunOf(log, scenario);
  if (turn < 1 || turn > original.state.history.length + (original.state.status === 'running' ? 1 : 0))
    return { ok: false, reason: 'not-reached' };
  const card = lookup(scenario).cards.get(decisionId);
  if (alternative !== null && !optionOf(scenario, decisionId, alternative))
    return { ok: false, reason: 'unknown-option' };
  if (alternative === null && card?.kind === 'crisis') return { ok: false, reason: 'crisis-needs-an-answer' };
  const from = appliedOption(original.events, turn, decisionId);
  if ((alternative ?? undefined) === from) return { ok: false, reason: 'same-choice' };

  const replaced = (i: number) => {
    const input = log.inputs[i]!;
    return (
      quarters[i] === turn &&
      (input.type === 'option.chosen' || input.type === 'option.withdrawn') &&
      input.decisionId === decisionId
    );
  };
  const at = insertionPoint(log.inputs, quarters, turn, replaced);
  const replay = replayWithChange(
    log,
    scenario,
    replaced,
    at,
    alternative === null ? null : { decisionId, optionId: alternative },
  );
  if (!replay.ok) return replay;

  const { alt, fates } = replay;
  if (original.state.status === 'ended') extendToEnd(alt, scenario, fates);
  const altLog: SessionLog = { ...log, inputs: alt.inputs };
  const alternativeRun: DebriefRun = { log: altLog, state: alt.state, events: alt.events };
  const count = (fate: InputFate['fate']) => fates.filter((f) => f.fate === fate).length;
  const originalSeries = seriesOf(original, scenario);
  const alternativeSeries = seriesOf(alternativeRun, scenario);
  return {
    ok: true,
    change: {
      turn,
      decisionId,
      kind: card?.kind ?? 'initiative',
      ...(from === undefined ? {} : { from }),
      ...(alternative === null ? {} : { to: alternative }),
    },
    original: { log, series: originalSeries },
    alternative: { log: altLog, series: alternativeSeries },
    inputs: fates,
    counts: {
      kept: count('kept'),
      replaced: count('replaced'),
      dropped: count('dropped'),
      added: count('added'),
    },
    defaulted: newDefaults(original.events, alt.events),
    difference: differenceOf(originalSeries, alternativeSeries),
  };
}

/** The option a card took in a quarter (chosen or by default), if any. */
function appliedOption(events: readonly SimEvent[], turn: number, decisionId: string): string | undefined {
  for (const e of events)
    if (e.type === 'option.applied' && e.turn === turn && e.decisionId === decisionId) return e.optionId;
  return undefined;
}

/** Where the alternative goes: at the card's last choice in the quarter, else before its time-out or end. */
function insertionPoint(
  inputs: readonly Input[],
  quarters: readonly number[],
  turn: number,
  replaced: (i: number) => boolean,
): number {
  let lastChoice = -1;
  let close = -1;
  inputs.forEach((input, i) => {
    if (quarters[i] !== turn) return;
    if (replaced(i) && input.type === 'option.chosen') lastChoice = i;
    if (close < 0 && (input.type === 'decision.timedOut' || input.type === 'turn.ended')) close = i;
  });
  return lastChoice >= 0 ? lastChoice : close >= 0 ? close : inputs.length;
}

interface AltRun {
  state: SimState;
  events: SimEvent[];
  inputs: Input[];
}

function replayWithChange(
  log: SessionLog,
  scenario: Scenario,
  replaced: (i: number) => boolean,
  at: number,
  alternative: { decisionId: string; optionId: string } | null,
): { ok: true; alt: AltRun; fates: InputFate[] } | WhatIfFailure {
  const opened = openSession(scenario, log);
  const alt: AltRun = { state: opened.state, events: [...opened.events], inputs: [] };
  const fates: InputFate[] = [];
  const quarters = inputQuarters(log.inputs);
  for (let i = 0; i <= log.inputs.length; i++) {
    if (i === at && alternative) {
      const change: Input = { type: 'option.chosen', ...alternative };
      const refused = apply(alt, change, scenario);
      if (refused) return { ok: false, reason: refused };
    }
    const input = log.inputs[i];
    if (!input) continue;
    const turn = quarters[i]!;
    if (replaced(i)) {
      fates.push({ index: i, input, turn, fate: 'replaced' });
      continue;
    }
    const refused = apply(alt, input, scenario);
    fates.push({
      index: i,
      input,
      turn,
      fate: refused ? 'dropped' : 'kept',
      ...(refused ? { reason: refused } : {}),
    });
  }
  return { ok: true, alt, fates };
}

/** Steps `input`; keeps it in the what-if log unless the sim refuses it (then returns the reason). */
function apply(alt: AltRun, input: Input, scenario: Scenario): RejectionReason | undefined {
  const result = step(alt.state, input, scenario);
  const refused = result.events.find((e) => e.type === 'input.rejected');
  if (refused?.type === 'input.rejected') return refused.reason;
  alt.state = result.state;
  alt.events.push(...result.events);
  alt.inputs.push(input);
  return undefined;
}

/** Ends quarters with nothing funded (acknowledging reviews, as a trainee would) until the run ends. */
function extendToEnd(alt: AltRun, scenario: Scenario, fates: InputFate[]): void {
  while (alt.state.status === 'running') {
    const reviews = alt.state.reviews.length;
    const turn = alt.state.turn;
    const end: Input = { type: 'turn.ended' };
    apply(alt, end, scenario);
    fates.push({ index: -1, input: end, turn, fate: 'added' });
    if (alt.state.status === 'running' && alt.state.reviews.length > reviews) {
      const ack: Input = { type: 'review.acknowledged' };
      apply(alt, ack, scenario);
      fates.push({ index: -1, input: ack, turn: alt.state.turn, fate: 'added' });
    }
  }
}

function newDefaults(before: readonly SimEvent[], after: readonly SimEvent[]): WhatIfResult['defaulted'] {
  const key = (e: { turn: number; decisionId: string }) => `${e.turn}/${e.decisionId}`;
  const had = new Set(before.flatMap((e) => (e.type === 'option.defaulted' ? [key(e)] : [])));
  return after.flatMap((e) =>
    e.type === 'option.defaulted' && !had.has(key(e))
      ? [{ turn: e.turn, decisionId: e.decisionId, optionId: e.optionId }]
      : [],
  );
}

function differenceOf(original: RunSeries, alternative: RunSeries): WhatIfResult['difference'] {
  const at = (series: RunSeries, fromEnd: number) =>
    Object.fromEntries(METER_IDS.map((id) => [id, series.meters[id].at(-1 - fromEnd)!])) as Record<
      MeterId,
      number
    >;
  const minus = (a: Record<MeterId, number>, b: Record<MeterId, number>) =>
    Object.fromEntries(METER_IDS.map((id) => [id, a[id] - b[id]])) as Record<MeterId, number>;
  const lastOf = (series: RunSeries) => at(series, series.afterHandover ? 1 : 0);
  const both = original.afterHandover && alternative.afterHandover;
  return {
    lastQuarter: minus(lastOf(alternative), lastOf(original)),
    ...(both ? { afterHandover: minus(at(alternative, 0), at(original, 0)) } : {}),
  };
}
