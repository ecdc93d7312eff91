import type { Effect, Incident, Scenario } from '../content/scenario.schema';
import { applyDriftRules } from './drift';
import { CONSENT_ZERO } from './drift-rules';
import { isDriverId } from './drivers';
import { draftOf, stateOf, type Draft, type StepMode } from './draft';
import { applyOption, expandEffects, landEffect } from './effects';
import { sourceKeyAt } from './ledger';
import { lookup } from './lookup';
import { chooseEnding, reviewMandate, updateBenchmarks } from './mandate';
import { METER_IDS, clampMeter, isMeterId, type MeterId } from './meters';
import { updateMeters, type MeterShock } from './meter-update';
import { takeDue } from './pending-effects';
import { startQuarter } from './quarter-start';
import { nextFloat, rngFor, type RngState } from './rng';
import type { Cause, SimEvent } from './sim-events';
import type { QuarterRecord, SimState } from './sim-state';
import { emptyList } from './zeros';

/** Consecutive quarters at zero consent after which the host withdraws it (DESIGN §3). */
export const CONSENT_ZERO_QUARTERS = 2;

/**
 * Resolves the quarter in the order of DESIGN §3, then opens the next one (or ends the run):
 * delay-0 effects in the order chosen; due pending effects in creation order; drift rules in their listed
 * order; meters toward their targets; flags, benchmarks and the mandate review; the collapse check.
 */
export function resolveQuarter(
  state: SimState,
  scenario: Scenario,
  mode: StepMode = 'record',
): { state: SimState; events: SimEvent[] } {
  const draft = draftOf(state, scenario, mode);
  const shocks = applyChoices(draft, scenario);
  const { due, rest } = takeDue(draft.pending, draft.turn);
  draft.pending = rest;
  // Resolve in creation order, never by driver or size, so replays land effects identically.
  for (let i = 0; i < due.length; i++) landEffect(draft, due[i]!);
  applyDriftRules(draft, scenario);
  updateMeters(draft, shocks);
  updateBenchmarks(draft, scenario);
  reviewMandate(draft, scenario);
  draft.history.push(recordOf(draft));

  const reason = endReason(draft);
  if (reason === undefined) {
    draft.turn += 1;
    startQuarter(draft, scenario);
    return { state: stateOf(draft), events: draft.events };
  }
  return finish(draft, scenario, reason);
}

/** An incident's effects split once per pack: driver effects (landed or queued) and meter shocks. */
interface IncidentParts {
  readonly drivers: readonly Effect[];
  readonly meters: readonly { readonly meter: MeterId; readonly delta: number }[];
}
const partsCache = new WeakMap<Incident, IncidentParts>();
const isDriverEffect = (effect: NonNullable<Incident['effects']>[number]): effect is Effect =>
  isDriverId(effect.target);
function partsOf(incident: Incident): IncidentParts {
  let parts = partsCache.get(incident);
  if (!parts) {
    // Pushed into a list of objects even when empty (zeros.ts): an incident with only meter effects made an
    // empty filter() result, an array of another kind that deoptimised expandEffects (`--trace-deopt`).
    const drivers = emptyList<Effect>();
    for (const effect of incident.effects ?? []) if (isDriverEffect(effect)) drivers.push(effect);
    parts = {
      drivers,
      meters: (incident.effects ?? []).flatMap((e) =>
        isMeterId(e.target) ? [{ meter: e.target, delta: e.delta }] : [],
      ),
    };
    partsCache.set(incident, parts);
  }
  return parts;
}

/** The quarter's incidents land first (they happened at its start), then the options in the order chosen. */
function applyChoices(draft: Draft, scenario: Scenario): MeterShock[] {
  const { incidents } = lookup(scenario);
  const shocks: MeterShock[] = [];
  const quarter = draft.quarter;
  const fired = quarter.crisis ? [...quarter.news, quarter.crisis] : quarter.news;
  for (let f = 0; f < fired.length; f++) {
    const id = fired[f]!;
    const incident = incidents.get(id);
    if (!incident) continue;
    const cause: Cause = { kind: 'incident', sourceId: id, turn: draft.turn };
    const key = sourceKeyAt(incident, 'incident', draft.turn);
    const parts = partsOf(incident);
    for (let m = 0; m < parts.meters.length; m++) {
      const { meter, delta } = parts.meters[m]!;
      shocks.push({ meter, delta, cause, key });
    }
    const prefix = `${draft.turn}/${id}`;
    const entries = expandEffects(parts.drivers, cause, draft.turn, prefix, key, draft.recording);
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (entry.dueTurn === draft.turn) landEffect(draft, entry);
      else draft.pending.push(entry);
    }
  }
  const { cards } = lookup(scenario);
  const funded: string[] = [];
  for (let c = 0; c < quarter.chosen.length; c++) {
    const chosen = quarter.chosen[c]!;
    const card = cards.get(chosen.decisionId);
    const option = card?.card.options.find((o) => o.id === chosen.optionId);
    if (!card || !option) continue;
    applyOption(draft, chosen.decisionId, option);
    if (card.kind === 'initiative') funded.push(chosen.decisionId);
  }
  if (funded.length > 0) draft.funded = draft.funded.concat(funded);
  return shocks;
}

function endReason(draft: Draft): 'lastTurn' | 'collapse' | 'consentWithdrawn' | undefined {
  // Counted without a branch: `+ 1` behind a rarely true condition deoptimised resolveQuarter the first
  // time consent hit zero (`--trace-deopt`: no type feedback for the addition).
  draft.consentZeroQuarters =
    (draft.consentZeroQuarters + 1) * (draft.drivers.consent < CONSENT_ZERO ? 1 : 0);
  if (draft.consentZeroQuarters >= CONSENT_ZERO_QUARTERS) return 'consentWithdrawn';
  if (draft.meters.security < draft.k.collapseSecurity && draft.drivers.cohesion < draft.k.collapseCohesion)
    return 'collapse';
  return draft.turn >= draft.settings.turns ? 'lastTurn' : undefined;
}

/**
 * Ends the run: effects still pending land in an "after hand-over" step (one more resolution without
 * choices, which the ending and the scorecard read), then the ending is chosen.
 */
function finish(draft: Draft, scenario: Scenario, reason: 'lastTurn' | 'collapse' | 'consentWithdrawn') {
  const last = stateOf(draft);
  const after = draftOf(last, scenario, draft.mode);
  after.turn = last.turn + 1;
  const pending = after.pending;
  after.pending = [];
  for (const effect of pending) landEffect(after, effect);
  applyDriftRules(after, scenario);
  updateMeters(after, []);
  after.afterHandover = recordOf(after);
  if (after.recording) after.events.push({ type: 'handover.resolved' });
  after.turn = last.turn;
  const endingId = chooseEnding(after, scenario, reason);
  after.status = 'ended';
  after.ending = { id: endingId, reason, turn: last.turn };
  if (after.recording) after.events.push({ type: 'session.ended', reason, endingId, turn: last.turn });
  return { state: stateOf(after), events: [...draft.events, ...after.events] };
}

/** The values at the end of a resolution; on Hard the reported meters carry seeded noise. */
function recordOf(draft: Draft): QuarterRecord {
  let report = draft.meters;
  if (draft.settings.difficulty === 'hard') {
    let rng: RngState = rngFor(draft.settings.seed, draft.turn, 'noise');
    const noisy = {} as Record<MeterId, number>;
    for (const meter of METER_IDS) {
      let roll: number;
      [roll, rng] = nextFloat(rng);
      noisy[meter] = clampMeter(draft.meters[meter] + (roll * 2 - 1) * draft.k.hardNoise);
    }
    report = noisy;
  }
  return {
    turn: draft.turn,
    drivers: { ...draft.drivers },
    meters: { ...draft.meters },
    harm: draft.harm,
    report,
  };
}
