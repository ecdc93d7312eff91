import type { Input } from './inputs';
import type { SessionLog } from './replay';

// Hand-written on purpose: this runs in the browser on saves and imported files, and Zod stays out of
// the bundle (STYLE §12). It checks shape only; whether the inputs fit the pack is replay()'s business.

const SEED_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const hasOnly = (value: Fields, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

function isVotes(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.values(value).every((count) => Number.isSafeInteger(count) && (count as number) >= 0)
  );
}

/** Whether `value` is one {@linkcode Input} of DESIGN §3, with no extra fields. */
export function isInput(value: unknown): value is Input {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'option.chosen':
      return (
        isId(value.decisionId) &&
        isId(value.optionId) &&
        (value.votes === undefined || isVotes(value.votes)) &&
        hasOnly(value, ['type', 'decisionId', 'optionId', 'votes'])
      );
    case 'option.withdrawn':
    case 'decision.timedOut':
      return isId(value.decisionId) && hasOnly(value, ['type', 'decisionId']);
    case 'turn.ended':
    case 'briefing.acknowledged':
    case 'review.acknowledged':
      return hasOnly(value, ['type']);
    default:
      return false;
  }
}

/**
 * Whether `value` has the shape of a {@linkcode SessionLog}: format version 1, a scenario id and version,
 * turns, difficulty, a seed of DESIGN §3 and a list of well-formed inputs. Use it on anything loaded from
 * storage or a file before replaying it.
 */
export function isSessionLog(value: unknown): value is SessionLog {
  return (
    isRecord(value) &&
    value.formatVersion === 1 &&
    isId(value.scenarioId) &&
    isPositiveInteger(value.scenarioVersion) &&
    isPositiveInteger(value.turns) &&
    (value.difficulty === 'normal' || value.difficulty === 'hard') &&
    typeof value.seed === 'string' &&
    SEED_PATTERN.test(value.seed) &&
    Array.isArray(value.inputs) &&
    value.inputs.every(isInput) &&
    hasOnly(value, [
      'formatVersion',
      'scenarioId',
      'scenarioVersion',
      'turns',
      'difficulty',
      'seed',
      'inputs',
    ])
  );
}
