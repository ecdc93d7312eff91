import type { Option, Scenario } from '../content/scenario.schema';
import type { Input } from './inputs';
import { lookup } from './lookup';
import { nextFloat, nextInt, rngFor, type RngState } from './rng';
import type { SimState } from './sim-state';

/** A headless policy (DESIGN §5): options are scored by their tags. */
export interface TagPolicy {
  readonly name: string;
  readonly prefer: readonly string[];
  readonly avoid: readonly string[];
}
export type Policy = TagPolicy | 'random';

/** Σ (n − i) over the matched prefer[i], minus 1 per matched avoid tag. */
export function scoreOption(tags: readonly string[], policy: TagPolicy): number {
  const n = policy.prefer.length;
  let score = 0;
  policy.prefer.forEach((tag, i) => {
    if (tags.includes(tag)) score += n - i;
  });
  for (const tag of policy.avoid) if (tags.includes(tag)) score -= 1;
  return score;
}

/** A policy read from JSON (DESIGN §5's policy file), or a message naming what is wrong. */
export type ParsedPolicy =
  { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly message: string };

export function parsePolicy(value: unknown): ParsedPolicy {
  const problem = (message: string): ParsedPolicy => ({ ok: false, message });
  if (value === 'random') return { ok: true, policy: 'random' };
  if (typeof value !== 'object' || value === null)
    return problem('a policy is "random" or an object {name, prefer, avoid}');
  const record = value as Record<string, unknown>;
  if (record.name === 'random' && record.prefer === undefined) return { ok: true, policy: 'random' };
  const isTags = (v: unknown): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string');
  if (typeof record.name !== 'string' || record.name === '')
    return problem('the policy needs a "name" (a string)');
  if (!isTags(record.prefer))
    return problem('the policy needs "prefer": a list of tags, e.g. ["stance:accountability-first"]');
  if (record.avoid !== undefined && !isTags(record.avoid)) return problem('"avoid" must be a list of tags');
  return { ok: true, policy: { name: record.name, prefer: record.prefer, avoid: record.avoid ?? [] } };
}

/** One card on the table as a policy sees it: the pack's own options (a policy needs only costs and tags). */
interface TableCard {
  readonly decisionId: string;
  readonly options: readonly Option[];
}

/** The crisis (if any) and the initiatives of the hand, in the order dealt: what `listOffers` lists. */
function tableOf(state: SimState, scenario: Scenario): { crisis?: TableCard; cards: TableCard[] } {
  const { cards: byId } = lookup(scenario);
  const crisisCard = state.quarter.crisis === undefined ? undefined : byId.get(state.quarter.crisis);
  const cards: TableCard[] = [];
  const hand = state.quarter.hand;
  for (let i = 0; i < hand.length; i++) {
    const decisionId = hand[i]!;
    const card = byId.get(decisionId);
    if (card) cards.push({ decisionId, options: card.card.options });
  }
  return crisisCard
    ? { crisis: { decisionId: crisisCard.card.id, options: crisisCard.card.options }, cards }
    : { cards };
}

/** The highest-scoring of `options`, ties broken with the policy stream. */
function best(
  options: readonly Option[],
  policy: TagPolicy,
  rng: RngState,
): [{ option: Option; score: number; tieBreak: number } | undefined, RngState] {
  let top: { option: Option; score: number; tieBreak: number } | undefined;
  let state = rng;
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const drawn = nextFloat(state);
    const tieBreak = drawn[0];
    state = drawn[1];
    const score = scoreOption(option.tags, policy);
    if (!top || score > top.score || (score === top.score && tieBreak > top.tieBreak))
      top = { option, score, tieBreak };
  }
  return [top, state];
}

/**
 * The inputs a policy gives for the current quarter, ending with `turn.ended` (DESIGN §5): the crisis gets
 * the highest-scoring available option; each card offers its best available option; cards are funded in
 * descending score while capital lasts (a card that does not fit is skipped); a negative score is never funded.
 */
export function policyInputs(state: SimState, scenario: Scenario, policy: Policy): Input[] {
  if (state.status === 'ended') return [{ type: 'turn.ended' }];
  const rng = rngFor(state.settings.seed, state.turn, 'policy');
  const table = tableOf(state, scenario);
  const budget: Budget = { capital: scenario.capitalPerQuarter, consent: state.drivers.consent, inputs: [] };
  // Two functions, so a run compiles only the policy it plays (the bench plays `random` on fresh threads).
  if (policy === 'random') randomInputs(table, budget, rng);
  else tagInputs(table, budget, rng, policy);
  budget.inputs.push({ type: 'turn.ended' });
  return budget.inputs;
}

type Table = ReturnType<typeof tableOf>;

/** `random`: a uniform affordable option for the crisis; for each card, one of its affordable options or none. */
function randomInputs({ crisis, cards }: Table, budget: Budget, rng: RngState): void {
  if (crisis) {
    const choices = affordable(budget, crisis.options);
    const drawn = nextInt(rng, choices.length);
    rng = drawn[1];
    const choice = choices[drawn[0]];
    if (choice) take(budget, crisis.decisionId, choice);
  }
  // Indexed loops and reads, not for…of and array destructuring (their iterator protocol; see README).
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    const choices = affordable(budget, card.options);
    const drawn = nextInt(rng, choices.length + 1); // the last index means "not funded"
    rng = drawn[1];
    const choice = choices[drawn[0]];
    if (choice) take(budget, card.decisionId, choice);
  }
}

/** A tag policy: the crisis's best option, then the cards' best options in descending score while they fit. */
function tagInputs({ crisis, cards }: Table, budget: Budget, rng: RngState, policy: TagPolicy): void {
  if (crisis) {
    const found = best(affordable(budget, crisis.options), policy, rng);
    rng = found[1];
    if (found[0]) take(budget, crisis.decisionId, found[0].option);
  }
  const ranked: { decisionId: string; option: Option; score: number; tieBreak: number }[] = [];
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    const found = best(affordable(budget, card.options), policy, rng);
    rng = found[1];
    const top = found[0];
    if (top && top.score >= 0)
      ranked.push({
        decisionId: card.decisionId,
        option: top.option,
        score: top.score,
        tieBreak: top.tieBreak,
      });
  }
  ranked.sort((x, y) => y.score - x.score || y.tieBreak - x.tieBreak);
  for (let i = 0; i < ranked.length; i++)
    if (fits(budget, ranked[i]!.option)) take(budget, ranked[i]!.decisionId, ranked[i]!.option);
}

/** What a policy has left this quarter and what it chose so far. */
interface Budget {
  capital: number;
  consent: number;
  readonly inputs: Input[];
}

// N.B. module-level helpers, not closures made per call: the sim CLI runs under tsx, which names every
// closure it creates (one defineProperty each), and policyInputs runs every quarter of every playthrough.
const fits = (budget: Budget, option: Option) =>
  option.cost <= budget.capital && (option.consentCost ?? 0) <= budget.consent;

/**
 * The options that fit the budget, pushed into a literal rather than filtered: arrays from an optimised
 * filter() came in another elements kind than the earlier ones and deoptimised the policy mid-batch.
 */
function affordable(budget: Budget, options: readonly Option[]): Option[] {
  const fitting: Option[] = [];
  for (let i = 0; i < options.length; i++) if (fits(budget, options[i]!)) fitting.push(options[i]!);
  return fitting;
}

function take(budget: Budget, decisionId: string, option: Option): void {
  budget.inputs.push({ type: 'option.chosen', decisionId, optionId: option.id });
  budget.capital -= option.cost;
  budget.consent -= option.consentCost ?? 0;
}
