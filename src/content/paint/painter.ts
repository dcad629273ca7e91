/**
 * Registers the items' ranges in `CSS.highlights`: one Highlight per visual
 * class, named from ./names. No page DOM change at all; `clear` removes every
 * highlight this painter registered and nothing else.
 */
import { ACTIVE_HIGHLIGHT, PREFIX, PRIORITY } from './names';
import type { PaintItem } from './anchor';

/** The part of `HighlightRegistry` the painter uses (a Map of names to Highlights). */
export interface Registry {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

export class Painter {
  private readonly names = new Set<string>();

  constructor(private readonly registry: Registry, private readonly makeHighlight: (ranges: Range[]) => Highlight) {}

  /** Replaces whatever this painter showed with `items`. */
  paint(items: readonly PaintItem[]): void {
    this.clear();
    const groups = new Map<string, Range[]>();
    for (const item of items) {
      const group = groups.get(item.highlight) ?? [];
      group.push(...item.ranges);
      groups.set(item.highlight, group);
    }
    for (const [name, ranges] of groups) {
      const priority = name.startsWith(`${PREFIX}entity-`) ? PRIORITY.entity : PRIORITY.quote;
      this.register(name, ranges, priority);
    }
  }

  /** Marks one item (keyboard navigation, jump from the popup); null unmarks. */
  setActive(item: PaintItem | null): void {
    this.registry.delete(ACTIVE_HIGHLIGHT);
    this.names.delete(ACTIVE_HIGHLIGHT);
    if (item) this.register(ACTIVE_HIGHLIGHT, item.ranges, PRIORITY.active);
  }

  clear(): void {
    for (const name of this.names) this.registry.delete(name);
    this.names.clear();
  }

  private register(name: string, ranges: Range[], priority: number): void {
    const highlight = this.makeHighlight(ranges);
    highlight.priority = priority;
    this.registry.set(name, highlight);
    this.names.add(name);
  }
}
