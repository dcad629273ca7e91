/**
 * Paint order for a long article (see ./painter): the items from the top of the
 * viewport down first, since the reader sees them and then scrolls on, then the
 * items above the viewport, nearest first. Items come in text order, which in
 * an article is top-to-bottom order, so a binary search finds the first item in
 * view: about a dozen ranges are measured (each measure reads layout), not
 * thousands.
 */
import type { PaintItem } from './anchor';
import { firstWhere } from '../../shared/first-where';

/** Index of the first item whose first range does not end above the viewport. */
function firstInOrBelowView(items: readonly PaintItem[]): number {
  return firstWhere(items.length, (i) => items[i].ranges[0].getBoundingClientRect().bottom >= 0);
}

export function viewportFirst(items: readonly PaintItem[]): PaintItem[] {
  const first = firstInOrBelowView(items);
  return [...items.slice(first), ...items.slice(0, first).reverse()];
}
