import { svg } from './dom';

// Small line icons drawn on a 24×24 grid: the meters' shapes (never colour alone, DESIGN §7) and trend arrows.
const PATHS: Readonly<Record<string, readonly string[]>> = {
  shield: ['M12 2.5 L19.5 5.5 V11 C19.5 15.8 16.4 19.6 12 21.5 C7.6 19.6 4.5 15.8 4.5 11 V5.5 Z'],
  scales: [
    'M12 3.5 V20.5',
    'M6.5 20.5 H17.5',
    'M4.5 7 H19.5',
    'M6.5 7 L3.5 13.5 H9.5 Z',
    'M17.5 7 L14.5 13.5 H20.5 Z',
  ],
  people: [
    'M8.5 10.5 A3 3 0 1 0 8.49 10.5 Z',
    'M3 20.5 C3 16.5 5.5 14.5 8.5 14.5 C11.5 14.5 14 16.5 14 20.5',
    'M16 9.5 A2.5 2.5 0 1 0 15.99 9.5 Z',
    'M15 13.6 C18.4 13.4 21 15.4 21 19.5',
  ],
  up: ['M12 4.5 V19.5', 'M5.5 11 L12 4.5 L18.5 11'],
  down: ['M12 4.5 V19.5', 'M5.5 13 L12 19.5 L18.5 13'],
  steady: ['M4.5 12 H19.5', 'M13.5 6 L19.5 12 L13.5 18'],
  check: ['M5 12.5 L10 17.5 L19 7'],
};

export type IconName = 'shield' | 'scales' | 'people' | 'up' | 'down' | 'steady' | 'check';

/** A decorative icon, hidden from assistive technology (its meaning is always in text too). */
export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  return svg(
    'svg',
    { class: className, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    ...(PATHS[name] ?? []).map((d) => svg('path', { d })),
  );
}
