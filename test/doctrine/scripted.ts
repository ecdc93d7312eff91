import type { Option, Scenario } from '../../src/content/scenario.schema';
import { choose, type Input } from '../../src/sim/inputs';
import { lookup } from '../../src/sim/lookup';
import { listOffers } from '../../src/sim/offers';
import { policyInputs, type Policy, type TagPolicy } from '../../src/sim/policy';
import { openSession, type RunSettings, type SimState } from '../../src/sim/sim-state';
import { step } from '../../src/sim/step';
import { stanceOf } from '../../src/sim/tags';

// Three contrasts of issue 2 are not "one stance against another": vetting without vs with oversight,
// dialogue with vs without follow-up, backing forces while accountability < 40 vs not. A tag policy scores
// options by their tags alone, so it cannot say "the same policy, minus oversight" or "… plus backing the
// forces while they are unaccountable". A scripted policy is a tag policy (DESIGN §5, played by
// `policyInputs` unchanged) with two overrides, each chosen by what an option does, never by its id:
// - `never`: options hidden from the policy — it spends its capital on its other preferences instead;
// - `always`: options taken first, whenever offered and affordable (the policy then spends what is left).

/** Whether an option may be taken; `state` is the quarter being decided. */
export type OptionTest = (option: Option, state: SimState) => boolean;

export interface ScriptedPolicy {
  readonly name: string;
  readonly script: {
    readonly base: TagPolicy;
    readonly never?: (option: Option) => boolean;
    readonly always?: OptionTest;
  };
}

/** What the doctrine tests compare: a policy of DESIGN §5 or a scripted one. */
export type DoctrinePolicy = Policy | ScriptedPolicy;

export const raises =
  (driver: string) =>
  (option: Option): boolean =>
    option.effects.some((effect) => effect.target === driver && effect.delta > 0);

export const setsFlag =
  (flag: string) =>
  (option: Option): boolean =>
    (option.flags ?? []).some((ref) => (typeof ref === 'string' ? ref : ref.id) === flag);

/**
 * Vetting without oversight: the vetting policy, never funding anything that raises oversight (001 §Vetting
 * security forces: "in the absence of internal controls, disciplinary mechanisms … and external oversight").
 */
export function withoutOversight(base: TagPolicy): ScriptedPolicy {
  return { name: `${base.name}, no oversight`, script: { base, never: raises('oversight') } };
}

/**
 * Vetting with oversight: the vetting policy, first funding every control it is offered — an option that
 * raises oversight with an accountability-first or mitigate stance (a committee, a military justice code, a
 * private démarche; not a presidential inspectorate nor a public denunciation, which cut accountability).
 */
export function withOversight(base: TagPolicy): ScriptedPolicy {
  const isControl = (option: Option) =>
    raises('oversight')(option) && ['accountability-first', 'mitigate'].includes(stanceOf(option.tags) ?? '');
  return { name: `${base.name}, with oversight`, script: { base, always: isControl } };
}

/** Dialogue followed up: the dialogue policy, first funding whatever sets `dialogue-followed-up`. */
export function withFollowUp(base: TagPolicy): ScriptedPolicy {
  return {
    name: `${base.name}, followed up`,
    script: { base, always: setsFlag('dialogue-followed-up') },
  };
}

/** Dialogue without follow-up: the dialogue policy, never setting `dialogue-followed-up`. */
export function withoutFollowUp(base: TagPolicy): ScriptedPolicy {
  return {
    name: `${base.name}, not followed up`,
    script: { base, never: setsFlag('dialogue-followed-up') },
  };
}

/** Backing the forces while accountability < 40: `base`, first taking any option that sets `backing-forces` then. */
export function backingUnaccountable(base: TagPolicy): ScriptedPolicy {
  return {
    name: `${base.name}, backing forces while accountability < 40`,
    script: {
      base,
      always: (option, state) => setsFlag('backing-forces')(option) && state.drivers.accountability < 40,
    },
  };
}

/** Never backing the forces: `base`, with every option that sets `backing-forces` hidden. */
export function neverBacking(base: TagPolicy): ScriptedPolicy {
  return { name: `${base.name}, never backing forces`, script: { base, never: setsFlag('backing-forces') } };
}

// The pack as the base policy sees it: `never` options hidden, capital reduced by what `always` spent.
// Memoised by capital, so `lookup()` builds its maps once per view.
const views = new WeakMap<Scenario, Map<string, Scenario>>();
function viewOf(scenario: Scenario, policy: ScriptedPolicy, capital: number): Scenario {
  let byKey = views.get(scenario);
  if (!byKey) views.set(scenario, (byKey = new Map()));
  const key = `${policy.name}|${capital}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const hide = policy.script.never ?? (() => false);
  const view: Scenario = {
    ...scenario,
    capitalPerQuarter: capital,
    decisions: scenario.decisions.map((card) => ({
      ...card,
      options: card.options.filter((option) => !hide(option)),
    })),
    incidents: scenario.incidents.map((incident) =>
      incident.kind === 'crisis'
        ? { ...incident, options: incident.options.filter((option) => !hide(option)) }
        : incident,
    ),
  };
  byKey.set(key, view);
  return view;
}

/** The quarter's inputs of a scripted policy, ending with `turn.ended`. */
export function scriptedInputs(state: SimState, scenario: Scenario, policy: ScriptedPolicy): Input[] {
  const { base, never, always } = policy.script;
  const { options } = lookup(scenario);
  let capital = scenario.capitalPerQuarter;
  let consent = state.drivers.consent;
  const inputs: Input[] = [];
  const taken = new Set<string>();
  if (always) {
    for (const offer of listOffers(state, scenario)) {
      for (const offered of offer.options) {
        const option = options.get(`${offer.decisionId}/${offered.optionId}`)?.option;
        if (!option || never?.(option) || !always(option, state)) continue;
        if (offered.cost > capital || offered.consentCost > consent) continue;
        inputs.push(choose(offer.decisionId, offered.optionId));
        capital -= offered.cost;
        consent -= offered.consentCost;
        taken.add(offer.decisionId);
        break;
      }
    }
  }
  const { crisis, hand } = state.quarter;
  const rest: SimState = {
    ...state,
    drivers: { ...state.drivers, consent },
    quarter: {
      ...state.quarter,
      ...(crisis !== undefined && taken.has(crisis) ? { crisis: undefined } : {}),
      hand: hand.filter((id) => !taken.has(id)),
    },
  };
  return [...inputs, ...policyInputs(rest, viewOf(scenario, policy, capital), base)];
}

/** A whole session under a scripted policy, as `playSession` plays one under a tag policy (events off). */
export function playScripted(scenario: Scenario, settings: RunSettings, policy: ScriptedPolicy): SimState {
  let { state } = openSession(scenario, settings);
  // N.B. briefing and review acknowledgements are left out: step() ignores them, and no log is kept here.
  while (state.status === 'running') {
    for (const input of scriptedInputs(state, scenario, policy)) state = step(state, input, scenario).state;
  }
  return state;
}
