import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { formatPath, type ContentIssue, type DataPath } from './issues.ts';

/** A pack is a few hundred KiB of prose at most; anything larger is a mistake or an attack (DESIGN §8). */
export const MAX_CONTENT_BYTES = 512 * 1024;
/** Deepest nesting of mappings and lists a pack needs is about 12; 32 leaves room for nested conditions. */
export const MAX_NESTING = 32;
/** Keys that would reach JavaScript's object machinery instead of data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The only tags a file may spell out: YAML 1.2 core types, which add nothing but are harmless. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** A YAML file that passed the safety checks: plain data, and a way back from a data path to its line. */
export interface SafeYaml {
  readonly value: unknown;
  /** The line of the node at `path` (for a mapping entry: its key), or of its nearest existing ancestor. */
  readonly lineOf: (path: DataPath) => number | undefined;
}

/**
 * Reads untrusted YAML into plain data, refusing what a content file never needs: a size over
 * `maxBytes`, invalid UTF-8, anything but one document whose top level is a mapping, anchors and aliases,
 * custom tags, duplicate keys, `__proto__`/`constructor`/`prototype` keys, and nesting deeper than
 * {@linkcode MAX_NESTING}. Every refusal is a {@linkcode ContentIssue} with a line; nothing throws.
 */
export function readYaml(
  input: Uint8Array | string,
  file: string,
  maxBytes = MAX_CONTENT_BYTES,
): { ok: true; yaml: SafeYaml } | { ok: false; issues: ContentIssue[] } {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).byteLength : input.byteLength;
  if (size > maxBytes) {
    const message = `the file is ${size} bytes (${kib(size)}), over the ${maxBytes}-byte (${kib(maxBytes)}) cap for content files`;
    return {
      ok: false,
      issues: [
        { file, path: '', message, fix: 'split it up or trim it; a whole pack fits well within the cap' },
      ],
    };
  }
  const text = typeof input === 'string' ? input : decodeUtf8(input, file);
  if (typeof text !== 'string') return { ok: false, issues: [text] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    merge: false,
    version: '1.2',
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const issues: ContentIssue[] = syntaxIssues(doc.errors, text, file, lineAt);
  if (!issues.some((issue) => issue.message.startsWith('nesting')))
    walk(doc.contents, [], 1, file, lineAt, issues);
  if (issues.length === 0 && !isMap(doc.contents)) {
    const found =
      doc.contents === null
        ? 'the file is empty'
        : `the top level is ${isSeq(doc.contents) ? 'a list' : 'a single value'}`;
    issues.push({
      file,
      line: 1,
      path: '',
      message: `${found}; it must be a mapping of keys`,
      fix: 'start the file with "formatVersion: 1" and the other top-level keys',
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    yaml: { value: doc.toJS({ maxAliasCount: 0 }), lineOf: (path) => lineOfPath(doc, path, lineAt) },
  };
}

function kib(bytes: number): string {
  return `${bytes % 1024 === 0 ? bytes / 1024 : (bytes / 1024).toFixed(2)} KiB`;
}

/** Strict UTF-8: the offset of the first bad byte, so the message can point at it. */
function decodeUtf8(bytes: Uint8Array, file: string): string | ContentIssue {
  const offset = firstInvalidUtf8(bytes);
  if (offset === -1) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // N.B. unreachable when firstInvalidUtf8 is right; kept so a decoder disagreement is still a message, not a crash.
    }
  }
  const at = Math.max(offset, 0);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
  return {
    file,
    line,
    path: '',
    message: `invalid UTF-8 at byte ${at} (0x${byte})`,
    fix: 'save the file as UTF-8 (the text was probably written in another encoding)',
  };
}

/** The byte offset of the first invalid UTF-8 sequence, or -1 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b === 0xed
              ? [3, 0x80, 0x9f]
              : b >= 0xe1 && b <= 0xef
                ? [3, 0x80, 0xbf]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : b === 0xf4
                      ? [4, 0x80, 0x8f]
                      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

function syntaxIssues(
  errors: readonly YAMLError[],
  text: string,
  file: string,
  lineAt: (offset: number) => number,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const line = lineAt(error.pos[0]);
    let issue: ContentIssue;
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0].trim() ?? '';
      issue = {
        file,
        line,
        path: '',
        message: `duplicate key "${key}"`,
        fix: 'a key may appear once per mapping; keep one of them (YAML would silently drop the other)',
      };
    } else if (error.code === 'MULTIPLE_DOCS') {
      issue = {
        file,
        line,
        path: '',
        message: 'the file holds more than one YAML document',
        fix: 'keep one pack per file: remove the "---" line and what follows, or merge it into the first document',
      };
    } else if (error.code === 'RESOURCE_EXHAUSTION') {
      issue = nestingIssue(file, 1, '');
    } else if (error.code === 'TAB_AS_INDENT') {
      issue = { file, line, path: '', message: 'a tab is used for indentation', fix: 'indent with spaces' };
    } else {
      const what = error.message.split('\n')[0]!.replace(/\.$/, '');
      issue = {
        file,
        line,
        path: '',
        message: `YAML syntax error: ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
        fix: 'check the indentation and quoting on this line (quote a string that contains ": ")',
      };
    }
    const key = `${issue.line ?? 0}|${issue.message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return issues;
}

function nestingIssue(file: string, line: number, path: string): ContentIssue {
  return {
    file,
    line,
    path,
    message: `nesting deeper than ${MAX_NESTING} levels`,
    fix: 'flatten the structure; a pack never needs this depth',
  };
}

/** Depth-first over the document: refusals only, no data is built yet. */
function walk(
  node: unknown,
  path: DataPath,
  depth: number,
  file: string,
  lineAt: (offset: number) => number,
  issues: ContentIssue[],
): void {
  if (node === null || typeof node !== 'object') return;
  const at = (n: Node) => (n.range ? lineAt(n.range[0]) : undefined);
  const line = at(node as Node);
  const here = formatPath(path);
  const push = (message: string, fix: string, where = line) =>
    issues.push({ file, ...(where === undefined ? {} : { line: where }), path: here, message, fix });
  if (isAlias(node)) {
    push(
      `alias "*${node.source}" is not allowed`,
      'write the value out in full (aliases can expand a small file into a huge one)',
    );
    return;
  }
  const { anchor, tag } = node as { anchor?: string; tag?: string };
  if (anchor)
    push(`anchor "&${anchor}" is not allowed`, 'remove the anchor and write any repeated value out in full');
  if (tag && !CORE_TAGS.has(tag))
    push(
      `custom tag "${tag}" is not allowed`,
      'remove the tag; content files hold plain text, numbers, lists and mappings',
    );
  if (isScalar(node)) return;
  if (depth > MAX_NESTING) {
    issues.push(nestingIssue(file, line ?? 1, here));
    return;
  }
  if (isSeq(node))
    node.items.forEach((item, index) => walk(item, [...path, index], depth + 1, file, lineAt, issues));
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) {
      push(
        'a key must be a plain name',
        'write the key as a word, e.g. "title:"',
        key && typeof key === 'object' && 'range' in key ? at(key as Node) : line,
      );
      continue;
    }
    walk(key, path, depth + 1, file, lineAt, issues); // anchors and tags on keys
    const name = String(key.value);
    if (FORBIDDEN_KEYS.has(name)) {
      const keyLine = at(key);
      issues.push({
        file,
        ...(keyLine === undefined ? {} : { line: keyLine }),
        path: formatPath([...path, name]),
        message: `the key "${name}" is not allowed`,
        fix: 'rename or remove it (it would reach JavaScript object internals)',
      });
      continue;
    }
    walk(pair.value, [...path, name], depth + 1, file, lineAt, issues);
  }
}

function lineOfPath(doc: Document, path: DataPath, lineAt: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lineAt(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}
