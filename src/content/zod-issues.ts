import { DRIVER_IDS } from '../sim/drivers.ts';
import { METER_IDS } from '../sim/meters.ts';
import { LEVERS } from '../sim/tags.ts';
import { didYouMean, formatPath, suggest, type ContentIssue, type DataPath } from './issues.ts';
import { z } from 'zod';
import { ConditionSchema, SLUG_PATTERN } from './scenario.schema.ts';
import { defOf, isText, schemaAt, show, valueAt } from './zod-paths.ts';

type ZodIssue = z.core.$ZodIssue;

const CONDITION_FORMS =
  'use one of {flag}, {notFlag}, {driver, above}, {driver, below}, {meter, above}, {meter, below}, {benchmark}, {reason}, {all: […]} or {any: […]}';
const CONDITION_KEYS = [
  'flag',
  'notFlag',
  'driver',
  'meter',
  'above',
  'below',
  'benchmark',
  'reason',
  'all',
  'any',
];

/**
 * Turns Zod's issues into plain sentences with a fix, each at the line of the YAML node it concerns:
 * unknown keys and enum misses get the nearest allowed name, a missing key names itself, a union names its forms.
 */
export function describeZodIssues(
  issues: readonly ZodIssue[],
  root: z.ZodType,
  data: unknown,
  file: string,
  lineOf: (path: DataPath) => number | undefined,
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const emit = (path: DataPath, message: string, fix?: string) => {
    const line = lineOf(path);
    out.push({
      file,
      ...(line === undefined ? {} : { line }),
      path: formatPath(path),
      message,
      ...(fix === undefined ? {} : { fix }),
    });
  };
  const visit = (issue: ZodIssue, base: DataPath) =>
    describe(issue, [...base, ...(issue.path as (string | number)[])], root, data, emit, visit);
  for (const issue of issues) visit(issue, []);
  return out;
}

type Emit = (path: DataPath, message: string, fix?: string) => void;

function describe(
  issue: ZodIssue,
  path: DataPath,
  root: z.ZodType,
  data: unknown,
  emit: Emit,
  visit: (i: ZodIssue, base: DataPath) => void,
): void {
  const value = valueAt(data, path);
  const schema = schemaAt(root, path, data);
  const last = path.at(-1);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = schema && defOf(schema).shape ? Object.keys(defOf(schema).shape!) : [];
      for (const key of issue.keys) {
        const near = suggest(key, allowed);
        const list = allowed.length > 0 ? `(allowed: ${allowed.join(', ')})` : '';
        emit(
          [...path, key],
          `unknown key "${key}"`,
          near ? `did you mean "${near}"? ${list}`.trim() : `remove it or correct its name ${list}`.trim(),
        );
      }
      return;
    }
    case 'invalid_type': {
      if (value === undefined) {
        const parent = path.slice(0, -1);
        const example = schema && isText(schema) ? `${String(last)}: {en: …, fr: …}` : `${String(last)}: …`;
        return emit(parent, `missing required key "${String(last)}"`, `add ${example}`);
      }
      if (issue.expected === 'int') return emit(path, `must be a whole number (got ${show(value)})`);
      if (issue.expected === 'object' && schema && isText(schema)) {
        return emit(path, `must be a text in both languages (got ${show(value)})`, 'write {en: …, fr: …}');
      }
      const words: Record<string, string> = {
        object: 'a mapping',
        array: 'a list',
        string: 'text',
        number: 'a number',
        boolean: 'true or false',
      };
      const expected = words[issue.expected];
      const fix =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? 'put it in quotes'
          : undefined;
      return emit(path, `must be ${expected ?? issue.expected} (got ${show(value)})`, fix);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      const custom = issue.message.startsWith('Too ') ? undefined : issue.message;
      if (issue.origin === 'string')
        return emit(path, 'must not be empty', 'write the text (both en and fr are required)');
      const count = Array.isArray(value) ? value.length : 0;
      if (issue.origin === 'array' && schema && defOf(schema).type === 'tuple') {
        const got = `${count} ${count === 1 ? 'number' : 'numbers'}`;
        return emit(path, `must be a point [x, y] (got ${got})`, 'write both coordinates, each from 0 to 1');
      }
      if (issue.origin === 'array') {
        const range = last === 'objectives' ? 'a pack has 3 to 5 learning objectives (DESIGN §5)' : custom;
        return emit(
          path,
          `has ${count} ${count === 1 ? 'entry' : 'entries'}; ${small ? 'at least' : 'at most'} ${bound} needed`,
          range,
        );
      }
      const exclusive = issue.inclusive === false;
      const relation = small
        ? exclusive
          ? 'greater than'
          : 'at least'
        : exclusive
          ? 'less than'
          : 'at most';
      return emit(path, `must be ${relation} ${bound} (got ${show(value)})`, custom);
    }
    case 'invalid_format': {
      if (issue.pattern === String(SLUG_PATTERN)) {
        return emit(
          path,
          `${show(value)} is not a kebab-case id`,
          'use lowercase words joined by hyphens, e.g. "sixty-day-list"',
        );
      }
      const custom = issue.message.startsWith('Invalid') ? undefined : issue.message;
      return emit(path, `${show(value)} is not in the expected form`, custom);
    }
    case 'invalid_value':
      return describeEnumMiss(issue.values, value, path, emit);
    case 'invalid_key': {
      const inner = issue.issues[0];
      const what = inner?.code === 'invalid_format' ? 'a kebab-case id' : 'an allowed key';
      return emit(
        path,
        `the key "${String(last)}" is not ${what}`,
        'use lowercase words joined by hyphens, e.g. "personnel-trained"',
      );
    }
    case 'invalid_union':
      return describeUnion(issue, path, value, root, data, emit, visit);
    default:
      return emit(path, issue.message);
  }
}

function describeEnumMiss(values: readonly unknown[], value: unknown, path: DataPath, emit: Emit): void {
  const strings = values.filter((v): v is string => typeof v === 'string');
  if (strings.length !== values.length) {
    return emit(
      path,
      `must be ${values.map((v) => JSON.stringify(v)).join(' or ')} (got ${show(value)})`,
      path.at(-1) === 'formatVersion' ? 'this is format version 1' : undefined,
    );
  }
  const same = (list: readonly string[]) =>
    list.length === strings.length && list.every((v) => strings.includes(v));
  const kinds: [readonly string[], string, string?][] = [
    [DRIVER_IDS, 'a driver', path.at(-1) === 'target' ? 'options move drivers only' : undefined],
    [[...DRIVER_IDS, ...METER_IDS], 'a driver or a meter', 'an incident moves drivers or shocks a meter'],
    [METER_IDS, 'a meter'],
    [LEVERS, 'a lever'],
    [['short', 'medium', 'long'], 'a benchmark term'],
    [['lastTurn', 'collapse', 'consentWithdrawn'], 'an ending reason'],
  ];
  const [, kind = 'an allowed value', note] = kinds.find(([list]) => same(list)) ?? [];
  const near = typeof value === 'string' ? didYouMean(value, strings) : undefined;
  const fix = near
    ? `${near}${note ? ` (${note})` : ''}`
    : `use one of ${strings.join(', ')}${note ? ` (${note})` : ''}`;
  emit(path, `${show(value)} is not ${kind}`, fix);
}

function describeUnion(
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
  path: DataPath,
  value: unknown,
  root: z.ZodType,
  data: unknown,
  emit: Emit,
  visit: (i: ZodIssue, base: DataPath) => void,
): void {
  if (issue.discriminator !== undefined) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    if (value === undefined)
      return emit(
        path.slice(0, -1),
        `missing required key "${issue.discriminator}"`,
        `add ${issue.discriminator}: ${options.join(' or ')}`,
      );
    const near = typeof value === 'string' ? didYouMean(value, options) : undefined;
    return emit(
      path,
      `${show(value)} is not an incident ${issue.discriminator}`,
      near ?? `use ${options.join(' or ')}`,
    );
  }
  // The branch that fits best: the right keys, the fewest problems. Its issues say what to change.
  const scored = issue.errors.map((branch) => ({
    branch,
    score: branch.reduce((sum, i) => {
      if (i.code === 'unrecognized_keys') return sum + 100;
      if (i.code === 'invalid_type' && valueAt(value, i.path as DataPath) === undefined) return sum + 100;
      if (i.code === 'invalid_type' && i.path.length === 0) return sum + 50;
      return sum + 1;
    }, 0),
  }));
  const best = scored.sort((a, b) => a.score - b.score)[0];
  if (best && best.score < 50) {
    for (const inner of best.branch) visit(inner, path);
    return;
  }
  const schema = schemaAt(root, path, data);
  if (schema === ConditionSchema || (schema && defOf(schema).type === 'lazy')) {
    const keys =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    const unknown = keys.find((k) => !CONDITION_KEYS.includes(k));
    const near = unknown === undefined ? undefined : suggest(unknown, CONDITION_KEYS);
    const message =
      unknown === undefined ? `${show(value)} is not a condition` : `"${unknown}" is not a condition key`;
    return emit(path, message, near ? `did you mean "${near}"? (${CONDITION_FORMS})` : CONDITION_FORMS);
  }
  if (path.at(-2) === 'flags')
    return emit(
      path,
      `${show(value)} is not a flag`,
      'write a kebab-case flag id, or {id, quarters} for a timed flag',
    );
  emit(path, `${show(value)} does not match any allowed form`);
}
