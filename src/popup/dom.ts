/**
 * A small element builder for the extension's pages. Text goes in through
 * `textContent` only: page-derived strings are never parsed as HTML.
 */
export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: Array<Node | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (spec.className) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(spec.on ?? {})) element.addEventListener(type, listener as EventListener);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Fills every `[data-i18n]` element's text from the locale messages. */
export function localize(root: ParentNode, t: (key: string) => string): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n ?? '');
}
