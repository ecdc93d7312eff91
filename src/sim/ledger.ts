import { DRIVER_IDS, type DriverId } from './drivers';
import { DRIVER_INDEX } from './dual';
import { DRIFT_RULES, RULE_TARGETS, type DriftRule } from './drift-rules';
import { clampMeter, METER_IDS, type MeterId } from './meters';
import type { Draft } from './draft';
import type { Cause } from './sim-events';
import { LazyShares } from './shares';
import { zeros } from './zeros';

/**
 * Attribution ledgers (DESIGN §3). Every driver keeps contributions by cause that sum to its value.
 *
 * Causes are registered once per session (`state.causeKeys`, `state.causes`, the first `state.causeCount`); a ledger is a dense array of
 * entries, entry = cause × SLOTS + slot, where slot 0 is the cause's direct contribution and slot r + 1 the
 * share of drift rule r's changes traced back to that cause. As strings (for the debrief), an entry is the
 * cause key (`init`, `o:<optionId>@<turn>`, `i:<incidentId>@<turn>`, `m:<changeId>@<turn>`), or
 * `<causeKey>~<driftRule>`. Dense arrays of doubles keep attribution cheap enough to stay on in every playthrough.
 */
export const INITIAL_KEY = 'init';
export const SLOTS = DRIFT_RULES.length + 1;
const RULE_SLOT: Readonly<Record<DriftRule, number>> = Object.fromEntries(
  DRIFT_RULES.map((rule, i) => [rule, i + 1]),
) as Record<DriftRule, number>;

export function causeKeyOf(cause: Cause): string {
  switch (cause.kind) {
    case 'option':
    case 'delayed':
      return `o:${cause.sourceId}@${cause.turn}`;
    case 'incident':
      return `i:${cause.sourceId}@${cause.turn}`;
    case 'mandate':
      return `m:${cause.sourceId}@${cause.turn}`;
    case 'drift':
      return `d:${cause.sourceId}@${cause.turn}`;
    case 'initial':
      return INITIAL_KEY;
  }
}

const keysBySource = new WeakMap<object, string[]>();
/**
 * The cause key of a pack's option or incident acting in quarter `turn`: {@linkcode causeKeyOf}'s string,
 * built once per item and quarter. The registry then looks up the same string object in every run, whose
 * hash V8 has kept, instead of building and hashing a new one at each resolution. Kept beside the pack's
 * own objects (a WeakMap), so it lives and dies with the pack.
 */
export function sourceKeyAt(
  source: { readonly id: string },
  kind: 'option' | 'incident',
  turn: number,
): string {
  let keys = keysBySource.get(source);
  if (keys === undefined) keysBySource.set(source, (keys = []));
  return (keys[turn] ??= causeKeyOf({ kind, sourceId: source.id, turn }));
}

const RULE_SUFFIX: readonly string[] = ['', ...DRIFT_RULES.map((rule) => `~${rule}`)];
/**
 * The entry key of (cause, slot): the cause key, or `<causeKey>~<rule>`. Built when asked (once per entry
 * a session writes, and when the debrief reads shares), never cached globally: a module-level cache grew
 * with every session a page played.
 */
export function entryKeyOf(causeKey: string, slot: number): string {
  return slot === 0 ? causeKey : causeKey + RULE_SUFFIX[slot]!;
}

/** The cause key of a ledger entry key (drops the `~rule` part). */
export function baseKeyOf(entryKey: string): string {
  const tilde = entryKey.indexOf('~');
  return tilde < 0 ? entryKey : entryKey.slice(0, tilde);
}

/** The drift rule named in a ledger entry key, if any. */
export function ruleOf(entryKey: string): string | undefined {
  const tilde = entryKey.indexOf('~');
  return tilde < 0 ? undefined : entryKey.slice(tilde + 1);
}

/**
 * A driver's ledger only keeps the slots it can use: its direct slot (0) and those of the rules that change
 * it (RULE_TARGETS). `LOCAL_SLOT[driver][slot]` is the slot's place in the driver's row (−1: never used);
 * the row holds `WIDTH[driver]` numbers per cause. Gaps and `moves` use the full entry index.
 */
const DRIVER_SLOTS: Readonly<Record<DriverId, readonly number[]>> = Object.fromEntries(
  DRIVER_IDS.map((id) => [
    id,
    [0, ...DRIFT_RULES.flatMap((rule, r) => (RULE_TARGETS[rule].includes(id) ? [r + 1] : []))],
  ]),
) as Record<DriverId, number[]>;
export const WIDTH: Readonly<Record<DriverId, number>> = Object.fromEntries(
  DRIVER_IDS.map((id) => [id, DRIVER_SLOTS[id].length]),
) as Record<DriverId, number>;
const LOCAL_SLOT: Readonly<Record<DriverId, readonly number[]>> = Object.fromEntries(
  DRIVER_IDS.map((id) => [id, Array.from({ length: SLOTS }, (_, slot) => DRIVER_SLOTS[id].indexOf(slot))]),
) as Record<DriverId, number[]>;

/** The slots (in entry terms) a driver's ledger row keeps, in row order. */
export function slotsOf(driver: DriverId): readonly number[] {
  return DRIVER_SLOTS[driver];
}

/** Empty ledgers (one per driver) with room for `causes` causes, and gaps (one per meter) for as many entries. */
export function newBook(causes: number) {
  const ledger = Object.fromEntries(DRIVER_IDS.map((id) => [id, zeros(causes * WIDTH[id])])) as Record<
    DriverId,
    number[]
  >;
  const gap = Object.fromEntries(METER_IDS.map((id) => [id, zeros(2 * causes)])) as Record<MeterId, number[]>;
  return { ledger, gap };
}

/**
 * Rows grow by a few causes (entries) at a time: every resolution copies them whole, so much room to spare
 * costs each quarter, while growing one cause at a time reallocates every row for each new cause.
 */
const CAUSE_ROOM = 8;
const ENTRY_ROOM = 24;

const grow = (row: number[], length: number) => {
  while (row.length < length) row.push(0);
};

/** Grows every ledger so that `causes` causes fit (plain arrays of doubles: cheap to copy). */
function ensureCapacity(draft: Draft, causes: number): void {
  for (const id of DRIVER_IDS) grow(draft.ledger[id], causes * WIDTH[id]);
}

/**
 * The registry (causes and entries) is append-only and shared between a state and its successors, each
 * reading only its first `causeCount` causes and `entryCount` entries. Before appending, a draft whose
 * registry another successor of the same state already extended takes a copy of its own part.
 */
function ownRegistry(draft: Draft): void {
  if (draft.causeKeys.length === draft.causeCount && draft.entryKeys.length === draft.entryCount) return;
  const causes = draft.causeCount;
  const entries = draft.entryCount;
  draft.causeKeys = draft.causeKeys.slice(0, causes);
  draft.causes = draft.causes.slice(0, causes);
  draft.causeIndex = new Map(draft.causeKeys.map((k, index) => [k, index]));
  draft.entryKeys = draft.entryKeys.slice(0, entries);
  draft.entryIds = draft.entryIds.slice(0, causes * SLOTS).map((id) => (id < entries ? id : -1));
}

/**
 * The entry id of (cause, slot), assigned the first time the pair is written: meter gaps and attribution
 * are indexed by entry id, so they only hold the pairs that ever moved (a few per cause, not SLOTS).
 */
export function entryIdOf(draft: Draft, cause: number, slot: number): number {
  const known = draft.entryIds[cause * SLOTS + slot]!;
  if (known >= 0 && known < draft.entryCount) return known;
  ownRegistry(draft);
  const id = draft.entryCount;
  (draft.entryKeys as string[]).push(entryKeyOf(draft.causeKeys[cause]!, slot));
  (draft.entryIds as number[])[cause * SLOTS + slot] = id;
  draft.entryCount = id + 1;
  if (draft.gap.security.length < id + 1)
    for (let m = 0; m < METER_IDS.length; m++) grow(draft.gap[METER_IDS[m]!], id + 1 + ENTRY_ROOM);
  return id;
}

/** The session index of a cause, registering it (copy-on-write) the first time it appears. */
export function causeIndexOf(draft: Draft, cause: Cause, key: string = causeKeyOf(cause)): number {
  const known = draft.causeIndex.get(key);
  if (known !== undefined && known < draft.causeCount) return known;
  ownRegistry(draft);
  const count = draft.causeCount;
  (draft.causeKeys as string[]).push(key);
  (draft.causes as Cause[]).push(cause.kind === 'delayed' ? { ...cause, kind: 'option' } : cause);
  (draft.causeIndex as Map<string, number>).set(key, count);
  for (let slot = 0; slot < SLOTS; slot++) (draft.entryIds as number[]).push(-1);
  draft.causeCount = count + 1;
  if (draft.ledger.capacity.length < (count + 1) * WIDTH.capacity)
    ensureCapacity(draft, count + 1 + CAUSE_ROOM);
  return count;
}

/**
 * Applies a change caused by one cause (an effect, a consent cost, an incident). The driver is clamped to
 * 0..100 and only the change that actually happened enters the ledger. Returns the actual change.
 */
export function applyCaused(
  draft: Draft,
  target: DriverId,
  delta: number,
  cause: Cause,
  key: string = causeKeyOf(cause), // pending effects carry it, so landing does not rebuild the string
): number {
  const from = draft.drivers[target];
  const to = clampMeter(from + delta);
  const actual = to - from;
  if (actual === 0) return 0;
  const index = causeIndexOf(draft, cause, key);
  draft.drivers[target] = to;
  const local = index * WIDTH[target];
  draft.ledger[target][local] = draft.ledger[target][local]! + actual;
  draft.moves.push(DRIVER_INDEX[target], entryIdOf(draft, index, 0), actual);
  if (draft.recording) draft.events.push({ type: 'driver.changed', driver: target, from, to, cause });
  return actual;
}

/** Weights by cause index for sharing a rule's change: |contribution| of each cause to the drivers the rule reads. */
export function weightsFromDrivers(draft: Draft, drivers: readonly DriverId[]): number[] {
  const causes = draft.causeCount;
  const weights = zeros(causes);
  for (let d = 0; d < drivers.length; d++) {
    const id = drivers[d]!;
    const ledger = draft.ledger[id];
    const width = WIDTH[id];
    // A row's sum is 0 + slot 0 + slot 1 + …, added left to right. Rows of 1 to 3 slots (every driver's, with
    // today's rules) are summed without the inner loop: dropping the leading 0 changes a sum only when it
    // is −0, and |−0| = |0|, so the weights are the same to the bit.
    if (width === 1) {
      for (let c = 0; c < causes; c++) weights[c] = weights[c]! + Math.abs(ledger[c]!);
      continue;
    }
    if (width === 2) {
      for (let c = 0, e = 0; c < causes; c++, e += 2)
        weights[c] = weights[c]! + Math.abs(ledger[e]! + ledger[e + 1]!);
      continue;
    }
    if (width === 3) {
      for (let c = 0, e = 0; c < causes; c++, e += 3)
        weights[c] = weights[c]! + Math.abs(ledger[e]! + ledger[e + 1]! + ledger[e + 2]!);
      continue;
    }
    for (let c = 0; c < causes; c++) {
      let sum = 0;
      for (let e = c * width, end = e + width; e < end; e++) sum += ledger[e]!;
      weights[c] = weights[c]! + Math.abs(sum);
    }
  }
  return weights;
}

/** All weight on one cause (the one that set a flag the rule reads). */
export function weightOnCause(draft: Draft, causeKey: string): number[] {
  const weights = zeros(draft.causeCount);
  const index = draft.causeIndex.get(causeKey);
  weights[index !== undefined && index < draft.causeCount ? index : 0] = 1;
  return weights;
}

/**
 * Applies a drift rule's change to a driver and shares it among causes in proportion to `weights`,
 * with the rule named beside them (`<cause>~<rule>`). Returns the actual change.
 */
export function applyDrift(
  draft: Draft,
  target: DriverId,
  delta: number,
  rule: DriftRule,
  weights: readonly number[],
): number {
  const from = draft.drivers[target];
  const to = clampMeter(from + delta);
  const actual = to - from;
  if (actual === 0) return 0;
  let total = 0;
  for (let c = 0; c < weights.length; c++) total += weights[c]!;
  const ledger = draft.ledger[target];
  const slot = RULE_SLOT[rule];
  const row = DRIVER_INDEX[target];
  const width = WIDTH[target];
  const local = LOCAL_SLOT[target][slot]!;
  if (local < 0) throw new Error(`drift rule ${rule} changes ${target}: add it to RULE_TARGETS`);
  // No reader with a contribution: the initial value carries the change.
  const used = total > 0 ? weights : [1];
  const scale = total > 0 ? actual / total : actual;
  for (let c = 0; c < used.length; c++) {
    const weight = used[c]!;
    if (weight === 0) continue;
    ledger[c * width + local] = ledger[c * width + local]! + weight * scale;
    draft.moves.push(row, entryIdOf(draft, c, slot), weight * scale);
  }
  draft.drivers[target] = to;
  if (draft.recording) {
    const causeKeys = draft.causeKeys;
    draft.events.push({
      type: 'driver.changed',
      driver: target,
      from,
      to,
      cause: { kind: 'drift', sourceId: rule, turn: draft.turn },
      shares: new LazyShares(used, (c) => entryKeyOf(causeKeys[c]!, slot), scale),
    });
  }
  return actual;
}
