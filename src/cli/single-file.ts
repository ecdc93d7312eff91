import { createHash } from 'node:crypto';

/**
 * Turns the `DM_TARGET=single` build (one IIFE script, one stylesheet, files from assets/) into one HTML
 * page that runs from file:// with no network (issue 12): the script and the stylesheet inlined, every
 * other local file the page or the CSS names inlined as a data: URI, and the CSP allowing exactly that
 * script and that style by their sha256 hashes (and fonts as data: URIs, DESIGN §8).
 */
export interface SingleFileInput {
  /** The built index.html. */
  readonly html: string;
  /** A built file's text, from its URL in the page (`/assets/index-x.js`, `./icons/a.svg`); undefined if none. */
  readonly readText: (url: string) => string | undefined;
  /** A built file as a data: URI, from its URL in the page or a stylesheet; undefined if there is none. */
  readonly readDataUri: (url: string) => string | undefined;
}

/** The single file's policy: DESIGN §8's, with the inline script and style by hash and `data:` fonts. */
export function singleFilePolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'self'",
    `script-src '${scriptHash}'`,
    `style-src '${styleHash}'`,
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A CSP hash source of an inline element's exact text: `sha256-<base64>`. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const isLocal = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);

/**
 * A script's text made safe inside `<script>…</script>`: `</script` cannot close the element early and
 * `<!--` cannot switch the HTML parser into its escaped script states. Both only occur inside strings,
 * regular expressions or comments, where the escapes mean the same characters.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/**
 * Every local `url(…)` of a stylesheet replaced by the file's data: URI (an unknown file is an error); a
 * relative URL is read from the stylesheet's own folder (`from`, the stylesheet's URL in the page).
 */
export function inlineCssUrls(
  css: string,
  readDataUri: (url: string) => string | undefined,
  from = '/',
): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote, url: string) => {
    if (!isLocal(url)) return whole;
    const data = readDataUri(decodeURIComponent(new URL(url, new URL(from, 'file:///')).pathname));
    if (data === undefined) throw new Error(`the stylesheet names ${url}, which the build does not hold`);
    return `url("${data}")`;
  });
}

const ATTRIBUTE = (name: string, tag: string) =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** The page as one self-contained file; throws, naming the file, when something it names is missing. */
export function inlineSingleFile({ html, readText, readDataUri }: SingleFileInput): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  const need = (url: string, text: string | undefined) => {
    if (text === undefined) throw new Error(`the page names ${url}, which the build does not hold`);
    return text;
  };
  let page = html
    .replace(/<script\b[^>]*\bsrc\s*=\s*"[^"]*"[^>]*>\s*<\/script>\s*/gi, (tag) => {
      const src = ATTRIBUTE('src', tag) ?? '';
      if (!isLocal(src)) throw new Error(`the page loads a script from ${src}`);
      scripts.push(need(src, readText(src)));
      return '';
    })
    .replace(/<link\b[^>]*>\s*/gi, (tag) => {
      const rel = (ATTRIBUTE('rel', tag) ?? '').toLowerCase();
      const href = ATTRIBUTE('href', tag) ?? '';
      if (rel === 'stylesheet') {
        styles.push(inlineCssUrls(need(href, readText(href)), readDataUri, href));
        return '';
      }
      if (rel === 'manifest' || rel === 'modulepreload') return ''; // no worker, no chunks in the single file
      if (!isLocal(href)) throw new Error(`the page links to ${href}`);
      return tag.replace(href, need(href, readDataUri(href)));
    });
  if (scripts.length !== 1) throw new Error(`the single build must have one script, not ${scripts.length}`);
  const script = escapeInlineScript(scripts[0]!);
  const style = styles.join('\n');
  const policy = singleFilePolicy(cspHash(script), cspHash(style));
  page = page.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i,
    (_whole, open: string, close: string) => `${open}${policy}${close}`,
  );
  if (!page.includes(policy)) throw new Error('the page has no Content-Security-Policy meta tag to adapt');
  // A classic script at the end of <body> runs once the page is parsed, as the deferred module did.
  const styled = page.replace(/<\/head>/i, () => `<style>${style}</style>\n  </head>`);
  return styled.replace(/<\/body>/i, () => `<script>${script}</script>\n  </body>`);
}
