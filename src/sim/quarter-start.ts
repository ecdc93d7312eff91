import type { Decision, Incident, Scenario } from '../content/scenario.schema';
import { predicateOf, type Predicate } from './conditions';
import type { Draft } from './draft';
import { conditionContext } from './effects';
import { lookup } from './lookup';
import { pickWeighted, rngFor, shuffle, type RngState } from './rng';
import { LEVERS } from './tags';

/** News items drawn per quarter (DESIGN §3: up to 2). */
export const NEWS_PER_QUARTER = 2;

const inWindow = (item: { turn?: number; from?: number; to?: number }, turn: number) =>
  item.turn !== undefined ? item.turn === turn : (item.from ?? 1) <= turn && turn <= (item.to ?? Infinity);

type Context = ReturnType<typeof conditionContext>;

/** An incident or card that can appear in a given quarter, with its `when` compiled (or none). */
interface Candidate<T> {
  readonly item: T;
  readonly index: number; // in the pack's list (incidents: where lastFired keeps it)
  readonly when: Predicate | undefined;
  readonly leverBits: number; // cards: the levers of its options, bit i for LEVERS[i] (a suspended lever withholds it)
}

/** The incidents and cards whose window holds a quarter: fixed by the pack, so found once per quarter number. */
interface QuarterCandidates {
  readonly incidents: readonly Candidate<Incident>[];
  readonly cards: readonly Candidate<Decision>[];
}

const candidateCache = new WeakMap<Scenario, Map<number, QuarterCandidates>>();

function candidatesAt(scenario: Scenario, turn: number): QuarterCandidates {
  let byTurn = candidateCache.get(scenario);
  if (!byTurn) candidateCache.set(scenario, (byTurn = new Map<number, QuarterCandidates>()));
  let found = byTurn.get(turn);
  if (!found) {
    const { levers } = lookup(scenario);
    const candidates = <T extends Incident | Decision>(items: readonly T[]): Candidate<T>[] =>
      items.flatMap((item, index) =>
        inWindow(item, turn)
          ? [
              {
                item,
                index,
                when: item.when === undefined ? undefined : predicateOf(item.when),
                leverBits: bitsOf(levers.get(item.id)),
              },
            ]
          : [],
      );
    found = { incidents: candidates(scenario.incidents), cards: candidates(scenario.decisions) };
    byTurn.set(turn, found);
  }
  return found;
}

function isIncidentEligible(
  draft: Draft,
  { item: incident, index, when }: Candidate<Incident>,
  ctx: Context,
) {
  const last = draft.lastFired[index]!;
  if (last > 0 && (incident.once || draft.turn - last <= (incident.cooldown ?? 0))) return false;
  return when === undefined || when(ctx);
}

const bitsOf = (levers: Iterable<string> | undefined): number => {
  let bits = 0;
  for (const lever of levers ?? []) bits |= 1 << LEVERS.indexOf(lever as (typeof LEVERS)[number]);
  return bits;
};

/**
 * The levers the mandate withholds this quarter, bit i for LEVERS[i]. Every lever is read and every line
 * runs in every quarter: a branch that ran only once a lever was suspended deoptimised `startQuarter` (the
 * sim's largest compiled function) the first time a review suspended one (`--trace-deopt`).
 */
function withheldBits(draft: Draft): number {
  const suspended = draft.suspendedLevers;
  let bits = 0;
  for (let i = 0; i < LEVERS.length; i++) bits |= (draft.turn <= (suspended[LEVERS[i]!] ?? 0) ? 1 : 0) << i;
  return bits;
}

/** Unfunded, not withheld by a suspended lever, and its `when` holds. */
function isCardEligible(
  funded: Uint8Array, // 1 at the pack index of each funded decision
  withheld: number, // withheldBits
  { index, when, leverBits }: Candidate<Decision>,
  ctx: Context,
): boolean {
  if (funded[index] === 1 || (leverBits & withheld) !== 0) return false;
  return when === undefined || when(ctx);
}

/**
 * The funded decisions as a mask over the pack's list: one lookup per funded id, then one read per candidate
 * card (comparing every candidate's id with every funded id cost 2–3 % of a playthrough).
 */
function fundedMask(draft: Draft, scenario: Scenario): Uint8Array {
  const mask = new Uint8Array(scenario.decisions.length);
  const { decisionIndex } = lookup(scenario);
  const funded = draft.funded;
  for (let i = 0; i < funded.length; i++) {
    const index = decisionIndex.get(funded[i]!);
    if (index !== undefined) mask[index] = 1;
  }
  return mask;
}

/**
 * Opens quarter `draft.turn`: capital resets, up to 2 news items and at most one crisis are drawn from the
 * eligible incidents, and a hand of up to `handSize` eligible, unfunded cards is dealt (cards fixed to this
 * quarter first, then a shuffle of the rest). Each draw uses its own stream, so choices never shift them.
 */
export function startQuarter(draft: Draft, scenario: Scenario): void {
  const turn = draft.turn;
  const ctx = conditionContext(draft);
  const candidates = candidatesAt(scenario, turn);
  // Indexed loops and reads, no for…of or array destructuring, in this function and what it calls: the
  // iterator protocol they compile to made startQuarter the sim's largest TurboFan compile (see README).
  const quiet = { id: '', weight: draft.k.crisisQuietWeight };
  const crises: { readonly id: string; readonly weight: number }[] = [quiet];
  let pool: Incident[] = [];
  for (let i = 0; i < candidates.incidents.length; i++) {
    const candidate = candidates.incidents[i]!;
    if (!isIncidentEligible(draft, candidate, ctx)) continue;
    if (candidate.item.kind === 'crisis') crises.push(candidate.item);
    else if (candidate.item.kind === 'news') pool.push(candidate.item);
  }
  const crisis = pickWeighted(crises, rngFor(draft.settings.seed, turn, 'crisis'))[0];
  const news: string[] = [];
  let rng: RngState = rngFor(draft.settings.seed, turn, 'news');
  while (news.length < NEWS_PER_QUARTER && pool.length > 0) {
    const drawn = pickWeighted(pool, rng);
    const picked = drawn[0];
    rng = drawn[1];
    if (picked === undefined) break;
    news.push(picked.id);
    pool = pool.filter((i) => i !== picked);
  }

  const funded = fundedMask(draft, scenario);
  const withheld = withheldBits(draft);
  const fixed: Decision[] = [];
  const others: Decision[] = [];
  for (let i = 0; i < candidates.cards.length; i++) {
    const candidate = candidates.cards[i]!;
    if (!isCardEligible(funded, withheld, candidate, ctx)) continue;
    if (candidate.item.turn === turn) fixed.push(candidate.item);
    else others.push(candidate.item);
  }
  const rest = shuffle(others, rngFor(draft.settings.seed, turn, 'hand'))[0];
  // Filled by push into a literal, not built by map(): an optimised map() makes holey arrays, and a hand of
  // another array kind than the earlier ones deoptimised every function that reads hands (seen with --trace-deopt).
  const hand: string[] = [];
  for (let i = 0; i < fixed.length && hand.length < scenario.handSize; i++) hand.push(fixed[i]!.id);
  for (let i = 0; i < rest.length && hand.length < scenario.handSize; i++) hand.push(rest[i]!.id);

  const crisisId = crisis && crisis.id !== '' ? crisis.id : undefined;
  const fired = crisisId ? [...news, crisisId] : news;
  if (fired.length > 0) {
    const lastFired = draft.lastFired.slice();
    const { incidentIndex } = lookup(scenario);
    for (let i = 0; i < fired.length; i++) lastFired[incidentIndex.get(fired[i]!)!] = turn;
    draft.lastFired = lastFired;
  }
  if (draft.recording)
    for (let i = 0; i < fired.length; i++) {
      const id = fired[i]!;
      const kind = lookup(scenario).incidents.get(id)?.kind ?? 'news';
      draft.events.push({ type: 'incident.occurred', incidentId: id, kind, turn });
    }
  draft.capital = scenario.capitalPerQuarter;
  draft.quarter = {
    turn,
    news,
    ...(crisisId ? { crisis: crisisId } : {}),
    hand,
    chosen: [],
    timedOut: false,
  };
  if (draft.recording) draft.events.push({ type: 'quarter.started', turn });
}
