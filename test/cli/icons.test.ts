import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, PNG_ICONS } from '../../src/cli/icon-raster';

/** A PNG's size and its RGBA pixels, for the files encodePng writes (one IDAT, filter 0 on every row). */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([...png.subarray(24, 29)]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, not interlaced
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const pixels = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row++) {
    expect(raw[row * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, row * width * 4, row * (width * 4 + 1) + 1, (row + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

const at = (pixels: Uint8Array, size: number, x: number, y: number) => {
  const offset = (Math.floor((y / 32) * size) * size + Math.floor((x / 32) * size)) * 4;
  return [...pixels.subarray(offset, offset + 4)];
};
const BLUE = [0x1f, 0x4e, 0x79, 255]; // dual-mandate.svg's fill="#1f4e79"
const WHITE = [255, 255, 255, 255];

describe('the PNG icons of the web manifest', () => {
  it.each(PNG_ICONS)(
    'assets/icons/$file is the drawing at $size px, as `npm run -s icons` writes it',
    (icon) => {
      const { width, height, pixels } = decode(readFileSync(`assets/icons/${icon.file}`));
      expect([width, height]).toEqual([icon.size, icon.size]);
      expect(pixels.equals(Buffer.from(drawIcon(icon.size, icon)))).toBe(true);
    },
  );

  it('draws the SVG: a blue rounded square with transparent corners, the white balance on it', () => {
    const pixels = drawIcon(64, { purpose: 'any' });
    expect(at(pixels, 64, 0.2, 0.2)).toEqual([0x1f, 0x4e, 0x79, 0]); // outside rx=6: transparent
    expect(at(pixels, 64, 3, 28)).toEqual(BLUE);
    expect(at(pixels, 64, 16, 16)).toEqual(WHITE); // the stem, x=16 from y=7 to 25
    expect(at(pixels, 64, 16, 4)).toEqual(BLUE); // above the stem
    expect(at(pixels, 64, 12, 10)).toEqual(WHITE); // the beam, y=10 from x=7 to 25
  });

  it('keeps the maskable icon opaque to its corners, with the balance inside the safe zone', () => {
    const pixels = drawIcon(64, { purpose: 'maskable' });
    expect(at(pixels, 64, 0.2, 0.2)).toEqual(BLUE);
    expect(at(pixels, 64, 16, 16)).toEqual(WHITE);
    // The safe zone is the centred circle of radius 40 % (12.8 units): nothing white outside it.
    for (let y = 0; y < 32; y += 0.5)
      for (let x = 0; x < 32; x += 0.5)
        if (Math.hypot(x - 16, y - 16) > 12.8) expect(at(pixels, 64, x, y)).toEqual(BLUE);
  });

  it('encodes a PNG whose chunks a decoder accepts (lengths and CRCs)', () => {
    const png = encodePng(2, 1, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect([...decode(png).pixels]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(png.subarray(-12).toString('hex')).toBe('0000000049454e44ae426082'); // IEND's fixed CRC
  });
});
