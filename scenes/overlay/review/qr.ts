import { encode } from 'uqr';
import { svg } from '../dom';

/**
 * A QR code of `text` drawn locally as SVG (no network, no canvas): error correction M (DESIGN §6), one path
 * of unit squares, a 4-module quiet zone. It is `role="img"` named by `label`.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x},${y}h1v1h-1z`;
    }),
  );
  const root = svg('svg', {
    class: 'run-qr',
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
  });
  root.append(
    svg('rect', { class: 'run-qr-light', width: size, height: size }),
    svg('path', { d, class: 'run-qr-dark' }),
  );
  return root;
}
