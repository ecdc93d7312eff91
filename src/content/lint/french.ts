import { textsOf, type LintRule } from './context.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A French string identical to a longer English one is a missing translation. */
export const frenchTranslated: LintRule = ({ scenario, report }) => {
  for (const { value, path } of textsOf(scenario)) {
    const words = value.en.trim().split(/\s+/u).length;
    if (words > 3 && value.fr.trim() === value.en.trim()) {
      report(
        [...path, 'fr'],
        'the French text is the same as the English',
        'translate it (an identical copy usually means a missing translation)',
      );
    }
  }
};

/**
 * French typography, typed as characters (STYLE §6): ’ for the apostrophe, a no-break space (U+00A0) before
 * ":", a narrow no-break space (U+202F) before ";", "?" and "!". One issue per rule and text, at the first miss.
 */
export const frenchTypography: LintRule = ({ scenario, report }) => {
  for (const { value, path } of textsOf(scenario)) {
    const fr = value.fr;
    const at = [...path, 'fr'];
    const apostrophe = fr.indexOf("'");
    if (apostrophe >= 0) report(at, `ASCII apostrophe in ${excerpt(fr, apostrophe)}`, 'use ’ (U+2019)');
    const colon = findMiss(fr, /:/gu, NBSP);
    if (colon >= 0)
      report(
        at,
        `":" without a no-break space before it in ${excerpt(fr, colon)}`,
        'type U+00A0 (no-break space) before ":"',
      );
    const mark = findMiss(fr, /[;?!]/gu, NNBSP);
    const sign = fr.charAt(mark);
    if (mark >= 0)
      report(
        at,
        `"${sign}" without a narrow no-break space before it in ${excerpt(fr, mark)}`,
        `type U+202F (narrow no-break space) before "${sign}"`,
      );
  }
};

/** The first punctuation mark not preceded by `space`. Ratios and times (12:30), URLs and runs like "?!" are left alone. */
function findMiss(text: string, marks: RegExp, space: string): number {
  for (const match of text.matchAll(marks)) {
    const i = match.index;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (before === space || i === 0) continue;
    if (/[0-9]/u.test(before) && /[0-9]/u.test(after)) continue;
    if (text.startsWith('//', i + 1)) continue;
    if (/[;?!:]/u.test(before)) continue;
    return i;
  }
  return -1;
}

/** `"…ants : que…"`, with the spaces around the spot made visible enough to fix. */
function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + 13);
  return `"${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}"`;
}
