import type { Scenario } from '../content/scenario.schema';
import type { RunExportProblem } from '../debrief/run-export';
import type { MessageKey, MessageValues } from '../i18n/i18n';
import { decodeRunCode, peekRunCode, RUN_CODE_FORMAT_VERSION, type RunCodeHeader } from '../sim/run-code';
import type { SessionLog } from '../sim/replay';

/** A run code longer than this is refused unread: a 12-quarter run with group votes stays ≤ 4,096 (DESIGN §6). */
export const MAX_RUN_CODE_LENGTH = 8_192;

/** What is wrong with a run code or an import, as a message key (so it follows a language switch). */
export interface RunProblem {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/**
 * The first check of a run code, without its pack: too long, not a code, tampered, truncated, another
 * code-format version, or a pack this build does not have. On success, the header names the pack to load.
 */
export function checkRunCode(
  code: string,
  packIds: readonly string[],
):
  | { readonly ok: true; readonly header: RunCodeHeader }
  | { readonly ok: false; readonly problem: RunProblem } {
  const trimmed = code.trim();
  if (trimmed.length > MAX_RUN_CODE_LENGTH) {
    return fail('aar.problem.tooLong', { length: trimmed.length, max: MAX_RUN_CODE_LENGTH });
  }
  if (trimmed === '') return fail('aar.problem.empty');
  const peeked = peekRunCode(trimmed);
  if (!peeked.ok) return { ok: false, problem: problemOfReason(peeked.reason) };
  if (!packIds.includes(peeked.header.scenarioId))
    return fail('aar.problem.unknownScenario', { scenario: peeked.header.scenarioId });
  return peeked;
}

/** Decodes a checked code against its pack: refused when it was played on another version of the pack. */
export function decodeForReview(
  code: string,
  scenario: Scenario,
): { readonly ok: true; readonly log: SessionLog } | { readonly ok: false; readonly problem: RunProblem } {
  const decoded = decodeRunCode(code.trim(), scenario);
  return decoded.ok ? decoded : { ok: false, problem: problemOfReason(decoded.reason) };
}

/**
 * A run-code refusal (`decodeRunCode`'s English reason) as a message: the reasons of src/sim/run-code.ts are
 * matched by their fixed openings; anything else is "not a valid run code" with the detail.
 */
export function problemOfReason(reason: string): RunProblem {
  if (reason.startsWith('checksum mismatch')) return { key: 'aar.problem.tampered' };
  const cut = /^truncated: (?:only )?(\d+)(?: of its (\d+))? characters/.exec(reason);
  if (cut) {
    return cut[2] === undefined
      ? { key: 'aar.problem.truncatedShort', values: { length: Number(cut[1]) } }
      : { key: 'aar.problem.truncated', values: { length: Number(cut[1]), expected: Number(cut[2]) } };
  }
  const version = /^made by run-code format v(\d+); this game reads v(\d+)/.exec(reason);
  if (version) {
    return {
      key: 'aar.problem.otherVersion',
      values: { found: Number(version[1]), supported: Number(version[2] ?? RUN_CODE_FORMAT_VERSION) },
    };
  }
  const pack = /^played on (\S+) v(\d+); this game has v(\d+)/.exec(reason);
  if (pack) {
    return {
      key: 'aar.problem.otherScenarioVersion',
      values: { scenario: pack[1]!, found: Number(pack[2]), current: Number(pack[3]) },
    };
  }
  const unknown = /^unknown scenario "([^"]*)"/.exec(reason);
  if (unknown) return { key: 'aar.problem.unknownScenario', values: { scenario: unknown[1]! } };
  if (reason.startsWith('not a run code')) return { key: 'aar.problem.notACode' };
  return { key: 'aar.problem.invalid', values: { detail: reason.replace(/^not a valid run code: /, '') } };
}

/** A refused JSON import as a message. */
export function problemOfExport(problem: RunExportProblem): RunProblem {
  switch (problem.kind) {
    case 'too-large':
      return { key: 'aar.problem.fileTooLarge', values: { max: Math.round(problem.max / 1_000_000) } };
    case 'not-json':
      return { key: 'aar.problem.notJson' };
    case 'not-an-object':
    case 'wrong-format':
      return { key: 'aar.problem.wrongFormat' };
    case 'other-version':
      return {
        key: 'aar.problem.exportVersion',
        values: { found: problem.found, supported: problem.supported },
      };
    case 'unknown-key':
      return { key: 'aar.problem.unknownKey', values: { key: problem.key } };
    case 'missing-code':
      return { key: 'aar.problem.missingCode' };
    case 'invalid-code':
      return problemOfReason(problem.reason);
    case 'bad-notes':
      return { key: 'aar.problem.badNotes', values: { quarter: problem.quarter ?? '?' } };
  }
}

function fail(key: MessageKey, values?: MessageValues): { ok: false; problem: RunProblem } {
  return { ok: false, problem: { key, ...(values ? { values } : {}) } };
}
