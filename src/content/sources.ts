import { z } from 'zod';
import { suggest } from './issues.ts';

/**
 * `scenarios/sources.yaml`: each seed document's code (`000`–`004`), its full reference and the sections a
 * pack may cite, in the digest's code forms (DESIGN §5): `001 §<heading>`, `002 §<number>`,
 * `003 ch<n> "<heading>"`, `004 <number>`.
 */
const Heading = z.string().trim().min(1);
const ChapterSchema = z.strictObject({ title: Heading, authors: Heading, sections: z.array(Heading) });
const SourceDocumentSchema = z.strictObject({
  short: Heading, // e.g. 'Ebo & Hänggi (eds), 2020', for tight spaces in the debrief
  reference: Heading, // the full bibliographic reference the debrief and report show
  citeAs: Heading, // the code form, for messages
  sections: z.array(Heading).optional(), // headings, cited as `§<heading>`
  numbered: z
    .record(z.string().regex(/^\d+(\.\d+)*$/, "quote section numbers, e.g. '5.4.6'"), Heading)
    .optional(),
  chapters: z.record(z.string().regex(/^\d+$/), ChapterSchema).optional(),
  annex: z
    .strictObject({ title: Heading, resolution: z.number().int(), paragraphs: z.number().int().min(1) })
    .optional(),
});
export const SourcesSchema = z.strictObject({
  formatVersion: z.literal(1),
  documents: z.record(z.string().regex(/^\d{3}$/, "quote document codes, e.g. '001'"), SourceDocumentSchema),
});

export type Sources = z.infer<typeof SourcesSchema>;
export type SourceDocument = z.infer<typeof SourcesSchema>['documents'][string];
export type SourceChapter = z.infer<typeof ChapterSchema>;

/** What a citation points at: the source document, and the chapter and heading when it names them. */
export interface ResolvedCitation {
  readonly ok: true;
  readonly code: string;
  readonly source: SourceDocument;
  /** The full reference for the debrief: the chapter's authors and title, then the book, for 003. */
  readonly reference: string;
  /** The section as printed in the source (heading, numbered title, table, annex paragraph), when cited. */
  readonly section?: string;
}
export interface UnresolvedCitation {
  readonly ok: false;
  readonly message: string;
  readonly fix?: string;
}

/**
 * Resolves one citation code against `sources.yaml`. A heading may be cut with "…" (it must then begin a
 * listed heading), shortened to its part before ":" or " – ", and followed by a note in parentheses
 * (`001 §Training… (UNMISS)`), as the seed digest writes them; anything else must match a listed section,
 * so a typo is caught with the nearest section suggested.
 * @example
 * resolveCitation('003 ch13 "Somalia and CAR"', sources) // → { ok: true, section: 'Somalia and CAR: The importance of screening and background checks', … }
 */
export function resolveCitation(code: string, sources: Sources): ResolvedCitation | UnresolvedCitation {
  const match = /^(\d{3})(?:\s+(.*))?$/su.exec(code.trim());
  const codes = Object.keys(sources.documents).sort();
  if (!match) return { ok: false, message: `"${code}" is not a citation code`, fix: formsHint(codes) };
  const [, docCode = '', rest] = match;
  const source = sources.documents[docCode];
  if (!source)
    return {
      ok: false,
      message: `no source document "${docCode}"`,
      fix: `cite one of ${codes.join(', ')} (scenarios/sources.yaml)`,
    };
  const resolved = (section?: string, reference = source.reference): ResolvedCitation => ({
    ok: true,
    code,
    source,
    reference,
    ...(section === undefined ? {} : { section }),
  });
  const locator = rest?.trim() ?? '';
  if (locator === '') return resolved();
  let found = resolveLocator(docCode, source, locator);
  const note = /^(.*?)\s*\([^()]*\)$/su.exec(locator); // a trailing "(note)", as the digest writes them
  if (!found.ok && note?.[1] !== undefined) {
    if (note[1] === '') return resolved();
    const bare = resolveLocator(docCode, source, note[1]);
    if (bare.ok) found = bare;
  }
  return found.ok ? resolved(found.section, found.reference ?? source.reference) : found;
}

type Found = { ok: true; section?: string; reference?: string } | UnresolvedCitation;

function resolveLocator(docCode: string, source: SourceDocument, locator: string): Found {
  if (source.chapters) return resolveInBook(docCode, source, locator);
  if (source.numbered) {
    const number = locator.replace(/^§\s*/u, '').replace(/\.$/, '');
    const title = source.numbered[number];
    if (title !== undefined) return { ok: true, section: `${number} ${title}` };
    const near = suggest(number, Object.keys(source.numbered));
    return {
      ok: false,
      message: `"${locator}" is not a section of ${docCode}`,
      fix: `${near ? `did you mean "${docCode} ${prefixOf(source)}${near}"? ` : ''}(sections: ${Object.keys(source.numbered).join(', ')})`,
    };
  }
  if (source.sections) {
    const heading = locator.replace(/^§\s*/u, '');
    if (!locator.startsWith('§') && normalize(heading) !== 'annex') {
      return {
        ok: false,
        message: `"${docCode} ${locator}" does not name a section`,
        fix: `cite it as "${source.citeAs}"`,
      };
    }
    return matchHeading(heading, source.sections, `${docCode} §`, `a section of ${docCode}`);
  }
  return { ok: false, message: `${docCode} has no sections to cite`, fix: `cite it as "${docCode}" alone` };
}

function resolveInBook(docCode: string, source: SourceDocument, locator: string): Found {
  const annex = /^Annex(?:\s+(.*))?$/su.exec(locator);
  if (annex && source.annex) {
    if (annex[1] === undefined) return { ok: true, section: source.annex.title };
    const paragraph = /^res\.\s*(\d+)\s*§\s*(\d+)$/u.exec(annex[1].trim());
    if (paragraph && Number(paragraph[1]) === source.annex.resolution) {
      const n = Number(paragraph[2]);
      if (n >= 1 && n <= source.annex.paragraphs)
        return { ok: true, section: `${source.annex.title}, paragraph ${n}` };
    }
    return {
      ok: false,
      message: `"${annex[1]}" is not a paragraph of the annex of ${docCode}`,
      fix: `cite it as "${docCode} Annex res. ${source.annex.resolution} §<1–${source.annex.paragraphs}>"`,
    };
  }
  const chapters = source.chapters ?? {};
  const chapterMatch = /^ch(\d+)(?:\s+(.*))?$/su.exec(locator);
  const numbers = Object.keys(chapters).sort((a, b) => Number(a) - Number(b));
  const range = `ch${numbers[0] ?? '?'}–ch${numbers.at(-1) ?? '?'}${source.annex ? ' and Annex' : ''}`;
  if (!chapterMatch)
    return {
      ok: false,
      message: `"${locator}" does not name a chapter of ${docCode}`,
      fix: `cite it as "${source.citeAs}" (${range})`,
    };
  const [, number = '', inner] = chapterMatch;
  const chapter = chapters[number];
  if (!chapter)
    return { ok: false, message: `${docCode} has no chapter ${number}`, fix: `chapters are ${range}` };
  const reference = `${chapter.authors}, “${chapter.title}”, chapter ${number} in ${source.reference}`;
  const within = inner?.trim() ?? '';
  if (within === '') return { ok: true, section: chapter.title, reference };
  const prefix = `${docCode} ch${number} `;
  const quoted = /^"([^"]+)"$/u.exec(within) ?? /^“([^”]+)”$/u.exec(within);
  if (quoted?.[1] !== undefined) {
    const found = matchHeading(
      quoted[1],
      chapter.sections,
      prefix,
      `a heading of ${docCode} ch${number}`,
      true,
    );
    return found.ok ? { ...found, reference } : found;
  }
  const tables = /^Tables\s+(\d+\.\d+)\s*[–-]\s*(\d+\.\d+)$/u.exec(within);
  const names = tables
    ? [`Table ${tables[1] ?? ''}`, `Table ${tables[2] ?? ''}`]
    : [within.replace(/^Rec\.\s*/u, 'Recommendation ')];
  const sections: string[] = [];
  for (const name of names) {
    const found = matchHeading(
      name,
      chapter.sections,
      prefix,
      `a table, figure, recommendation or heading of ${docCode} ch${number}`,
      false,
    );
    if (!found.ok) return found;
    if (found.section !== undefined) sections.push(found.section);
  }
  return { ok: true, section: sections.join('; '), reference };
}

function matchHeading(
  cited: string,
  headings: readonly string[],
  prefix: string,
  what: string,
  quote = false,
): Found {
  const wanted = normalize(cited);
  const cut = /(…|\.\.\.)$/u.test(cited.trim());
  const stem = normalize(cited.trim().replace(/(…|\.\.\.)$/u, ''));
  for (const heading of headings) {
    const full = normalize(heading);
    if (
      cut
        ? stem !== '' && full.startsWith(stem)
        : full === wanted || normalize(shortTitle(heading)) === wanted
    ) {
      return { ok: true, section: heading };
    }
  }
  const bare = cited.trim().replace(/(…|\.\.\.)$/u, '');
  // A cut heading is compared with the headings cut to as many words, so "Monitoring and reportng…" still finds its section.
  const words = bare.split(/\s+/u).length;
  const candidates = cut
    ? headings.map((h) => h.split(/\s+/u).slice(0, words).join(' '))
    : headings.flatMap((h) => (shortTitle(h) === h ? [h] : [h, shortTitle(h)]));
  const near = suggest(bare, candidates);
  const shown = near === undefined ? undefined : cut ? `${near}…` : near;
  const hint =
    shown === undefined
      ? 'see its sections in scenarios/sources.yaml'
      : quote
        ? `did you mean ${prefix}"${shown}"?`
        : `did you mean "${prefix}${shown}"?`;
  return { ok: false, message: `"${cited}" is not ${what}`, fix: hint };
}

/** "Somalia and CAR: The importance of…" → "Somalia and CAR"; "Recommendation 4a – Clarify…" → "Recommendation 4a". */
function shortTitle(heading: string): string {
  const cut = /^(.+?)(?::\s| [–-] )/u.exec(heading);
  return cut?.[1] ?? heading;
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

function prefixOf(source: SourceDocument): string {
  return source.citeAs.includes('§') ? '§' : '';
}

function formsHint(codes: readonly string[]): string {
  return `use the digest code form, e.g. 001 §Vetting security forces, 003 ch13 "Somalia and CAR" or 004 5.4.6 (documents ${codes.join(', ')})`;
}
