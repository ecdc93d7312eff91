/**
 * One problem found in a content file: where it is and what to do about it. Every stage of the check
 * (YAML safety, schema, semantic lint, citations) reports in this one shape, so the CLI, the Vite plugin
 * and the tests print the same line.
 */
export interface ContentIssue {
  /** The file as the caller named it (`scenarios/kessaria.yaml`, or just `kessaria.yaml`). */
  readonly file: string;
  /** 1-based line, when the problem sits at one place in the file. */
  readonly line?: number;
  /** Where in the data, e.g. `decisions[0].options[1].effects[1].target`; empty for the file as a whole. */
  readonly path: string;
  /** The problem, as a plain sentence (never a JavaScript error name). */
  readonly message: string;
  /** What to do about it. */
  readonly fix?: string;
}

/** A path into parsed data, as arrays of keys and indexes. */
export type DataPath = readonly (string | number)[];

/** `['decisions', 0, 'options', 1, 'id']` → `decisions[0].options[1].id`. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * The one-line form every tool prints.
 * @example
 * formatIssue({ file: 'kessaria.yaml', line: 48, path: 'decisions[0].options[1].effects[1].target',
 *   message: '"acountability" is not a driver', fix: 'did you mean "accountability"? (options move drivers only)' })
 * // → 'kessaria.yaml:48 › decisions[0].options[1].effects[1].target: "acountability" is not a driver — did you
 * //    mean "accountability"? (options move drivers only)'
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const what = issue.fix === undefined ? issue.message : `${issue.message} — ${issue.fix}`;
  return issue.path === '' ? `${where} › ${what}` : `${where} › ${issue.path}: ${what}`;
}

/** Issues in file order: by line, then as found (issues without a line come last). */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || a.index - b.index)
    .map(({ issue }) => issue);
}

/** Levenshtein distance with adjacent transpositions (so "acocuntability" is one slip away). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate nearest to `value`, if it is close enough to be a slip of the keyboard: at most a third of
 * the word's letters (and at least 2) differ. Case differences count for nothing.
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const limit = Math.max(2, Math.floor(Math.max(wanted.length, 1) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?` when a near miss exists, else undefined. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const near = suggest(value, candidates);
  return near === undefined ? undefined : `did you mean "${near}"?`;
}

/** `"a", "b" and "c"`, for messages. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}
