import type { Sources } from '../content/sources';

/** A citation as the debrief shows it: the code, the full reference and, when named, the section. */
export interface CitationInfo {
  /** The digest code form, as the pack writes it: `001 §Vetting security forces`, `003 ch13 "Somalia and CAR"`. */
  readonly code: string;
  /** The full bibliographic reference from `sources.yaml` (for a chapter of 003: authors, title, then the book). */
  readonly reference: string;
  /** The short form from `sources.yaml` (`Chappuis & Gorur, Issue Brief, 2015`), for tight spaces. */
  readonly short?: string;
  /** The section as printed in the source, when the code names one and it is listed. */
  readonly section?: string;
}

/**
 * Looks a citation code up in `sources.yaml` for the debrief and the report.
 *
 * The reference follows `resolveCitation` (src/content/sources.ts) exactly; it is rewritten here because
 * that module builds Zod schemas and `src/debrief` ships to the browser without Zod (DESIGN §8). Packs are
 * checked at build time, so a code that does not resolve (or no `sources`) falls back to the code itself.
 */
export function citationOf(code: string, sources: Sources | undefined): CitationInfo {
  const match = /^(\d{3})(?:\s+(.*))?$/su.exec(code.trim());
  const source = match ? sources?.documents[match[1]!] : undefined;
  if (!match || !source) return { code, reference: code };
  const locator = (match[2] ?? '').trim();
  const base = { code, reference: source.reference, short: source.short };
  const annex = /^Annex(?:\s+res\.\s*(\d+)\s*§\s*(\d+))?$/su.exec(locator);
  if (source.annex && annex) {
    const { title, resolution } = source.annex;
    const section = annex[1] === undefined ? title : `${title}, paragraph ${annex[2]!}`;
    return annex[1] === undefined || Number(annex[1]) === resolution ? { ...base, section } : base;
  }
  const chapter = /^ch(\d+)(?:\s+(.*))?$/su.exec(locator);
  if (source.chapters && chapter) {
    const found = source.chapters[chapter[1]!];
    if (!found) return base;
    const reference = `${found.authors}, “${found.title}”, chapter ${chapter[1]!} in ${source.reference}`;
    const within = unquote((chapter[2] ?? '').trim()).replace(/^Rec\.\s*/u, 'Recommendation ');
    const section = within === '' ? found.title : matchHeading(within, found.sections);
    return { ...base, reference, ...(section === undefined ? {} : { section }) };
  }
  if (source.numbered) {
    const number = locator.replace(/^§\s*/u, '').replace(/\.$/u, '');
    const title = source.numbered[number];
    return title === undefined ? base : { ...base, section: `${number} ${title}` };
  }
  if (source.sections && locator.startsWith('§')) {
    const heading = locator.replace(/^§\s*/u, '');
    const bare = heading.replace(/\s*\([^()]*\)$/u, ''); // a trailing "(note)", as the digest writes them
    const section = matchHeading(heading, source.sections) ?? matchHeading(bare, source.sections);
    return section === undefined ? base : { ...base, section };
  }
  return base;
}

function unquote(text: string): string {
  return (/^"([^"]+)"$/u.exec(text) ?? /^“([^”]+)”$/u.exec(text))?.[1] ?? text;
}

/** The listed heading a cited one names: equal, equal to its part before ":" or " – ", or cut with "…". */
function matchHeading(cited: string, headings: readonly string[]): string | undefined {
  const cut = /(…|\.\.\.)$/u.test(cited);
  const wanted = normalize(cited.replace(/(…|\.\.\.)$/u, ''));
  return headings.find((heading) => {
    const full = normalize(heading);
    if (cut) return wanted !== '' && full.startsWith(wanted);
    const short = /^(.+?)(?::\s| [–-] )/u.exec(heading)?.[1] ?? heading;
    return full === wanted || normalize(short) === wanted;
  });
}

function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/[“”«»]/gu, '"')
    .replace(/[–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/\.$/u, '')
    .trim()
    .toLowerCase();
}
