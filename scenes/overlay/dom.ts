// The overlay's whole "framework": elements built with createElement and text set through text nodes, so
// nothing imported (pack texts, saves, URL values) is ever parsed as HTML.

type Child = Node | string | number | false | null | undefined;
type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

export interface ElementOptions {
  readonly class?: string;
  readonly id?: string;
  /** Attributes; `true` sets an empty attribute, `false` and `undefined` leave it out. */
  readonly attrs?: Attributes;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function setAttributes(node: Element, attrs: Attributes | undefined): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** An HTML element with options and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.id) node.id = options.id;
  setAttributes(node, options.attrs);
  for (const [type, listener] of Object.entries(options.on ?? {}))
    node.addEventListener(type, listener as EventListener);
  append(node, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element (icons, meter bars); drawn with attributes, never with inline styles (the CSP forbids them). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attributes = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  setAttributes(node, attrs);
  for (const child of children) node.appendChild(child);
  return node;
}

/** Text only a screen reader reads (e.g. the ", " between an option's label and its cost). */
export function hiddenText(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}

/** A stable, valid id from parts such as a decision and an option id (kebab-case already). */
export function idOf(...parts: string[]): string {
  return parts.join('--');
}

/** A `<select>` with its `<label>` in a `.field`, `selected` chosen: the field to place, and the select to read. */
export function labelledSelect(
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  selected: string,
): { field: HTMLElement; select: HTMLSelectElement } {
  const element = h(
    'select',
    { id },
    ...options.map((o) =>
      h('option', { attrs: { value: o.value, selected: o.value === selected } }, o.label),
    ),
  );
  return {
    field: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), element),
    select: element,
  };
}
