import { describe, expect, it } from 'vitest';
import { Painter } from '../../../src/content/paint/painter';
import type { PaintItem } from '../../../src/content/paint/anchor';

class FakeHighlight {
  priority = 0;
  constructor(readonly ranges: Range[]) {}
}

function item(highlight: string, ...ids: number[]): PaintItem {
  return { kind: highlight.includes('entity') ? 'entity' : 'quote', index: 0, start: 0, end: 1, highlight, ranges: ids.map((id) => ({ id }) as unknown as Range) };
}

describe('painter', () => {
  it('registers one highlight per class, entities above quotes, and clears only its own', () => {
    const registry = new Map<string, unknown>([['page-own', {}]]);
    const painter = new Painter(registry, (ranges) => new FakeHighlight(ranges) as unknown as Highlight);
    painter.paint([item('whosaid-quote-direct-0', 1), item('whosaid-quote-direct-0', 2), item('whosaid-entity-person', 3)]);
    const quote = registry.get('whosaid-quote-direct-0') as FakeHighlight;
    const entity = registry.get('whosaid-entity-person') as FakeHighlight;
    expect(quote.ranges).toHaveLength(2);
    expect(entity.priority).toBeGreaterThan(quote.priority);

    painter.setActive(item('whosaid-quote-direct-0', 9));
    expect((registry.get('whosaid-active') as FakeHighlight).priority).toBeGreaterThan(entity.priority);
    painter.setActive(null);
    expect(registry.has('whosaid-active')).toBe(false);

    painter.paint([item('whosaid-entity-org', 4)]);
    expect([...registry.keys()].sort()).toEqual(['page-own', 'whosaid-entity-org']);
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});
