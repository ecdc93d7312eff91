import type { Scenario } from '../content/scenario.schema';
import { causeOfEntry } from '../sim/attribution';
import type { SessionLog } from '../sim/replay';
import type { Cause, RejectionReason, SimEvent } from '../sim/sim-events';
import type { SimState } from '../sim/sim-state';
import { describeCause, namer } from './replay-names';
import { walkLog, type WalkedInput } from './walk';

/** A pack item by id and English title. */
export interface Named {
  readonly id: string;
  readonly title: string;
}
/** A cause in words, the quarter it originated in, and its part of a change. */
export interface CauseShare {
  readonly cause: string;
  readonly amount: number;
}
export interface DriverChange {
  readonly driver: string;
  readonly from: number;
  readonly to: number;
  readonly kind: Cause['kind'];
  readonly cause: string; // e.g. 'option "Screen every recruit first" (sixty-day-list, Q1)'
  readonly origin: number; // the quarter the cause originated in (0: the starting value)
  readonly shares?: readonly CauseShare[]; // a drift rule's top 3 causes
}
export interface MeterChange {
  readonly meter: string;
  readonly from: number;
  readonly to: number;
  readonly causes: readonly CauseShare[]; // the top 3 ledger entries by size
}
export interface Changes {
  readonly drivers: readonly DriverChange[];
  readonly meters: readonly MeterChange[];
  readonly lapsed: readonly { readonly cause: string; readonly reason: string }[];
}
/** An input in words (`input` absent: a crisis left open took its default option). */
export interface StoryInput {
  readonly input?: WalkedInput['input'];
  readonly text: string; // e.g. 'The 60-day list → Screen every recruit first'
  readonly refused?: RejectionReason;
}
export interface StoryQuarter extends Changes {
  readonly turn: number;
  readonly news: readonly Named[];
  readonly crisis?: Named;
  readonly hand: readonly Named[];
  readonly inputs: readonly StoryInput[];
  readonly flags: readonly string[];
  readonly benchmarks: readonly Named[];
  readonly review?: { readonly changes: readonly Named[] };
}
/** A replayed run, quarter by quarter, with every id resolved to its English title (DESIGN §5 `replay`). */
export interface Story {
  readonly scenario: string;
  readonly version: number;
  readonly turns: number;
  readonly difficulty: string;
  readonly seed: string;
  readonly quarters: readonly StoryQuarter[];
  readonly afterHandover?: Changes;
  readonly ending?: Named & { readonly reason: string; readonly turn: number };
  readonly trailing: readonly StoryInput[]; // inputs after the last resolved quarter
}

const TOP = 3;

/** Replays `log` on `scenario` (same id and version: the caller checks) and tells it quarter by quarter. */
export function storyOf(log: SessionLog, scenario: Scenario): { story: Story; state: SimState } {
  const walk = walkLog(log, scenario);
  const { state } = walk;
  const names = namer(scenario);
  const cause = (c: Cause) => describeCause(c, scenario);
  const entry = (key: string) => {
    const found = causeOfEntry(state, key);
    const rule = key.includes('~') ? ` via ${key.slice(key.indexOf('~') + 1)}` : '';
    return `${found ? cause(found) : key}${rule}`;
  };
  const top = (shares: ReadonlyMap<string, number>, label: (key: string) => string) =>
    [...shares]
      .filter(([, amount]) => amount !== 0)
      .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
      .slice(0, TOP)
      .map(([key, amount]) => ({ cause: label(key), amount }));
  const changes = (events: readonly SimEvent[]): Changes => ({
    drivers: events.flatMap((e) =>
      e.type !== 'driver.changed'
        ? []
        : [
            {
              driver: e.driver,
              from: e.from,
              to: e.to,
              kind: e.cause.kind,
              cause: cause(e.cause),
              origin: e.cause.turn,
              // a drift rule's share goes to the causes of what it reads: drop the `~rule` the rule is
              ...(e.shares ? { shares: top(e.shares, (key) => entry(key.split('~')[0]!)) } : {}),
            },
          ],
    ),
    meters: events.flatMap((e) =>
      e.type === 'meter.changed'
        ? [{ meter: e.meter, from: e.from, to: e.to, causes: top(e.attribution, entry) }]
        : [],
    ),
    lapsed: events.flatMap((e) =>
      e.type === 'effect.lapsed' ? [{ cause: cause(e.cause), reason: e.reason }] : [],
    ),
  });
  const quarters = walk.quarters.map((q): StoryQuarter => {
    const review = q.resolution.find((e) => e.type === 'mandate.reviewed');
    return {
      turn: q.turn,
      news: q.news.map(names.incident),
      ...(q.crisis ? { crisis: names.incident(q.crisis) } : {}),
      hand: q.hand.map((id) => ({ id, title: names.card(id) })),
      inputs: q.inputs.flatMap(names.input),
      ...changes(q.resolution),
      flags: q.resolution.flatMap((e) => (e.type === 'flag.set' ? [e.flag] : [])),
      benchmarks: q.resolution.flatMap((e) =>
        e.type === 'benchmark.met' ? [names.benchmark(e.benchmarkId)] : [],
      ),
      ...(review?.type === 'mandate.reviewed'
        ? { review: { changes: review.changes.map(names.change) } }
        : {}),
    };
  });
  const ending = state.ending && {
    ...names.ending(state.ending.id),
    reason: state.ending.reason,
    turn: state.ending.turn,
  };
  const story: Story = {
    scenario: scenario.id,
    version: scenario.version,
    turns: log.turns,
    difficulty: log.difficulty,
    seed: log.seed,
    quarters,
    ...(state.status === 'ended' ? { afterHandover: changes(walk.handover) } : {}),
    ...(ending ? { ending } : {}),
    trailing: walk.trailing.flatMap(names.input),
  };
  return { story, state };
}
