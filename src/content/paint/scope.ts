/**
 * The selector that confines the `::highlight()` rules to the article's subtree.
 *
 * Why: a `::highlight(name)` rule for every element makes the browser restyle the
 * whole page when the stylesheet goes in. On a page of 100,000 elements that took
 * 450–1,250 ms in Chromium 156 and about 200 ms in Firefox ESR 153; the same rules
 * behind the article's selector took 25–90 ms, because both browsers then restyle
 * only the elements that the selector's last compound (its tag or id) names, and
 * their subtrees. Matching scoped rules costs more per element, though, so they are
 * used only on pages where the article is a small part (`worthScoping`).
 *
 * The selector is a chain of tag names joined by child combinators, from the
 * nearest ancestor with an id (or from `html`) down to the article's element:
 * `div#content > main > article`. It must keep matching while the page changes
 * around the article, so it holds no `:nth-child()` (an inserted banner would shift
 * it) and no classes (pages toggle them). It may match other elements of the same
 * shape too, which only widens what is restyled: highlights are painted where their
 * ranges are, whatever the rules match.
 */

/**
 * Chromium matches scoped `::highlight()` rules at six to ten times the cost per element of rules for
 * every element (the 30,000-word bench page, whose article is nearly all of its 1,609 elements: 100 ms
 * against 10 ms; Firefox: 2-3 ms either way). The scope pays only where the article's element holds less
 * than this share of the page's elements.
 */
const MAX_SCOPED_SHARE = 0.1;

/** Whether confining the rules to `element` costs less than rules for the whole page (see above). */
export function worthScoping(element: Element): boolean {
  return element.getElementsByTagName('*').length < element.ownerDocument.getElementsByTagName('*').length * MAX_SCOPED_SHARE;
}

/** An id is usable when it is the document's first element with that id: `#id` then finds this element. */
function usableId(element: Element): string | null {
  const id = element.id;
  return id && element.ownerDocument.getElementById(id) === element ? id : null;
}

/** CSS.escape where the DOM has it; tag names and ids of real pages rarely need it. */
function escape(identifier: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(identifier) : identifier.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** The selector for `element`'s subtree, as described above. */
export function scopeSelector(element: Element): string {
  const compounds: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const tag = escape(current.localName);
    const id = usableId(current);
    compounds.push(id ? `${tag}#${escape(id)}` : tag);
    if (id) break;
  }
  return compounds.reverse().join(' > ');
}
