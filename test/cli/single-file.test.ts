import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeInlineScript, inlineCssUrls, inlineSingleFile } from '../../src/cli/single-file';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "media-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <link rel="icon" href="/icons/i.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-2.css">
  </head>
  <body>
    <main id="app"></main>
  </body>
</html>`;
const FILES: Record<string, string> = {
  '/assets/index-1.js': '(function(){document.title="x"})();',
  '/assets/index-2.css': '@font-face{src:url(/fonts/f.woff2) format("woff2")}body{margin:0}',
};
const DATA: Record<string, string> = {
  '/icons/i.svg': 'data:image/svg+xml;base64,PHN2Zy8+',
  '/fonts/f.woff2': 'data:font/woff2;base64,d09GMg==',
};
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function single(files = FILES, data = DATA, html = BUILT): string {
  return inlineSingleFile({ html, readText: (url) => files[url], readDataUri: (url) => data[url] });
}

describe('inlineSingleFile', () => {
  it('inlines the script as a classic script at the end of <body>, after the page it needs', () => {
    const page = single();
    expect(page).toMatch(
      /<main id="app"><\/main>\s*<script>\(function\(\)\{document\.title="x"\}\)\(\);<\/script>\s*<\/body>/,
    );
    expect(page).not.toMatch(/type="module"|src="\/assets/);
  });

  it('inlines the style with its fonts as data: URIs, and the icon', () => {
    const page = single();
    expect(page).toContain('<style>@font-face{src:url("data:font/woff2;base64,d09GMg==") format("woff2")}');
    expect(page).toContain(
      '<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" type="image/svg+xml" />',
    );
    expect(page).not.toContain('rel="stylesheet"');
  });

  it('allows exactly that script and that style by hash, and data: fonts; the rest of the policy is kept', () => {
    const page = single();
    const script = FILES['/assets/index-1.js']!;
    const style = '@font-face{src:url("data:font/woff2;base64,d09GMg==") format("woff2")}body{margin:0}';
    const policy = CSP.replace("script-src 'self'", `script-src ${sha256(script)}`)
      .replace("style-src 'self'", `style-src ${sha256(style)}`)
      .replace("font-src 'self'", "font-src 'self' data:");
    expect(page).toContain(`content="${policy}"`);
  });

  it('refuses a page that names a file the build does not hold, or a script from elsewhere', () => {
    expect(() => single({ ...FILES, '/assets/index-2.css': 'a{background:url(/images/gone.png)}' })).toThrow(
      'the stylesheet names /images/gone.png, which the build does not hold',
    );
    expect(() => single(FILES, {})).toThrow('the page names /icons/i.svg, which the build does not hold');
    const remote = BUILT.replace('/assets/index-1.js', 'https://cdn.example/x.js');
    expect(() => single(FILES, DATA, remote)).toThrow(
      'the page loads a script from https://cdn.example/x.js',
    );
  });
});

describe('escapeInlineScript', () => {
  it('keeps "</script" and "<!--" in strings from ending or escaping the element, with the same meaning', () => {
    const code = 'var a="</script><!--";var b=/<\\/SCRIPT>/;';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    // Run both (in a Node VM, on the test's own constant): the strings are the same characters.
    const values = (source: string) => runInNewContext(`${source}[a, b.source]`) as unknown;
    expect(values(escaped)).toEqual(values(code));
  });
});

describe('inlineCssUrls', () => {
  it('reads a relative URL from the stylesheet’s folder', () => {
    const files: Record<string, string> = { '/assets/f.woff2': 'data:font/woff2;base64,AA==' };
    expect(inlineCssUrls('a{src:url(./f.woff2?v=1)}', (url) => files[url], '/assets/index.css')).toBe(
      'a{src:url("data:font/woff2;base64,AA==")}',
    );
    expect(inlineCssUrls("a{src:url('../assets/f.woff2')}", (url) => files[url], './assets/i.css')).toBe(
      'a{src:url("data:font/woff2;base64,AA==")}',
    );
  });

  it('leaves data: and remote URLs alone', () => {
    const css = 'a{background:url(data:image/png;base64,AA==)}b{background:url("https://x.example/y.png")}';
    expect(inlineCssUrls(css, () => undefined)).toBe(css);
  });
});
