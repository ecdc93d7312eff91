import type { LocalText, Scenario } from '../content/scenario.schema';
import type { Sources } from '../content/sources';
import { causeOfEntry } from '../sim/attribution';
import { causeKeyOf } from '../sim/ledger';
import { lookup, optionOf } from '../sim/lookup';
import type { MeterId } from '../sim/meters';
import type { SimEvent } from '../sim/sim-events';
import { citationOf, type CitationInfo } from './citations';
import { eventQuarters, type DebriefRun } from './run';

/** How many causes a trace names before summing the rest into `other`. */
export const DEFAULT_TOP_CAUSES = 5;

/** What a cause is: a chosen option (with its card), an incident, a mandate change, or the starting value. */
export type TraceCauseKind = 'option' | 'incident' | 'mandate' | 'initial';

/** A citation with what the pack says about it: the quote, and whether the link is the seed's or inferred. */
export interface TraceCitation extends CitationInfo {
  readonly quote?: string;
  readonly inferred: boolean;
  /** `inferred` as a word the UI can key its label on. */
  readonly link: 'sourced' | 'inferred';
}

/** One cause of a meter's movement over a span, with its share and where it comes from. */
export interface TraceCause {
  /** The ledger cause key: `o:<optionId>@<turn>`, `i:<incidentId>@<turn>`, `m:<changeId>@<turn>` or `init`. */
  readonly key: string;
  readonly kind: TraceCauseKind;
  /** The option, incident or mandate change id (the scenario id for the starting value). */
  readonly sourceId: string;
  /** For an option: the card (initiative or crisis) it answered. */
  readonly decisionId?: string;
  /** The quarter it was decided or occurred in (0: the starting value). */
  readonly turn: number;
  /** Its part of the meter's movement over the span, in meter points (signed, unrounded). */
  readonly share: number;
  /** The part that came straight through the drivers it changed (the rest came through drift rules). */
  readonly direct: number;
  /** The drift rules that carried part of it ("via grievance"), largest part first. */
  readonly via: readonly string[];
  /** The part each rule of `via` carried. */
  readonly viaShares: Readonly<Record<string, number>>;
  /** The quarters its driver effects landed in: a delayed effect lands after `turn`. */
  readonly landed: readonly number[];
  /** The quarters its effects lapsed in (their `when` was false on landing). */
  readonly lapsed: readonly number[];
  /** True when some of its effects landed after the quarter it was decided in. */
  readonly delayed: boolean;
  /** The option's note (options only). */
  readonly note?: LocalText;
  /** The first of `citations`, for a one-line trace. */
  readonly citation?: TraceCitation;
  readonly citations: readonly TraceCitation[];
}

/** The ranked causes of one meter's movement over quarters [from, to]. */
export interface CausalTrace {
  readonly meter: MeterId;
  readonly from: number;
  readonly to: number;
  /** The meter before `from` and at the end of `to`, when the run covers the span. */
  readonly start?: number;
  readonly end?: number;
  /** end − start: the sum of the movements of the span's quarters. */
  readonly movement: number;
  /** The largest causes by |share|, at most `top`. */
  readonly causes: readonly TraceCause[];
  /** The summed share of the other causes; Σ causes.share + other = movement (to float precision). */
  readonly other: number;
  readonly otherCount: number;
}

/** Options of {@linkcode traceMeter}. */
export interface TraceOptions {
  /** How many causes to name (default {@linkcode DEFAULT_TOP_CAUSES}). */
  readonly top?: number;
  /** `scenarios/sources.yaml` as data, for full references; without it a reference is its code. */
  readonly sources?: Sources;
}

/**
 * The ranked causes of `meter`'s movement over quarters [from, to] (DESIGN §3, Attribution): the
 * `meter.changed` attributions of the span, grouped by cause (a drift rule's share stays with the cause it
 * traces back to, the rule kept as its mechanism), ranked by absolute share. The after-hand-over step is
 * quarter n + 1. Quarters outside the run contribute nothing.
 *
 * @example
 * const trace = traceMeter(run, scenario, 'civilianHarm', 6, 6, { sources });
 * // trace.causes[0] → { kind: 'option', sourceId: 'crash-train-equip', turn: 2, via: ['grievance'], … }
 */
export function traceMeter(
  run: DebriefRun,
  scenario: Scenario,
  meter: MeterId,
  from: number,
  to: number,
  options: TraceOptions = {},
): CausalTrace {
  const byKey = new Map<string, { share: number; direct: number; via: Map<string, number> }>();
  let movement = 0;
  let start: number | undefined;
  let end: number | undefined;
  for (const event of run.events) {
    if (event.type !== 'meter.changed' || event.meter !== meter) continue;
    if (event.turn < from || event.turn > to) continue;
    start ??= event.from;
    end = event.to;
    movement += event.to - event.from;
    for (const [entry, share] of event.attribution) {
      const tilde = entry.indexOf('~');
      const key = tilde < 0 ? entry : entry.slice(0, tilde);
      let sum = byKey.get(key);
      if (!sum) byKey.set(key, (sum = { share: 0, direct: 0, via: new Map() }));
      sum.share += share;
      if (tilde < 0) sum.direct += share;
      else {
        const rule = entry.slice(tilde + 1);
        sum.via.set(rule, (sum.via.get(rule) ?? 0) + share);
      }
    }
  }
  const ranked = [...byKey]
    .filter(([, sum]) => sum.share !== 0)
    .sort(([a, x], [b, y]) => Math.abs(y.share) - Math.abs(x.share) || (a < b ? -1 : a > b ? 1 : 0));
  const top = Math.max(0, options.top ?? DEFAULT_TOP_CAUSES);
  const landings = landingsOf(run.events);
  const causes = ranked.slice(0, top).map(([key, sum]): TraceCause => {
    const via = [...sum.via].sort(([, a], [, b]) => Math.abs(b) - Math.abs(a));
    return {
      ...describe(run, scenario, key, options.sources),
      share: sum.share,
      direct: sum.direct,
      via: via.map(([rule]) => rule),
      viaShares: Object.fromEntries(via),
      ...landingOf(landings, key),
    };
  });
  const rest = ranked.slice(top);
  return {
    meter,
    from,
    to,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    movement,
    causes,
    other: rest.reduce((total, [, sum]) => total + sum.share, 0),
    otherCount: rest.length,
  };
}

type Described = Pick<
  TraceCause,
  'key' | 'kind' | 'sourceId' | 'decisionId' | 'turn' | 'note' | 'citation' | 'citations'
>;

/** Who a cause key is, and what the pack says about it. */
function describe(run: DebriefRun, scenario: Scenario, key: string, sources?: Sources): Described {
  const cause = causeOfEntry(run.state, key);
  const turn = cause?.turn ?? Number(/@(\d+)$/u.exec(key)?.[1] ?? 0);
  const cite = (
    cites: readonly string[] | undefined,
    quote: string | undefined,
    inferred: boolean | undefined,
  ) => {
    const citations = (cites ?? []).map((code, i): TraceCitation => ({
      ...citationOf(code, sources),
      ...(quote === undefined || i > 0 ? {} : { quote }), // one quote per item: from its first citation
      inferred: inferred === true,
      link: inferred === true ? 'inferred' : 'sourced',
    }));
    return { citations, ...(citations[0] ? { citation: citations[0] } : {}) };
  };
  if (key.startsWith('o:')) {
    const sourceId = cause?.sourceId ?? key.slice(2, key.lastIndexOf('@'));
    const decisionId = cause?.decisionId;
    const option = decisionId === undefined ? undefined : optionOf(scenario, decisionId, sourceId);
    return {
      key,
      kind: 'option',
      sourceId,
      ...(decisionId === undefined ? {} : { decisionId }),
      turn,
      ...(option ? { note: option.note } : {}),
      ...cite(option?.cites, option?.quote, option?.inferred),
    };
  }
  if (key.startsWith('i:')) {
    const sourceId = cause?.sourceId ?? key.slice(2, key.lastIndexOf('@'));
    const incident = lookup(scenario).incidents.get(sourceId);
    return {
      key,
      kind: 'incident',
      sourceId,
      turn,
      ...cite(incident?.cites, incident?.quote, incident?.inferred),
    };
  }
  if (key.startsWith('m:')) {
    const sourceId = cause?.sourceId ?? key.slice(2, key.lastIndexOf('@'));
    const change = scenario.mandateReviews.find((c) => c.id === sourceId);
    return { key, kind: 'mandate', sourceId, turn, ...cite(change?.cites, undefined, undefined) };
  }
  return { key, kind: 'initial', sourceId: scenario.id, turn: 0, citations: [] };
}

interface Landings {
  readonly landed: ReadonlyMap<string, readonly number[]>;
  readonly lapsed: ReadonlyMap<string, readonly number[]>;
}

const landingCache = new WeakMap<readonly SimEvent[], Landings>();

/** By cause key: the quarters its effects landed and lapsed in. */
function landingsOf(events: readonly SimEvent[]): Landings {
  const cached = landingCache.get(events);
  if (cached) return cached;
  const quarters = eventQuarters(events);
  const landed = new Map<string, number[]>();
  const lapsed = new Map<string, number[]>();
  events.forEach((event, i) => {
    if (event.type !== 'effect.landed' && event.type !== 'effect.lapsed') return;
    const map = event.type === 'effect.landed' ? landed : lapsed;
    const key = causeKeyOf(event.cause);
    const list = map.get(key) ?? [];
    const quarter = quarters[i]!;
    if (!list.includes(quarter)) list.push(quarter);
    map.set(key, list);
  });
  const result = { landed, lapsed };
  landingCache.set(events, result);
  return result;
}

function landingOf(landings: Landings, key: string): Pick<TraceCause, 'landed' | 'lapsed' | 'delayed'> {
  const landed = landings.landed.get(key) ?? [];
  const turn = Number(/@(\d+)$/u.exec(key)?.[1] ?? 0);
  return { landed, lapsed: landings.lapsed.get(key) ?? [], delayed: landed.some((q) => q > turn) };
}

/** The single quarter and meter with the largest absolute movement (the after-hand-over step included). */
export function largestMovement(
  run: DebriefRun,
): { meter: MeterId; turn: number; movement: number } | undefined {
  let best: { meter: MeterId; turn: number; movement: number } | undefined;
  for (const event of run.events) {
    if (event.type !== 'meter.changed') continue;
    const movement = event.to - event.from;
    if (!best || Math.abs(movement) > Math.abs(best.movement))
      best = { meter: event.meter, turn: event.turn, movement };
  }
  return best;
}
