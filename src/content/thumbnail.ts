import type { Region } from './scenario.schema.ts';

const WIDTH = 96;
const HEIGHT = 72;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A small SVG of a pack's map for the title screen (DESIGN §8: the index carries id, title, blurb and a small
 * thumbnail): each region's polygon in a sober outline, and the capital as a dot. Drawn from the pack's own
 * normalised coordinates, so it needs no image file and stays under a kilobyte or two.
 */
export function thumbnailSvg(regions: readonly Region[]): string {
  const point = ([x, y]: readonly [number, number]) => `${round(x * WIDTH)},${round(y * HEIGHT)}`;
  const shapes = regions.map(
    (region) =>
      `<polygon points="${region.polygon.map(point).join(' ')}" fill="#dfe6ee" stroke="#1f4e79" stroke-width="0.8"/>`,
  );
  const capitals = regions.flatMap((region) =>
    region.capital
      ? [
          `<circle cx="${round(region.capital[0] * WIDTH)}" cy="${round(region.capital[1] * HEIGHT)}" r="2.2" fill="#1f2933"/>`,
        ]
      : [],
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">${[...shapes, ...capitals].join('')}</svg>`;
}

/** The thumbnail as a `data:` URI (the CSP allows `img-src 'self' data:`). */
export function thumbnailDataUri(regions: readonly Region[]): string {
  return `data:image/svg+xml,${encodeURIComponent(thumbnailSvg(regions))}`;
}
