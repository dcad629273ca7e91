/**
 * The selector that confines the `::highlight()` rules to the article's subtree.
 *
 * Why: a `::highlight(name)` rule for every element makes the browser restyle the
 * whole page when the stylesheet goes in. On a page of 100,000 elements that took
 * 450–1,250 ms in Chromium 156 and about 200 ms in Firefox ESR 153; the same rules
 * behind the article's selector took 25–90 ms, because both browsers then restyle
 * only the elements that the selector's last compound (its tag or id) names, and
 * their subtrees. Matching rules for everything inside the scope costs more per
 * element, though: see `highlightScope` for when and in which form rules are scoped.
 *
 * The selector is a chain of tag names joined by child combinators, from the
 * nearest ancestor with an id (or from `html`) down to the article's element:
 * `div#content > main > article`. It must keep matching while the page changes
 * around the article, so it holds no `:nth-child()` (an inserted banner would shift
 * it) and no classes (pages toggle them). It may match other elements of the same
 * shape too, which only widens what is restyled: highlights are painted where their
 * ranges are, whatever the rules match.
 */

/** Where the highlight rules apply: on `selector`'s element, and on everything inside it unless that inherits them. */
export interface HighlightScope {
  selector: string;
  /** The rules go on the element alone: the highlights of everything inside it inherit them. */
  inherited: boolean;
}

/**
 * Rules on every element inside a scope (`article ::highlight(x)`) cost Chromium six to ten times as
 * much per element as rules for the whole page (the 30,000-word bench page, whose article is nearly
 * all of its 1,609 elements: 100 ms against 10 ms; Firefox: 2-3 ms either way), so without highlight
 * inheritance the scope pays only where the article's element holds less than this share of the
 * page's elements.
 */
const MAX_SCOPED_SHARE = 0.1;

/**
 * The scope for an article whose text lies inside `element`. Where highlights inherit (`inherits`,
 * see stylesReachInside) the rules go on that element alone, the cheapest form of all (4-5 ms on the
 * 30,000-word page in Chromium); elsewhere on it and everything inside it, where that costs less
 * than rules for the whole page; else nowhere in particular (null: the whole page).
 */
export function highlightScope(element: Element, inherits: boolean): HighlightScope | null {
  if (inherits) return { selector: scopeSelector(element), inherited: true };
  const share = element.getElementsByTagName('*').length / element.ownerDocument.getElementsByTagName('*').length;
  return share < MAX_SCOPED_SHARE ? { selector: scopeSelector(element), inherited: false } : null;
}

/**
 * Whether the highlights of an element inherit its parent's highlight styles (CSS Pseudo 4's
 * highlight inheritance: Chromium has it, Firefox ESR 153 has not), read from the browser once a
 * sheet with rules on the article's element alone is in: whether the rule for `name` reaches the
 * highlights of `inside`, an element inside that one which holds article text. A probe of its own
 * would cost more than it saves: a rule on the root element made Chromium restyle all 129,000
 * elements of the huge bench page (0.5 s), twice. No element to ask answers no, which is always
 * safe: the rules then name every element inside the scope.
 */
export function stylesReachInside(inside: Element | null, name: string): boolean {
  const view = inside?.ownerDocument.defaultView;
  if (!inside || !view) return false;
  const style = view.getComputedStyle(inside, `::highlight(${name})`);
  return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
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
