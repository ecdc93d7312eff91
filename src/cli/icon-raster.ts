import { crc32, deflateSync } from 'node:zlib';

/**
 * The game's icon as vector data: the same drawing as assets/icons/dual-mandate.svg (a 32×32 view box: a
 * blue rounded square, and in white a balance — stem, base, beam and two pans), rasterised here so the PWA
 * manifest gets PNG icons without an image library.
 */
export const ICON_BLUE = [0x1f, 0x4e, 0x79] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const STROKE = 2; // the SVG's stroke-width, in view-box units (round caps and joins)

type Point = readonly [number, number];
/** Every stroked segment of the SVG's two paths (`M16 7v18M10 25h12M7 10h18`, `M7 10l-3 8h6zM25 10l-3 8h6z`). */
const SEGMENTS: readonly (readonly [Point, Point])[] = [
  [
    [16, 7],
    [16, 25],
  ],
  [
    [10, 25],
    [22, 25],
  ],
  [
    [7, 10],
    [25, 10],
  ],
  ...pan(7),
  ...pan(25),
];

/** A pan: a triangle hanging from the beam at x (`l-3 8h6z`). */
function pan(x: number): [Point, Point][] {
  const top: Point = [x, 10];
  const left: Point = [x - 3, 18];
  const right: Point = [x + 3, 18];
  return [
    [top, left],
    [left, right],
    [right, top],
  ];
}

function distanceToSegment(px: number, py: number, [a, b]: readonly [Point, Point]): number {
  const [ax, ay] = a;
  const [dx, dy] = [b[0] - ax, b[1] - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Inside the rounded square `rect width=32 height=32 rx=6` (or the full square when `radius` is 0). */
function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  if (x < 0 || y < 0 || x > 32 || y > 32) return false;
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

export interface IconStyle {
  /** `any`: the SVG as drawn (transparent corners); `maskable`: full-bleed blue, the balance in the safe zone. */
  readonly purpose: 'any' | 'maskable';
}

/**
 * The icon as RGBA pixels, `size`×`size`, each pixel the average of 4×4 samples (anti-aliased edges). For
 * `maskable` the square fills the image and the balance is drawn at 70 % around the centre, inside the
 * 80 % circle a launcher may keep.
 */
export function drawIcon(size: number, { purpose }: IconStyle): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const glyphScale = purpose === 'maskable' ? 0.7 : 1;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let background = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((column + (sx + 0.5) / samples) / size) * 32;
          const y = ((row + (sy + 0.5) / samples) / size) * 32;
          if (!insideRoundedSquare(x, y, purpose === 'maskable' ? 0 : 6)) continue;
          background++;
          const gx = 16 + (x - 16) / glyphScale;
          const gy = 16 + (y - 16) / glyphScale;
          if (SEGMENTS.some((segment) => distanceToSegment(gx, gy, segment) <= STROKE / 2)) ink++;
        }
      }
      const offset = (row * size + column) * 4;
      const inkShare = background === 0 ? 0 : ink / background;
      for (let channel = 0; channel < 3; channel++)
        pixels[offset + channel] = Math.round(
          ICON_BLUE[channel]! * (1 - inkShare) + WHITE[channel]! * inkShare,
        );
      pixels[offset + 3] = Math.round((background / (samples * samples)) * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (8-bit RGBA, no interlace, filter 0 on every row) of `pixels`, `width`×`height`. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let row = 0; row < height; row++)
    raw.set(pixels.subarray(row * width * 4, (row + 1) * width * 4), row * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The PNG icons the web manifest lists (file names under assets/icons/). */
export const PNG_ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
