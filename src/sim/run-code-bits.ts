/** The URL-safe alphabet of run codes (RFC 4648 base64url, no padding): one character = 6 bits. */
export const RUN_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DIGIT = new Map([...RUN_CODE_ALPHABET].map((char, index) => [char, index]));

/** The alphabet index of `char`, or `undefined` when it is not in {@linkcode RUN_CODE_ALPHABET}. */
export function digitOf(char: string): number | undefined {
  return DIGIT.get(char);
}

/** Naturals are written in at most 32 significant bits. */
const MAX_NATURAL = 0xffffffff;

/** Thrown inside the decoder only; `decodeRunCode` turns it into `{ ok: false, reason }`. */
export class RunCodeFormatError extends Error {}

/**
 * Writes bits most-significant first. Text uses 6-bit codes: the base64url alphabet minus `_`,
 * and code 63 as an escape followed by one bit (`_` or `.`), because seeds may use both (DESIGN §3).
 */
export class BitWriter {
  private readonly bits: number[] = [];

  /** Writes `value` in exactly `width` bits (0 ≤ value < 2^width, width ≤ 32). */
  fixed(value: number, width: number): void {
    for (let bit = width - 1; bit >= 0; bit--) this.bits.push((value >>> bit) & 1);
  }

  /** Writes a natural number as an order-0 exponential-Golomb code: small numbers take few bits. */
  natural(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value >= MAX_NATURAL) {
      throw new RangeError(`run code: ${value} is not a natural number below ${MAX_NATURAL}`);
    }
    const width = (value + 1).toString(2).length;
    this.fixed(0, width - 1);
    this.fixed(value + 1, width);
  }

  /** Writes a length-prefixed string of `[A-Za-z0-9._-]`. */
  text(value: string): void {
    this.natural(value.length);
    for (const char of value) {
      const digit = DIGIT.get(char);
      if (char === '.' || char === '_') {
        this.fixed(63, 6);
        this.fixed(char === '.' ? 1 : 0, 1);
      } else if (digit === undefined) {
        throw new RangeError(`run code: "${value}" holds "${char}", outside [A-Za-z0-9._-]`);
      } else this.fixed(digit, 6);
    }
  }

  /** The bits as base64url digits; the last digit is padded with zero bits. */
  toDigits(): string {
    let out = '';
    for (let start = 0; start < this.bits.length; start += 6) {
      let digit = 0;
      for (let i = start; i < start + 6; i++) digit = digit * 2 + (this.bits[i] ?? 0);
      out += RUN_CODE_ALPHABET[digit];
    }
    return out;
  }
}

/** Reads what {@linkcode BitWriter} wrote; throws {@linkcode RunCodeFormatError} on running out. */
export class BitReader {
  private position = 0;
  private readonly bits: number[] = [];

  constructor(digits: string) {
    for (const char of digits) {
      const digit = DIGIT.get(char);
      if (digit === undefined) throw new RunCodeFormatError(`"${char}" is not a run-code character`);
      for (let bit = 5; bit >= 0; bit--) this.bits.push((digit >> bit) & 1);
    }
  }

  bit(): number {
    const value = this.bits[this.position++];
    if (value === undefined) throw new RunCodeFormatError('it ends in the middle of a value');
    return value;
  }

  fixed(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.bit();
    return value;
  }

  natural(): number {
    let zeros = 0;
    while (this.bit() === 0) {
      if (++zeros > 31) throw new RunCodeFormatError('a number is too long');
    }
    let value = 1; // the leading 1 that ended the run of zeros
    for (let i = 0; i < zeros; i++) value = value * 2 + this.bit();
    return value - 1;
  }

  text(maxLength: number): string {
    const length = this.natural();
    if (length > maxLength)
      throw new RunCodeFormatError(`a text of ${length} characters (at most ${maxLength})`);
    let out = '';
    for (let i = 0; i < length; i++) {
      const digit = this.fixed(6);
      out += digit === 63 ? (this.bit() === 1 ? '.' : '_') : RUN_CODE_ALPHABET[digit];
    }
    return out;
  }

  /** True when only the zero padding of the last digit is left (a canonical code has no other slack). */
  isAtEnd(): boolean {
    const rest = this.bits.slice(this.position);
    return rest.length < 6 && rest.every((bit) => bit === 0);
  }
}

/** Bits needed to write any index below `count` (0 when there is a single choice). */
export function widthFor(count: number): number {
  return count <= 1 ? 0 : (count - 1).toString(2).length;
}

/**
 * 30-bit FNV-1a over the alphabet indexes of `text`'s characters. Each character changes only the low 6
 * bits of the state, and xor with a shared value or multiplication by the odd prime keeps the lowest
 * differing bit, so two texts differing in one character always differ in the low 30 bits.
 */
export function checksum30(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= DIGIT.get(char) ?? 63;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x3fffffff;
}

/** Five base64url digits holding a 30-bit value. */
export function checksumDigits(value: number): string {
  let out = '';
  for (let shift = 24; shift >= 0; shift -= 6) out += RUN_CODE_ALPHABET[(value >>> shift) & 63];
  return out;
}
