/**
 * Registers the items' ranges in `CSS.highlights`: one Highlight per visual
 * class, named from ./names. No page DOM change at all; `clear` removes every
 * highlight this painter registered and nothing else.
 *
 * A long article has thousands of ranges, and Firefox registers them slowly:
 * 2,800 ranges took 50–110 ms in one task in Firefox 153 (Chromium: about
 * 1 ms), live Ranges and StaticRanges alike. So ranges are added in slices
 * (../slices) that give the page its thread back, in the order `order` gives
 * (the items in view first). The first slice runs at once: a short article is
 * painted in the calling task, and so is a long one in Chromium.
 */
import { ACTIVE_HIGHLIGHT, PREFIX, PRIORITY } from './names';
import type { PaintItem } from './anchor';
import { runSliced, type Steps } from '../slices';

/** The part of `HighlightRegistry` the painter uses (a Map of names to Highlights). */
export interface Registry {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

/** The order in which items are painted; by default, text order. */
export type PaintOrder = (items: readonly PaintItem[]) => readonly PaintItem[];

export class Painter {
  private readonly names = new Set<string>();
  /** Bumped by every paint and clear: the slices of an older paint stop adding ranges. */
  private generation = 0;

  constructor(
    private readonly registry: Registry,
    private readonly makeHighlight: (ranges: Range[]) => Highlight,
    private readonly order: PaintOrder = (items) => items,
    private readonly pause?: () => Promise<void>,
  ) {}

  /**
   * Replaces whatever this painter showed with `items`. Resolves once every range
   * is added, or once a newer paint or a clear has taken over; rejects if the
   * page's highlight registry refuses them.
   */
  paint(items: readonly PaintItem[]): Promise<void> {
    this.clear();
    return runSliced(this.paintSteps(this.order(items), this.generation), this.pause);
  }

  /** Marks one item (keyboard navigation, jump from the popup); null unmarks. */
  setActive(item: PaintItem | null): void {
    this.registry.delete(ACTIVE_HIGHLIGHT);
    this.names.delete(ACTIVE_HIGHLIGHT);
    if (item) this.register(ACTIVE_HIGHLIGHT, item.ranges, PRIORITY.active);
  }

  clear(): void {
    this.generation++;
    for (const name of this.names) this.registry.delete(name);
    this.names.clear();
  }

  private *paintSteps(items: readonly PaintItem[], generation: number): Steps<void> {
    const highlights = new Map<string, Highlight>();
    for (const item of items) {
      if (generation !== this.generation) return;
      const highlight = highlights.get(item.highlight);
      if (highlight) {
        for (const range of item.ranges) highlight.add(range);
      } else {
        const priority = item.highlight.startsWith(`${PREFIX}entity-`) ? PRIORITY.entity : PRIORITY.quote;
        highlights.set(item.highlight, this.register(item.highlight, item.ranges, priority));
      }
      yield;
    }
  }

  private register(name: string, ranges: Range[], priority: number): Highlight {
    const highlight = this.makeHighlight(ranges);
    highlight.priority = priority;
    this.registry.set(name, highlight);
    this.names.add(name);
    return highlight;
  }
}
