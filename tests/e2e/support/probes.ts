/**
 * Functions that run inside a page (through DrivenPage.evaluate) to read what Whosaid painted.
 * Each is self-contained: the drivers serialise it, so it may use nothing from this module's scope.
 * The main world sees the highlights that the content script registers in `CSS.highlights`.
 */

export interface PaintedRange {
  /** The highlight's name in CSS.highlights ("whosaid-quote-direct-0", "whosaid-entity-person"...). */
  name: string;
  text: string;
  /** The first selector of `regions` whose element contains the whole range, or null. */
  region: string | null;
  /** The centre of the range's first line box, in viewport coordinates (null when not rendered). */
  point: { x: number; y: number } | null;
  /** The top of that line box in document coordinates, to scroll to it (null when not rendered). */
  pageY: number | null;
  /** Whether the highlight's rule reaches the range's text (a background or a line), as the stylesheet is scoped. */
  styled: boolean;
}

/** Lists every range of every `whosaid-` highlight in document order, with the page region that holds it. */
export function readPaintedRanges(regions: string[]): PaintedRange[] {
  const painted: Array<PaintedRange & { range: Range }> = [];
  const regionElements = regions.map((selector) => [selector, [...document.querySelectorAll(selector)]] as const);
  const regionOf = (node: Node): string[] =>
    regionElements.filter(([, elements]) => elements.some((element) => element.contains(node))).map(([s]) => s);
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('whosaid-')) return;
    highlight.forEach((abstractRange) => {
      const range = document.createRange();
      range.setStart(abstractRange.startContainer, abstractRange.startOffset);
      range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
      const atStart = regionOf(range.startContainer);
      const atEnd = new Set(regionOf(range.endContainer));
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      const holder = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer as Element : range.startContainer.parentElement;
      const style = holder ? getComputedStyle(holder, `::highlight(${name})`) : null;
      painted.push({
        range,
        name,
        text: range.toString(),
        region: atStart.find((selector) => atEnd.has(selector)) ?? null,
        point: rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null,
        pageY: rect ? rect.top + window.scrollY : null,
        styled: style !== null && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine !== 'none'),
      });
    });
  });
  painted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return painted.map(({ range, ...rest }) => rest);
}

/** Which of the highlight `names` have a rule that styles the element matching `selector` (a background or a line). */
export function highlightRulesReaching({ selector, names }: { selector: string; names: string[] }): string[] {
  const element = document.querySelector(selector);
  return element ? names.filter((name) => {
    const style = getComputedStyle(element, `::highlight(${name})`);
    return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine !== 'none';
  }) : [];
}

/** Scrolls the page so that document coordinate `pageY` sits mid-viewport. */
export function scrollToMiddle(pageY: number): void {
  window.scrollTo({ top: pageY - window.innerHeight / 2, behavior: 'instant' });
}

/** The text of Whosaid's hover card when it is shown, else null. */
export function readCard(): string | null {
  const host = document.documentElement.querySelector(':scope > whosaid-card');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[role=tooltip]');
  if (!card || card.hidden || card.getClientRects().length === 0) return null;
  return card.textContent;
}

/** The viewport centre of the element matching `selector` once it is rendered, for a real click. */
export function locateElement(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (!element || element.getClientRects().length === 0) return null;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Whether the page's body differs from the body the server sent (parsed again here). The sample
 * page runs no script of its own, so any difference is Whosaid's, which must paint without touching the DOM.
 */
export async function bodyChanged(): Promise<boolean> {
  const served = await (await fetch(location.href, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(served, 'text/html').body.outerHTML !== document.body.outerHTML;
}

/** The viewport centre of the smallest visible element whose text contains `text`, for a real click. */
export function locateText(text: string): { x: number; y: number } | null {
  let best: Element | null = null;
  for (const element of document.body.querySelectorAll('*')) {
    if (!element.textContent?.includes(text) || element.getClientRects().length === 0) continue;
    if (!best || best.contains(element)) best = element;
  }
  if (!best) return null;
  best.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = best.getBoundingClientRect();
  return { x: rect.left + Math.min(rect.width / 2, 60), y: rect.top + rect.height / 2 };
}

/** The text of each range in Whosaid's "active item" highlight and whether it is in the viewport. */
export function readActive(): Array<{ text: string; visible: boolean }> {
  const active = CSS.highlights.get('whosaid-active');
  const out: Array<{ text: string; visible: boolean }> = [];
  active?.forEach((abstractRange) => {
    const range = document.createRange();
    range.setStart(abstractRange.startContainer, abstractRange.startOffset);
    range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
    const rect = range.getBoundingClientRect();
    out.push({ text: range.toString(), visible: rect.bottom > 0 && rect.top < window.innerHeight });
  });
  return out;
}
