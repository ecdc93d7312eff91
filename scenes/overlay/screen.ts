import { h } from './dom';

/** One screen of the overlay: what `App.mount` puts in <main>. */
export interface Screen {
  /** Same key as the screen shown: an update, focus stays put. A new key: focus moves to the heading. */
  readonly key: string;
  readonly heading: HTMLHeadingElement;
  readonly element: HTMLElement;
}

/** A screen with its level-1 heading first; the heading takes focus when the screen is new. */
export function screen(
  key: string,
  headingText: string,
  className: string,
  ...children: (Node | undefined)[]
): Screen {
  const heading = h('h1', { attrs: { tabindex: -1 } }, headingText);
  const element = h('div', { class: `screen ${className}` }, heading, ...children);
  return { key, heading, element };
}

/** A titled section (`h2`) whose heading names it for assistive technology. */
export function section(
  id: string,
  title: string,
  className: string,
  ...children: (Node | undefined)[]
): HTMLElement {
  return h(
    'section',
    { class: className, attrs: { 'aria-labelledby': `${id}-heading` } },
    h('h2', { id: `${id}-heading` }, title),
    ...children,
  );
}
