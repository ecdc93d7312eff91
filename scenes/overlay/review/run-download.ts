import { exportRun, type RunNotes } from '../../../src/debrief/run-export';
import { h } from '../dom';

/** Saves one run's JSON export (its code and the facilitator's notes) as `dual-mandate-run-<seed>.json`. */
export function downloadRun(code: string, notes: RunNotes, seed: string): void {
  const blob = new Blob([exportRun(code, notes)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { attrs: { href: url, download: `dual-mandate-run-${seed}.json` } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
