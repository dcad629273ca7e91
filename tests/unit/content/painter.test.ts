import { describe, expect, it } from 'vitest';
import { Painter } from '../../../src/content/paint/painter';
import { viewportFirst } from '../../../src/content/paint/viewport';
import type { PaintItem } from '../../../src/content/paint/anchor';
import { SLICE_MS } from '../../../src/content/slices';

class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(ranges: Range[], private readonly addMs = 0) {
    this.ranges = [...ranges];
  }

  add(range: Range): this {
    const until = performance.now() + this.addMs;
    while (performance.now() < until) { /* as slow as a browser adding a range */ }
    this.ranges.push(range);
    return this;
  }
}

function item(highlight: string, ...ids: number[]): PaintItem {
  return { kind: highlight.includes('entity') ? 'entity' : 'quote', index: 0, start: 0, end: 1, highlight, ranges: ids.map((id) => ({ id }) as unknown as Range) };
}

/** Ids of the ranges registered under `name`. */
function idsOf(registry: Map<string, unknown>, name: string): number[] {
  return ((registry.get(name) as FakeHighlight | undefined)?.ranges ?? []).map((range) => (range as unknown as { id: number }).id);
}

describe('painter', () => {
  it('registers one highlight per class, entities above quotes, and clears only its own', () => {
    const registry = new Map<string, unknown>([['page-own', {}]]);
    const painter = new Painter(registry, (ranges) => new FakeHighlight(ranges) as unknown as Highlight);
    // A short article is painted at once, in the calling task.
    void painter.paint([item('whosaid-quote-direct-0', 1), item('whosaid-quote-direct-0', 2), item('whosaid-entity-person', 3)]);
    const quote = registry.get('whosaid-quote-direct-0') as FakeHighlight;
    const entity = registry.get('whosaid-entity-person') as FakeHighlight;
    expect(quote.ranges).toHaveLength(2);
    expect(entity.priority).toBeGreaterThan(quote.priority);

    painter.setActive(item('whosaid-quote-direct-0', 9));
    expect((registry.get('whosaid-active') as FakeHighlight).priority).toBeGreaterThan(entity.priority);
    painter.setActive(null);
    expect(registry.has('whosaid-active')).toBe(false);

    void painter.paint([item('whosaid-entity-org', 4)]);
    expect([...registry.keys()].sort()).toEqual(['page-own', 'whosaid-entity-org']);
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('adds the ranges of a long article in slices, in the order given, giving the thread back in between', async () => {
    const registry = new Map<string, unknown>();
    let pauses = 0;
    const slowAdd = SLICE_MS / 2 + 1;
    const painter = new Painter(
      registry,
      (ranges) => new FakeHighlight(ranges, slowAdd) as unknown as Highlight,
      (items) => [...items].reverse(),
      async () => void pauses++,
    );
    const painting = painter.paint([1, 2, 3, 4, 5].map((id) => item('whosaid-entity-person', id)));
    // The first slice ran at once, from the last item (the order given) until two slow adds used it up.
    expect(idsOf(registry, 'whosaid-entity-person')).toEqual([5, 4, 3]);
    await painting;
    expect(idsOf(registry, 'whosaid-entity-person')).toEqual([5, 4, 3, 2, 1]);
    expect(pauses).toBe(2);
  });

  it('stops adding the ranges of a paint that a clear or a newer paint has replaced', async () => {
    const registry = new Map<string, unknown>();
    let painter: Painter | undefined;
    let pauses = 0;
    painter = new Painter(
      registry,
      (ranges) => new FakeHighlight(ranges, SLICE_MS + 1) as unknown as Highlight,
      undefined,
      async () => {
        if (++pauses === 1) void painter!.paint([item('whosaid-entity-org', 9)]);
      },
    );
    await painter.paint([1, 2, 3, 4].map((id) => item('whosaid-entity-person', id)));
    expect(registry.has('whosaid-entity-person')).toBe(false);
    expect(idsOf(registry, 'whosaid-entity-org')).toEqual([9]);

    const cleared = painter.paint([1, 2, 3].map((id) => item('whosaid-entity-place', id)));
    painter.clear();
    await cleared;
    expect([...registry.keys()]).toEqual([]);
  });
});

describe('viewportFirst', () => {
  /** An item whose range's box ends at `bottom` (viewport coordinates). */
  function at(bottom: number): PaintItem {
    const range = { getBoundingClientRect: () => ({ bottom }) } as unknown as Range;
    return { kind: 'entity', index: bottom, start: 0, end: 1, highlight: 'whosaid-entity-person', ranges: [range] };
  }

  it('puts the items in and below the viewport first, then those above it, nearest first', () => {
    const items = [-300, -200, -100, 50, 400, 900, 2000].map(at);
    expect(viewportFirst(items).map((one) => one.index)).toEqual([50, 400, 900, 2000, -100, -200, -300]);
  });

  it('keeps text order when the article starts in view, and reverses it when it is all above', () => {
    expect(viewportFirst([10, 20].map(at)).map((one) => one.index)).toEqual([10, 20]);
    expect(viewportFirst([-20, -10].map(at)).map((one) => one.index)).toEqual([-10, -20]);
    expect(viewportFirst([])).toEqual([]);
  });
});
