import { describe, expect, it } from 'vitest';
import { thumbnailDataUri, thumbnailSvg } from '../../src/content/thumbnail';
import { loadFixture } from '../support/fixture';

describe('the title-screen thumbnail', () => {
  const regions = loadFixture().regions; // three rectangles; the capital district's capital at (0.3, 0.25)

  it('draws one polygon per region, scaled to 96 × 72, and the capital as a dot', () => {
    const svg = thumbnailSvg(regions);
    expect(svg.match(/<polygon /g)).toHaveLength(3);
    // capital-district: (0.1, 0.1) (0.5, 0.1) (0.5, 0.5) (0.1, 0.5) → ×96 and ×72
    expect(svg).toContain('points="9.6,7.2 48,7.2 48,36 9.6,36"');
    expect(svg).toContain('<circle cx="28.8" cy="18" r="2.2"'); // 0.3 × 96, 0.25 × 72
  });

  it('is a small data: URI the CSP allows', () => {
    const uri = thumbnailDataUri(regions);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(thumbnailSvg(regions));
    expect(uri.length).toBeLessThan(2048);
  });
});
