import inlined from 'virtual:inlined-assets';

/**
 * The URL to load a file of assets/ from (`audio/ambient.ogg` → the same path on the web and in the LMS
 * packages; in the single dual-mandate.html, where file:// can fetch nothing, its data: URI, which Howler
 * decodes without a request). Sound and images should load through this, never from a bare path.
 */
export function assetUrl(path: string): string {
  const key = path.replace(/^\.?\//, '');
  return inlined[key] ?? path;
}
