import type { Scenario } from '../content/scenario.schema';
import { METER_IDS, type MeterId } from '../sim/meters';
import { VALUES_PER_QUARTER, type RunResult } from './sim-runs';

/** The JSON that `npm run -s sim` prints (DESIGN §5). Arrays hold the end of quarters 1..T. */
export interface SimSummary {
  readonly scenario: string;
  readonly version: number;
  readonly runs: number;
  readonly turns: number;
  readonly meters: Readonly<Record<MeterId, { mean: number[]; p10: number[]; p90: number[] }>>;
  readonly harmByState: { readonly mean: number[] };
  readonly endings: Readonly<Record<string, number>>;
  readonly benchmarks: Readonly<Record<string, number>>;
  readonly codes?: readonly string[];
}

/**
 * Gathers runs one at a time (so 100,000 runs keep only their per-quarter numbers) and summarises them.
 * Values stay unrounded here; {@linkcode toJson} rounds them for output.
 */
export class SimTally {
  private readonly series: Record<MeterId | 'harmByState', number[][]>;
  private readonly endings = new Map<string, number>();
  private readonly benchmarks = new Map<string, number>();
  private runs = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly turns: number,
  ) {
    const perQuarter = () => Array.from({ length: turns }, (): number[] => []);
    this.series = {
      security: perQuarter(),
      legitimacy: perQuarter(),
      civilianHarm: perQuarter(),
      harmByState: perQuarter(),
    };
    for (const ending of scenario.endings) this.endings.set(ending.id, 0);
    for (const benchmark of scenario.benchmarks) this.benchmarks.set(benchmark.id, 0);
  }

  /** Adds a finished run (its values already hold their last quarter to quarter T). */
  add(run: Pick<RunResult, 'values' | 'ending' | 'benchmarks'>): void {
    // Plain loops: the main thread tallies thousands of runs once, mostly before V8 optimises this, and a
    // closure call per value was 40–60 ms of a 4,020-run job.
    const values = run.values;
    for (let m = 0; m < METER_IDS.length; m++) {
      const series = this.series[METER_IDS[m]!];
      for (let q = 0; q < this.turns; q++) series[q]!.push(values[q * VALUES_PER_QUARTER + m]!);
    }
    const harm = this.series.harmByState;
    for (let q = 0; q < this.turns; q++) harm[q]!.push(values[q * VALUES_PER_QUARTER + METER_IDS.length]!);
    this.endings.set(run.ending, (this.endings.get(run.ending) ?? 0) + 1);
    for (const id of run.benchmarks)
      if (this.benchmarks.has(id)) this.benchmarks.set(id, this.benchmarks.get(id)! + 1);
    this.runs += 1;
  }

  summary(codes?: readonly string[]): SimSummary {
    // Each quarter's values sorted once (a typed array sorts numbers natively, without a comparator).
    const sorted = (key: MeterId | 'harmByState') =>
      this.series[key].map((values) => Float64Array.from(values).sort());
    const meters = Object.fromEntries(
      METER_IDS.map((meter) => {
        const quarters = sorted(meter);
        return [
          meter,
          {
            mean: quarters.map(mean),
            p10: quarters.map(nearestRank(10)),
            p90: quarters.map(nearestRank(90)),
          },
        ];
      }),
    ) as SimSummary['meters'];
    return {
      scenario: this.scenario.id,
      version: this.scenario.version,
      runs: this.runs,
      turns: this.turns,
      meters,
      harmByState: { mean: sorted('harmByState').map(mean) },
      endings: Object.fromEntries(this.endings),
      benchmarks: Object.fromEntries([...this.benchmarks].map(([id, met]) => [id, met / this.runs])),
      ...(codes ? { codes } : {}),
    };
  }
}

// Summing in sorted order keeps the mean independent of the order runs arrive in.
const mean = (sorted: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!; // a loop: reduce's callback ran cold, per value
  return sum / sorted.length;
};

/** The nearest-rank percentile: the value at rank ⌈p/100 × n⌉ of the sorted values (1-based). */
export const nearestRank =
  (p: number) =>
  (sorted: ArrayLike<number>): number =>
    sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;

/**
 * The summary as the CLI prints it: object keys sorted at every level, meters to 2 decimals and shares to
 * 4 (a share of 1 run in 4,020 still shows). Rounding happens here only, at the edge.
 */
export function toJson(summary: SimSummary): string {
  const rounded = {
    ...summary,
    meters: mapValues(summary.meters, (stats) => mapValues(stats, (values) => values.map(round(2)))),
    harmByState: { mean: summary.harmByState.mean.map(round(2)) },
    benchmarks: mapValues(summary.benchmarks, round(4)),
  };
  return `${JSON.stringify(sortKeys(rounded), null, 2)}\n`;
}

const round = (decimals: number) => (value: number) => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale + 0; // + 0 turns -0 into 0
};

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

/** A copy with every object's keys in code-unit order (arrays keep their order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
