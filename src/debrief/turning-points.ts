import type { Option, Scenario } from '../content/scenario.schema';
import { lookup, optionOf } from '../sim/lookup';
import type { SimEvent } from '../sim/sim-events';
import { stanceOf } from '../sim/tags';
import { largestMovement, traceMeter, type TraceCause } from './causal-trace';
import type { GeneratedQuestion } from './questions';
import { valuesOf, type DebriefRun, type QuarterValues } from './run';

/** A rise of harm by state forces (points of the 0–100 target part) that makes a choice a turning point. */
export const HARM_RISE = 3;
/** How many quarters after a choice its rise of harm is looked for (the longest delays in the packs). */
export const HARM_WINDOW = 4;
/** Backing forces whose accountability is below this (DESIGN §3, doctrine claim 7) is a turning point. */
export const BACKING_ACCOUNTABILITY = 40;
/** The largest single-quarter movement is only a question when it is at least this many points. */
export const MOVEMENT_MIN = 1;

/**
 * The turning points of a run as generated questions, in the order of `QUESTION_PATTERNS`: at most one per
 * pattern, the strongest (capacity-then-harm) or the first instance.
 */
export function turningPoints(run: DebriefRun, scenario: Scenario): GeneratedQuestion[] {
  const values = valuesOf(run, scenario);
  const choices = chosenOptions(run.events, scenario);
  const played = run.state.history.length;
  return [
    capacityThenHarm(choices, values),
    crisisConfronted(choices, values, scenario),
    dialogueNotFollowedUp(run.events, choices, values, played),
    backingUnaccountable(run.events, choices, values, played),
    largestMovementQuestion(run, scenario),
  ].filter((q): q is GeneratedQuestion => q !== undefined);
}

interface Choice {
  readonly decisionId: string;
  readonly optionId: string;
  readonly turn: number;
  readonly option: Option;
  readonly defaulted: boolean;
}

/** The options the run applied, in order, with whether a crisis took it by default. */
function chosenOptions(events: readonly SimEvent[], scenario: Scenario): Choice[] {
  const defaulted = new Set(
    events.flatMap((e) => (e.type === 'option.defaulted' ? [`${e.turn}/${e.decisionId}/${e.optionId}`] : [])),
  );
  return events.flatMap((e) => {
    if (e.type !== 'option.applied') return [];
    const option = optionOf(scenario, e.decisionId, e.optionId);
    if (!option) return [];
    const key = `${e.turn}/${e.decisionId}/${e.optionId}`;
    return [
      { decisionId: e.decisionId, optionId: e.optionId, turn: e.turn, option, defaulted: defaulted.has(key) },
    ];
  });
}

const setsFlag = (option: Option, flag: string) =>
  (option.flags ?? []).some((ref) => (typeof ref === 'string' ? ref : ref.id) === flag);

function capacityThenHarm(
  choices: readonly Choice[],
  values: readonly QuarterValues[],
): GeneratedQuestion | undefined {
  let best: Extract<GeneratedQuestion, { pattern: 'capacity-then-harm' }>['params'] | undefined;
  for (const choice of choices) {
    const stance = stanceOf(choice.option.tags);
    if (choice.defaulted || (stance !== 'capacity-first' && stance !== 'appease')) continue;
    const before = values[choice.turn - 1];
    if (!before) continue;
    let peak: QuarterValues | undefined;
    for (let q = choice.turn; q <= choice.turn + HARM_WINDOW && q < values.length; q++) {
      const at = values[q]!;
      if (!peak || at.harm.state > peak.harm.state) peak = at;
    }
    if (!peak || peak.harm.state - before.harm.state < HARM_RISE) continue;
    const rise = peak.harm.state - before.harm.state;
    if (best && rise <= best.harmTo - best.harmFrom) continue;
    best = {
      decisionId: choice.decisionId,
      optionId: choice.optionId,
      stance,
      turn: choice.turn,
      peakTurn: peak.turn,
      harmFrom: before.harm.state,
      harmTo: peak.harm.state,
      legitimacyFrom: before.meters.legitimacy,
      legitimacyTo: peak.meters.legitimacy,
    };
  }
  return best && { kind: 'generated', pattern: 'capacity-then-harm', params: best };
}

function crisisConfronted(
  choices: readonly Choice[],
  values: readonly QuarterValues[],
  scenario: Scenario,
): GeneratedQuestion | undefined {
  const cards = lookup(scenario).cards;
  const choice = choices.find(
    (c) =>
      !c.defaulted && cards.get(c.decisionId)?.kind === 'crisis' && stanceOf(c.option.tags) === 'confront',
  );
  const before = choice && values[choice.turn - 1];
  const after = choice && values[choice.turn];
  if (!choice || !before || !after) return undefined;
  return {
    kind: 'generated',
    pattern: 'crisis-confronted',
    params: {
      crisisId: choice.decisionId,
      optionId: choice.optionId,
      turn: choice.turn,
      consentFrom: before.drivers.consent,
      consentTo: after.drivers.consent,
    },
  };
}

function dialogueNotFollowedUp(
  events: readonly SimEvent[],
  choices: readonly Choice[],
  values: readonly QuarterValues[],
  played: number,
): GeneratedQuestion | undefined {
  const launch = choices.find((c) => setsFlag(c.option, 'dialogue-launched'));
  if (!launch || played - launch.turn < 2) return undefined; // the follow-up rule looks 2 quarters back
  const followed = events.some(
    (e) => e.type === 'flag.set' && e.flag === 'dialogue-followed-up' && e.turn >= launch.turn,
  );
  const from = values[launch.turn];
  const end = values[played];
  if (followed || !from || !end) return undefined;
  return {
    kind: 'generated',
    pattern: 'dialogue-not-followed-up',
    params: {
      decisionId: launch.decisionId,
      optionId: launch.optionId,
      turn: launch.turn,
      endTurn: end.turn,
      ownershipFrom: from.drivers.ownership,
      ownershipTo: end.drivers.ownership,
    },
  };
}

function backingUnaccountable(
  events: readonly SimEvent[],
  choices: readonly Choice[],
  values: readonly QuarterValues[],
  played: number,
): GeneratedQuestion | undefined {
  for (const choice of choices) {
    if (!setsFlag(choice.option, 'backing-forces')) continue;
    const before = values[choice.turn - 1];
    if (!before || before.drivers.accountability >= BACKING_ACCOUNTABILITY) continue;
    const flag = events.find(
      (e) => e.type === 'flag.set' && e.flag === 'backing-forces' && e.turn === choice.turn,
    );
    const until = Math.min(flag?.type === 'flag.set' ? (flag.until ?? played) : played, played);
    const after = values[Math.max(until, choice.turn)];
    if (!after) continue;
    return {
      kind: 'generated',
      pattern: 'backing-unaccountable',
      params: {
        decisionId: choice.decisionId,
        optionId: choice.optionId,
        turn: choice.turn,
        untilTurn: after.turn,
        accountability: before.drivers.accountability,
        trustFrom: before.drivers.trust,
        trustTo: after.drivers.trust,
      },
    };
  }
  return undefined;
}

function largestMovementQuestion(run: DebriefRun, scenario: Scenario): GeneratedQuestion | undefined {
  const largest = largestMovement(run);
  if (!largest || Math.abs(largest.movement) < MOVEMENT_MIN) return undefined;
  const [top] = traceMeter(run, scenario, largest.meter, largest.turn, largest.turn, { top: 1 }).causes;
  return {
    kind: 'generated',
    pattern: 'largest-movement',
    params: {
      ...largest,
      ...(top
        ? {
            cause: {
              key: top.key,
              kind: top.kind,
              sourceId: top.sourceId,
              ...(top.decisionId === undefined ? {} : { decisionId: top.decisionId }),
              turn: top.turn,
              via: mainMechanisms(top),
              share: top.share,
            },
          }
        : {}),
    },
  };
}

/**
 * The drift rules worth naming beside a cause in one sentence: those that carried at least a quarter of its
 * share, in its direction (a rule that worked against the movement is in the trace, not in the question).
 */
export function mainMechanisms(cause: Pick<TraceCause, 'share' | 'via' | 'viaShares'>): string[] {
  return cause.via.filter((rule) => {
    const part = cause.viaShares[rule] ?? 0;
    return part * cause.share > 0 && Math.abs(part) >= Math.abs(cause.share) / 4;
  });
}
