/**
 * The active item mirrored as the document selection (src/content/card/active-selection.ts), over
 * a minimal Range and Selection (Node DOMs have no Selection): the item's span is selected, the
 * reader's own selection is kept once across moves and given back by restore(), and a selection
 * the reader made since is never overwritten. The real browsers are checked in tests/e2e/ux/.
 */
import { describe, expect, it } from 'vitest';
import { ActiveSelection } from '../../../src/content/card/active-selection';
import type { PaintItem } from '../../../src/content/paint/anchor';

class FakeRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  cloneRange(): FakeRange {
    return Object.assign(new FakeRange(), this);
  }
}

class FakeSelection {
  ranges: FakeRange[] = [];
  get rangeCount() {
    return this.ranges.length;
  }
  getRangeAt(at: number) {
    return this.ranges[at];
  }
  removeAllRanges() {
    this.ranges = [];
  }
  addRange(range: FakeRange) {
    this.ranges.push(range);
  }
}

function page() {
  const selection = new FakeSelection();
  const doc = { getSelection: () => selection, createRange: () => new FakeRange() } as unknown as Document;
  const nodes = ['headline', 'first', 'second', 'third'].map((name) => ({ name }) as unknown as Node);
  const span = (start: Node, end: Node) => {
    const range = new FakeRange();
    range.setStart(start, 0);
    range.setEnd(end, 5);
    return range;
  };
  /** A quote painted as two ranges over `start` … `end`, with the attribution between them unpainted. */
  const item = (start: Node, end: Node) => ({ ranges: [span(start, start), span(end, end)] }) as unknown as PaintItem;
  const selected = () => selection.ranges.map((range) => [range.startContainer, range.startOffset, range.endContainer, range.endOffset]);
  return { doc, selection, nodes, span, item, selected };
}

describe('the active item as the document selection', () => {
  it("selects the item from its first range to its last, and gives back the reader's selection on restore", () => {
    const { doc, selection, nodes: [headline, first, second, third], span, item, selected } = page();
    selection.addRange(span(headline, headline));
    const active = new ActiveSelection(doc);
    active.mirror(item(first, second));
    expect(selected()).toEqual([[first, 0, second, 5]]);
    // A second move replaces the mirror, and still keeps the selection from before the first.
    active.mirror(item(third, third));
    expect(selected()).toEqual([[third, 0, third, 5]]);
    active.restore();
    expect(selected()).toEqual([[headline, 0, headline, 5]]);
  });

  it('gives back no selection when the reader had none', () => {
    const { doc, nodes: [, first], item, selected } = page();
    const active = new ActiveSelection(doc);
    active.mirror(item(first, first));
    active.restore();
    expect(selected()).toEqual([]);
  });

  it('leaves a selection the reader made since alone, and keeps it as theirs on the next move', () => {
    const { doc, selection, nodes: [headline, first, second, third], span, item, selected } = page();
    selection.addRange(span(headline, headline));
    const active = new ActiveSelection(doc);
    active.mirror(item(first, first));
    selection.removeAllRanges();
    selection.addRange(span(second, second));
    active.restore();
    expect(selected(), 'the new selection, not the headline').toEqual([[second, 0, second, 5]]);

    active.mirror(item(third, third));
    active.restore();
    expect(selected()).toEqual([[second, 0, second, 5]]);
  });

  it('changes nothing on restore when nothing was mirrored', () => {
    const { doc, selection, nodes: [headline], span, selected } = page();
    selection.addRange(span(headline, headline));
    new ActiveSelection(doc).restore();
    expect(selected()).toEqual([[headline, 0, headline, 5]]);
  });
});
