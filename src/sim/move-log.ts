/**
 * Every ledger write of one resolution, as triples (driver index, entry id, amount): what meter attribution
 * reads at the end of that resolution (meter-update.ts).
 *
 * One buffer per thread, reused by every resolution: a resolution is synchronous and reads its moves before
 * the next one starts (`draftOf` clears the log). Allocated anew each quarter, these ~2,000 numbers were a
 * third of everything a playthrough allocated.
 */
export class MoveLog {
  private buffer = new Float64Array(3 * 1024);
  /** How many numbers are in use (3 per move). */
  length = 0;

  push(driver: number, entry: number, amount: number): void {
    if (this.length + 3 > this.buffer.length) {
      const bigger = new Float64Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    const buffer = this.buffer;
    buffer[this.length] = driver;
    buffer[this.length + 1] = entry;
    buffer[this.length + 2] = amount;
    this.length += 3;
  }

  /** The numbers in use; valid until the next `push` or `clear`. */
  get values(): Float64Array {
    return this.buffer;
  }

  clear(): MoveLog {
    this.length = 0;
    return this;
  }
}

const shared = new MoveLog();

/** The thread's move log, emptied for a new resolution. */
export function freshMoveLog(): MoveLog {
  return shared.clear();
}
