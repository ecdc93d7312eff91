/**
 * Finds every citation in the seed digest (`../shared/seed-digest.md`) and spells each one out in full, the way
 * a pack writes it: the digest abbreviates runs (`[001 §Impartiality; §Conflating…]`, `[003 ch2 "A"; "B"]`,
 * `002 §1, §4`), and each continuation inherits the document (and chapter) before it.
 */
export interface DigestCitation {
  readonly code: string;
  readonly line: number;
}

const START = /^(00[0-4])(?=$|[\s.;,)])/u;
/**
 * Where the digest puts codes: [bracketed] groups, "— code" after a quote, a table's last cell, a bold heading,
 * and "(code)" in the honesty notes.
 */
const GROUPS = [
  /\[([^\]]*)\]/gu,
  /— (00[0-4] [^|]*?)\.?$/gu,
  /\| (00[0-4][^|]*) \|\s*$/gu,
  /\*\*(00[0-4] [\d.]+?)\.?\*\*/gu,
  /\((00[0-4](?: ch\d+)?)\)/gu,
];

export function digestCitations(markdown: string): DigestCitation[] {
  const out: DigestCitation[] = [];
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    const plain = text.replace(/`[^`]*`/gu, ''); // the sources header shows the forms as `001 §heading` templates
    for (const pattern of GROUPS) {
      for (const match of plain.matchAll(pattern)) {
        const group = match[1] ?? '';
        if (!/\b00[0-4]\b/u.test(group)) continue;
        for (const code of expandGroup(group)) out.push({ code, line });
      }
    }
  });
  return out;
}

/** `001 §A; §B; 003 ch2 "C"; "D"; ch18 Rec. 2c` → the five codes in full. */
export function expandGroup(group: string): string[] {
  const codes: string[] = [];
  let doc = '';
  let chapter = '';
  for (const raw of group.split(/;\s*|,\s*(?=§)/u)) {
    const part = raw.trim().replace(/\.$/u, '');
    if (part === '') continue;
    const start = START.exec(part);
    let code: string;
    if (start) {
      doc = start[1]!;
      chapter = /^00[0-4] (ch\d+)/u.exec(part)?.[1] ?? '';
      code = part;
    } else if (doc !== '' && /^§/u.test(part)) code = `${doc} ${part}`;
    else if (doc !== '' && /^ch\d+/u.test(part)) {
      chapter = /^ch\d+/u.exec(part)![0];
      code = `${doc} ${part}`;
    } else if (doc !== '' && chapter !== '' && /^"/u.test(part)) code = `${doc} ${chapter} ${part}`;
    else continue; // prose inside brackets, e.g. "[inf.]"
    codes.push(code);
  }
  return codes;
}
