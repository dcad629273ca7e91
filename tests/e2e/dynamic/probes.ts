/**
 * Reads what Whosaid painted on a page that changes, in the page's main world (through
 * DrivenPage.evaluate; each function is self-contained because the drivers send its source).
 * Beyond the text of each range, it says whether the range could be painted in the wrong place:
 * outside the article, on a node the page has removed or replaced, or starting or ending inside a
 * word, which is where offsets kept from an older text land in a newer one.
 */

export interface PaintedRange {
  /** The highlight's name in CSS.highlights ("whosaid-quote-direct-0", "whosaid-entity-person"...). */
  name: string;
  text: string;
  /** Empty ranges paint nothing: a live range collapses when the page removes its node. */
  collapsed: boolean;
  /** What is wrong with where the range lies, or null when it is plausible. */
  misplaced: string | null;
  /** Whether its Highlight was registered after the last markHighlights(): painted anew since. */
  fresh: boolean;
}

/**
 * Every range of every `whosaid-` highlight. `articleSelector` names the element that holds the
 * article; nodes the page replaced are read from the page's `fixture.replaced`, when it has one.
 */
export function readHighlights(articleSelector: string): PaintedRange[] {
  const article = document.querySelector(articleSelector);
  const replaced = new Set<Node>((window as unknown as { fixture?: { replaced?: Node[] } }).fixture?.replaced ?? []);
  const wordChar = /[\p{L}\p{N}]/u;
  const charAt = (node: Node, offset: number) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data.charAt(offset) : '');
  const seen = (window as unknown as Record<string, WeakSet<Highlight> | undefined>)['__whosaidTestSeen'];
  const out: PaintedRange[] = [];
  // The stylesheet is confined to the article's element, which the page may have replaced: its rules must still reach.
  const styledAt = (node: Node, name: string) => {
    const holder = node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement;
    const style = holder ? getComputedStyle(holder, `::highlight(${name})`) : null;
    return style !== null && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine !== 'none');
  };
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('whosaid-')) return;
    const fresh = !seen?.has(highlight);
    highlight.forEach((range) => {
      const { startContainer, startOffset, endContainer, endOffset, collapsed } = range;
      // A range of the page's own document reads the text even of a node the page has detached.
      const copy = document.createRange();
      copy.setStart(startContainer, startOffset);
      copy.setEnd(endContainer, endOffset);
      const text = copy.toString();
      const misplaced = collapsed ? null
        : !startContainer.isConnected || !endContainer.isConnected ? 'on a node no longer in the page'
        : replaced.has(startContainer) || replaced.has(endContainer) ? 'on a node the page replaced'
        : !(article?.contains(startContainer) && article.contains(endContainer)) ? 'outside the article'
        : wordChar.test(charAt(startContainer, startOffset - 1)) && wordChar.test(text.charAt(0)) ? 'starting inside a word'
        : wordChar.test(charAt(endContainer, endOffset)) && wordChar.test(text.charAt(text.length - 1)) ? 'ending inside a word'
        : !styledAt(startContainer, name) ? 'where no highlight rule reaches'
        : null;
      out.push({ name, text, collapsed, misplaced, fresh });
    });
  });
  return out;
}

/**
 * Remembers the Highlights registered now, in a page-world property of the test's own, so that
 * readHighlights can tell a repaint from them.
 */
export function markHighlights(): void {
  const seen = new WeakSet<Highlight>();
  CSS.highlights.forEach((highlight) => seen.add(highlight));
  (window as unknown as Record<string, WeakSet<Highlight>>)['__whosaidTestSeen'] = seen;
}

/** Marks the current document, so that isMarkedDocument tells a same-document navigation from a load. */
export function markDocument(): void {
  (window as unknown as Record<string, boolean>)['__whosaidTestDocument'] = true;
}

/** Whether markDocument ran in this document: false once the page has loaded anew. */
export function isMarkedDocument(): boolean {
  return (window as unknown as Record<string, boolean | undefined>)['__whosaidTestDocument'] === true;
}

/** Whether the element matching `selector` is in the page (a button that goes once used, say). */
export function hasElement(selector: string): boolean {
  return document.querySelector(selector) !== null;
}

/**
 * How the popup shows a quote that contains `phrase`: not at all, only in its "not found on this
 * page" list, or as a quote of the page. Runs in the popup page.
 */
export function popupListing(phrase: string): 'absent' | 'not-found' | 'listed' {
  const notFound = [...document.querySelectorAll('.not-found')].some((list) => list.textContent?.includes(phrase));
  const copy = document.body.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.not-found').forEach((list) => list.remove());
  if (copy.textContent?.includes(phrase)) return 'listed';
  return notFound ? 'not-found' : 'absent';
}
