import type { Scenario } from '../content/scenario.schema';
import type { DriverId } from '../sim/drivers';
import { lookup } from '../sim/lookup';
import { METER_IDS, type MeterId } from '../sim/meters';
import { eventQuarters, valuesOf, type DebriefRun } from './run';

/** A run's meters step by step: index 0 is the start, then quarters 1…n, then (when ended) after hand-over. */
export interface RunSeries {
  readonly turns: readonly number[];
  readonly meters: Readonly<Record<MeterId, readonly number[]>>;
  /** Civilian harm's two parts (the target's): by state forces and by armed groups (DESIGN §3). */
  readonly harm: { readonly state: readonly number[]; readonly armed: readonly number[] };
  /** Whether the last entry is the after-hand-over step (turn n + 1). */
  readonly afterHandover: boolean;
  readonly ending?: { readonly id: string; readonly reason: string; readonly turn: number };
}

/** The meters and harm parts of a run step by step: the timeline's lines (and the data table's rows). */
export function seriesOf(run: DebriefRun, scenario: Scenario): RunSeries {
  const values = valuesOf(run, scenario);
  const meters = Object.fromEntries(METER_IDS.map((id) => [id, values.map((v) => v.meters[id])])) as Record<
    MeterId,
    number[]
  >;
  return {
    turns: values.map((v) => v.turn),
    meters,
    harm: { state: values.map((v) => v.harm.state), armed: values.map((v) => v.harm.armed) },
    afterHandover: run.state.afterHandover !== undefined,
    ...(run.state.ending ? { ending: { ...run.state.ending } } : {}),
  };
}

/** A decision marker: an option the run applied (a crisis answer taken by default is marked). */
export interface DecisionMarker {
  readonly turn: number;
  readonly decisionId: string;
  readonly optionId: string;
  readonly kind: 'crisis' | 'initiative';
  readonly defaulted: boolean;
}

/** An arrow from a decision to a delayed effect it caused: landed (with its size) or lapsed (its `when` was false). */
export interface DelayedArrow {
  readonly decisionId: string;
  readonly optionId: string;
  readonly decidedTurn: number;
  /** The quarter it landed or lapsed in; the after-hand-over step is n + 1. */
  readonly turn: number;
  readonly driver?: DriverId;
  readonly delta?: number;
  readonly lapsed: boolean;
  readonly reason?: string;
}

/** The data of the review's timeline (see {@linkcode timelineOf}). */
export interface Timeline {
  readonly series: RunSeries;
  readonly decisions: readonly DecisionMarker[];
  readonly delayed: readonly DelayedArrow[];
}

/**
 * The timeline of the after-action review (issue 9): the meter series with the after-hand-over step, a
 * marker per decision, and an arrow from each decision to each of its effects that landed (or lapsed) in a
 * later quarter — late capacity-first choices do not escape their consequences.
 */
export function timelineOf(run: DebriefRun, scenario: Scenario): Timeline {
  const quarters = eventQuarters(run.events);
  const { cards } = lookup(scenario);
  const defaulted = new Set(
    run.events.flatMap((e) => (e.type === 'option.defaulted' ? [`${e.turn}/${e.decisionId}`] : [])),
  );
  const decisions: DecisionMarker[] = [];
  const delayed: DelayedArrow[] = [];
  run.events.forEach((event, i) => {
    if (event.type === 'option.applied') {
      decisions.push({
        turn: event.turn,
        decisionId: event.decisionId,
        optionId: event.optionId,
        kind: cards.get(event.decisionId)?.kind ?? 'initiative',
        defaulted: defaulted.has(`${event.turn}/${event.decisionId}`),
      });
      return;
    }
    if (event.type !== 'effect.landed' && event.type !== 'effect.lapsed') return;
    const { cause } = event;
    const turn = quarters[i]!;
    if (cause.decisionId === undefined || turn <= cause.turn) return; // incidents, mandate changes, delay 0
    const base = { decisionId: cause.decisionId, optionId: cause.sourceId, decidedTurn: cause.turn, turn };
    delayed.push(
      event.type === 'effect.landed'
        ? { ...base, driver: event.driver, delta: event.delta, lapsed: false }
        : { ...base, lapsed: true, reason: event.reason },
    );
  });
  return { series: seriesOf(run, scenario), decisions, delayed };
}
