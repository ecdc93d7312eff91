import type { Scenario } from '../content/scenario.schema';
import type { SessionLog } from './replay';
import {
  BitReader,
  BitWriter,
  checksum30,
  checksumDigits,
  digitOf,
  RunCodeFormatError,
} from './run-code-bits';
import { compactLog, decisionIndex } from './run-code-index';
import { readInputs, writeInputs } from './run-code-inputs';
import type { Difficulty } from './sim-state';

// Run-code format history:
// v1: "DM" + version digit + bit-packed base64url body + 5-digit checksum (DESIGN §6)
export const RUN_CODE_FORMAT_VERSION = 1;

// N.B. the envelope — "DM", one version digit, a body, and a 30-bit FNV-1a checksum of everything before
// it in the last 5 characters — stays the same in every format version, so an older game can verify a
// newer code and name its version instead of calling it tampered.
const PREFIX = 'DM';
const CHECKSUM_LENGTH = 5;
const SEED_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a run code says about its run without the pack: enough to find the pack and check its version. */
export interface RunCodeHeader {
  readonly formatVersion: number;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly turns: number;
  readonly difficulty: Difficulty;
  readonly seed: string;
}

/** A refused code comes with a reason a trainee or facilitator can act on. */
export type RunCodeFailure = { readonly ok: false; readonly reason: string };
export type RunCodeDecoded = { readonly ok: true; readonly log: SessionLog } | RunCodeFailure;
export type RunCodePeeked = { readonly ok: true; readonly header: RunCodeHeader } | RunCodeFailure;

/** The pack to decode against: the pack itself, or a lookup from scenario id. */
export type ScenarioSource = Scenario | ((scenarioId: string) => Scenario | undefined);

/**
 * Packs a log into a run code: `DM1` + a base64url bit stream + a checksum, so URL- and QR-safe. Inputs
 * are written as indexes into the pack ({@linkcode decisionIndex}); a choice withdrawn in its own quarter
 * is left out ({@linkcode compactLog}). A 12-quarter solo run takes about 100–150 characters.
 *
 * Throws a `RangeError` when the log does not fit the pack (an unknown decision or option, votes for an
 * unknown option) or its seed or id are outside the formats of DESIGN §3 and §5.
 *
 * @example
 * const code = encodeRunCode(snapshot.context.log, scenario); // "DM1…"
 */
export function encodeRunCode(log: SessionLog, scenario: Scenario): string {
  if (log.scenarioId !== scenario.id || log.scenarioVersion !== scenario.version) {
    throw new RangeError(
      `run code: the log is for ${log.scenarioId} v${log.scenarioVersion}, not ${label(scenario)}`,
    );
  }
  if (!SEED_PATTERN.test(log.seed))
    throw new RangeError(`run code: seed "${log.seed}" is not 1–32 of [A-Za-z0-9._-]`);
  const compact = compactLog(log, scenario);
  const index = decisionIndex(scenario);
  const bodyAfterLength = (writer: BitWriter) => {
    writer.text(log.scenarioId);
    writer.natural(log.scenarioVersion);
    writer.natural(log.turns);
    writer.fixed(log.difficulty === 'hard' ? 1 : 0, 1);
    writer.text(log.seed);
    writeInputs(writer, compact.inputs, index);
  };
  // The body starts with the code's own length (so a cut code is told apart from a changed one). That
  // length counts its own digits, so grow it until it holds; it only ever grows, so this ends.
  for (let length = 0; ;) {
    const writer = new BitWriter();
    writer.natural(length);
    bodyAfterLength(writer);
    const unsigned = `${PREFIX}${RUN_CODE_FORMAT_VERSION}${writer.toDigits()}`;
    if (unsigned.length + CHECKSUM_LENGTH === length) return unsigned + checksumDigits(checksum30(unsigned));
    length = unsigned.length + CHECKSUM_LENGTH;
  }
}

/**
 * Reads a run code's header — pack id and version, turns, difficulty, seed — without the pack, after
 * checking the envelope and checksum. Never throws.
 */
export function peekRunCode(code: string): RunCodePeeked {
  try {
    const opened = openEnvelope(code.trim());
    if (!opened.ok) return opened;
    return { ok: true, header: readHeader(opened.reader) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Unpacks a run code into its log, checked against the pack: refused with a reason when the text is not
 * a run code, is cut short, was changed (checksum), comes from another code-format version, is for an
 * unknown pack or another pack version, or indexes past the pack. Never throws.
 *
 * @example
 * const decoded = decodeRunCode(code, (id) => packs.get(id));
 * if (decoded.ok) replay(decoded.log, scenario); else show(decoded.reason);
 */
export function decodeRunCode(code: string, scenario?: ScenarioSource): RunCodeDecoded {
  try {
    const opened = openEnvelope(code.trim());
    if (!opened.ok) return opened;
    const header = readHeader(opened.reader);
    const pack = typeof scenario === 'function' ? scenario(header.scenarioId) : scenario;
    if (pack === undefined || pack.id !== header.scenarioId) {
      const loaded = pack === undefined ? '' : ` (this game has ${pack.id})`;
      return refuse(`unknown scenario "${header.scenarioId}"${loaded}`);
    }
    if (pack.version !== header.scenarioVersion) {
      return refuse(
        `played on ${header.scenarioId} v${header.scenarioVersion}; this game has v${pack.version}`,
      );
    }
    const inputs = readInputs(opened.reader, decisionIndex(pack), label(pack));
    if (!opened.reader.isAtEnd()) return refuse('not a valid run code: characters left over after the run');
    const { scenarioId, scenarioVersion, turns, difficulty, seed } = header;
    return {
      ok: true,
      log: { formatVersion: 1, scenarioId, scenarioVersion, turns, difficulty, seed, inputs },
    };
  } catch (error) {
    return failure(error);
  }
}

type Envelope = { readonly ok: true; readonly reader: BitReader } | RunCodeFailure;

function openEnvelope(code: string): Envelope {
  const version = code.charCodeAt(PREFIX.length) - 48; // the digit after "DM"
  if (
    !code.startsWith(PREFIX) ||
    !(version >= 0 && version <= 9) ||
    [...code].some((c) => digitOf(c) === undefined)
  ) {
    return refuse('not a run code: a run code starts with "DM" and a digit and uses only A–Z a–z 0–9 - _');
  }
  const unsigned = code.slice(0, -CHECKSUM_LENGTH);
  const body = code.slice(PREFIX.length + 1, -CHECKSUM_LENGTH);
  if (body.length === 0) return refuse(`truncated: only ${code.length} characters`);
  if (checksumDigits(checksum30(unsigned)) !== code.slice(-CHECKSUM_LENGTH)) {
    const declared =
      version === RUN_CODE_FORMAT_VERSION ? declaredLength(code.slice(PREFIX.length + 1)) : undefined;
    if (declared !== undefined && declared > code.length) {
      return refuse(`truncated: ${code.length} of its ${declared} characters`);
    }
    return refuse('checksum mismatch: the code was changed or mistyped');
  }
  if (version !== RUN_CODE_FORMAT_VERSION) {
    return refuse(`made by run-code format v${version}; this game reads v${RUN_CODE_FORMAT_VERSION}`);
  }
  const reader = new BitReader(body);
  const length = reader.natural();
  if (length !== code.length)
    throw new RunCodeFormatError(`it says ${length} characters but has ${code.length}`);
  return { ok: true, reader };
}

function declaredLength(digits: string): number | undefined {
  try {
    return new BitReader(digits).natural();
  } catch {
    return undefined;
  }
}

function readHeader(reader: BitReader): RunCodeHeader {
  const scenarioId = reader.text(64);
  const scenarioVersion = reader.natural();
  const turns = reader.natural();
  const difficulty: Difficulty = reader.fixed(1) === 1 ? 'hard' : 'normal';
  const seed = reader.text(32);
  if (!SLUG_PATTERN.test(scenarioId)) throw new RunCodeFormatError(`"${scenarioId}" is not a scenario id`);
  if (!SEED_PATTERN.test(seed)) throw new RunCodeFormatError(`"${seed}" is not a seed`);
  if (scenarioVersion < 1 || turns < 1) throw new RunCodeFormatError('its version or length is 0');
  return { formatVersion: RUN_CODE_FORMAT_VERSION, scenarioId, scenarioVersion, turns, difficulty, seed };
}

const refuse = (reason: string): RunCodeFailure => ({ ok: false, reason });

function failure(error: unknown): RunCodeFailure {
  if (error instanceof RunCodeFormatError) return refuse(`not a valid run code: ${error.message}`);
  return refuse(`not a valid run code: ${error instanceof Error ? error.message : String(error)}`);
}

function label(scenario: Scenario): string {
  return `${scenario.id} v${scenario.version}`;
}
