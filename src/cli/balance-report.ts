import type { Scenario } from '../content/scenario.schema';
import { METER_IDS, type MeterId } from '../sim/meters';
import { playSession } from '../sim/play';
import type { Difficulty } from '../sim/sim-state';
import { nearestRank } from './sim-summary';
import { walkLog, type Walk } from './walk';

/** How often something happened: in how many runs, and how many times in all. */
export interface Reach {
  readonly runs: number;
  readonly times: number;
}

/** The calibration criteria of issues 4–6: ≥ 4 endings reached, none above 60 %, everything reached. */
export const MIN_ENDINGS_REACHED = 4;
export const MAX_ENDING_SHARE = 0.6;

/** What `npm run -s balance` reports (DESIGN §5): reach of every card, option, incident and ending. */
export interface BalanceSummary {
  readonly scenario: string;
  readonly version: number;
  readonly runs: number;
  readonly turns: number;
  readonly difficulty: Difficulty;
  readonly seed: string;
  readonly endings: Record<string, number>; // runs
  readonly cards: Record<string, { dealt: Reach; funded: number; options: Record<string, Reach> }>;
  readonly incidents: Record<
    string,
    { kind: 'crisis' | 'news'; drawn: Reach; options?: Record<string, Reach> }
  >;
  readonly benchmarks: Record<string, number>; // runs that met it
  readonly mandateChanges: Record<string, Reach>;
  readonly reviews: number; // mandate reviews held, over all runs
  readonly meters: Record<MeterId, { p10: number[]; mean: number[]; p90: number[] }>;
  readonly unreached: {
    readonly cards: string[];
    readonly options: string[]; // `card/option`, crises' options included
    readonly incidents: string[];
    readonly endings: string[];
    readonly benchmarks: string[];
    readonly mandateChanges: string[];
  };
  /** Endings reached in more than 60 % of the runs. */
  readonly dominant: string[];
}

export interface BalanceSettings {
  readonly runs: number;
  readonly seed: string; // run i plays `seed` for i = 0 and `seed.i` after, as `npm run -s sim` does
  readonly turns: number;
  readonly difficulty: Difficulty;
}

/** Plays `runs` random-policy sessions (DESIGN §5's `random`) and tallies them. Pure and deterministic. */
export function balanceRuns(scenario: Scenario, settings: BalanceSettings): BalanceSummary {
  const tally = new BalanceTally(scenario, settings);
  for (let i = 0; i < settings.runs; i++) {
    const seed = i === 0 ? settings.seed : `${settings.seed}.${i}`;
    const { turns, difficulty } = settings;
    // The log is the run; walking it again keeps each quarter's hand, which the events do not carry.
    const played = playSession(scenario, { turns, difficulty, seed }, 'random', false);
    tally.add(walkLog(played.log, scenario));
  }
  return tally.summary();
}

const zero = (): Reach => ({ runs: 0, times: 0 });
const counter = (ids: readonly string[]) => new Map(ids.map((id): [string, Reach] => [id, zero()]));

/** Counts one run's occurrences into `reach`: each id adds a time, and a run once. */
function count(reach: Map<string, Reach>, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    const old = reach.get(id) ?? zero();
    reach.set(id, { runs: old.runs + (seen.has(id) ? 0 : 1), times: old.times + 1 });
    seen.add(id);
  }
}

/** Gathers runs one at a time; only counts and per-quarter meter values are kept. */
export class BalanceTally {
  private readonly endings: Map<string, number>;
  private readonly dealt: Map<string, Reach>;
  private readonly funded: Map<string, number>;
  private readonly chosen: Map<string, Reach>; // `card/option`
  private readonly drawn: Map<string, Reach>;
  private readonly met: Map<string, number>;
  private readonly changes: Map<string, Reach>;
  private readonly series: Record<MeterId, number[][]>;
  private reviews = 0;
  private runs = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly settings: Omit<BalanceSettings, 'runs'>,
  ) {
    this.endings = new Map(scenario.endings.map((e) => [e.id, 0]));
    this.dealt = counter(scenario.decisions.map((d) => d.id));
    this.funded = new Map(scenario.decisions.map((d) => [d.id, 0]));
    const crises = scenario.incidents.flatMap((i) => (i.kind === 'crisis' ? [i] : []));
    this.chosen = counter(
      [...scenario.decisions, ...crises].flatMap((card) => card.options.map((o) => `${card.id}/${o.id}`)),
    );
    this.drawn = counter(scenario.incidents.map((i) => i.id));
    this.met = new Map(scenario.benchmarks.map((b) => [b.id, 0]));
    this.changes = counter(scenario.mandateReviews.map((m) => m.id));
    const perQuarter = () => Array.from({ length: settings.turns }, (): number[] => []);
    this.series = { security: perQuarter(), legitimacy: perQuarter(), civilianHarm: perQuarter() };
  }

  /** Adds a finished run. A run that ended early holds its last meter values to the last quarter. */
  add({ quarters, state }: Walk): void {
    const last = state.history.at(-1);
    if (!last || !state.ending) throw new Error(`run ${state.settings.seed} did not finish`);
    this.runs += 1;
    this.endings.set(state.ending.id, (this.endings.get(state.ending.id) ?? 0) + 1);
    const events = quarters.flatMap((q) => q.resolution);
    const applied = events.flatMap((e) => (e.type === 'option.applied' ? [e] : []));
    const reviews = events.flatMap((e) => (e.type === 'mandate.reviewed' ? [e] : []));
    const hands = quarters.flatMap((q) => q.hand);
    const choices = applied.map((e) => `${e.decisionId}/${e.optionId}`);
    const incidents = quarters.flatMap((q) => [...q.news, ...(q.crisis ? [q.crisis] : [])]);
    const changes = reviews.flatMap((r) => r.changes);
    count(this.dealt, hands);
    count(this.chosen, choices);
    count(this.drawn, incidents);
    count(this.changes, changes);
    this.reviews += reviews.length;
    for (const { decisionId } of applied) {
      const funded = this.funded.get(decisionId); // crises are answered, not funded
      if (funded !== undefined) this.funded.set(decisionId, funded + 1);
    }
    for (const id of Object.keys(state.benchmarks)) this.met.set(id, (this.met.get(id) ?? 0) + 1);
    for (let q = 0; q < this.settings.turns; q++) {
      const record = state.history[q] ?? last;
      for (const meter of METER_IDS) this.series[meter][q]!.push(record.meters[meter]);
    }
  }

  summary(): BalanceSummary {
    const { scenario, runs } = this;
    const record = <T>(map: ReadonlyMap<string, T>) => Object.fromEntries(map);
    const optionsOf = (card: { id: string; options: readonly { id: string }[] }) =>
      Object.fromEntries(card.options.map((o) => [o.id, this.chosen.get(`${card.id}/${o.id}`)!]));
    const never = <T>(map: ReadonlyMap<string, T>, runsOf: (value: T) => number) =>
      [...map].filter(([, value]) => runsOf(value) === 0).map(([id]) => id);
    const stat = (meter: MeterId, pick: (sorted: number[]) => number) =>
      this.series[meter].map((values) => pick([...values].sort((x, y) => x - y)));
    const mean = (sorted: number[]) => sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
    return {
      scenario: scenario.id,
      version: scenario.version,
      runs,
      ...this.settings,
      endings: record(this.endings),
      cards: Object.fromEntries(
        scenario.decisions.map((card) => [
          card.id,
          { dealt: this.dealt.get(card.id)!, funded: this.funded.get(card.id)!, options: optionsOf(card) },
        ]),
      ),
      incidents: Object.fromEntries(
        scenario.incidents.map((incident) => [
          incident.id,
          {
            kind: incident.kind,
            drawn: this.drawn.get(incident.id)!,
            ...(incident.kind === 'crisis' ? { options: optionsOf(incident) } : {}),
          },
        ]),
      ),
      benchmarks: record(this.met),
      mandateChanges: record(this.changes),
      reviews: this.reviews,
      meters: Object.fromEntries(
        METER_IDS.map((m) => [
          m,
          { p10: stat(m, nearestRank(10)), mean: stat(m, mean), p90: stat(m, nearestRank(90)) },
        ]),
      ) as BalanceSummary['meters'],
      unreached: {
        cards: never(this.dealt, (r) => r.runs),
        options: never(this.chosen, (r) => r.runs),
        incidents: never(this.drawn, (r) => r.runs),
        endings: never(this.endings, (n) => n),
        benchmarks: never(this.met, (n) => n),
        mandateChanges: never(this.changes, (r) => r.runs),
      },
      dominant: [...this.endings].filter(([, n]) => n > MAX_ENDING_SHARE * runs).map(([id]) => id),
    };
  }
}
