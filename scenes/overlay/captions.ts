import './captions.css';
import { h } from './dom';

/** How long a caption stays on screen, in ms. */
const CAPTION_MS = 4000;

/** The sound captions: a line at the foot of the screen saying what each sound is (DESIGN §7). */
export interface Captions {
  show(text: string, label: string): void;
}

/**
 * A visible caption area of its own (a complementary landmark, so axe finds it inside one). It is not a live
 * region: screen-reader users hear the sounds themselves, and DESIGN §5 allows one announcement per
 * resolution.
 */
export function createCaptions(): Captions {
  const area = h('aside', { id: 'captions', class: 'captions' });
  document.body.append(area);
  return {
    show(text, label) {
      area.setAttribute('aria-label', label);
      const line = h('p', { class: 'caption' }, text);
      area.append(line);
      while (area.childElementCount > 2) area.firstElementChild?.remove();
      window.setTimeout(() => line.remove(), CAPTION_MS);
    },
  };
}
