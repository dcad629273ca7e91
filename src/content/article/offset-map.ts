/**
 * The text↔DOM offset map: the analysed text is built here from live text nodes
 * (whitespace collapsed, paragraphs joined by a blank line), and every character
 * remembers the text node and offset it came from. Parser spans then map back to
 * DOM ranges — one per run inside one text node — and DOM points (hit-testing) map
 * to text offsets. Nothing is written to the page.
 */
import { isSpace } from './whitespace';

export interface OffsetMap {
  /** DOM ranges covering text [start, end), one per contiguous run inside one text node (never spanning skipped DOM content). */
  rangesFor(start: number, end: number): Range[];
  /** Text offset of a DOM point (for hit-testing), or -1 when it is outside the article. */
  offsetOf(node: Node, offset: number): number;
  /** False once a mapped text node was removed or its data changed (then re-analyse). */
  isValid(): boolean;
}

/** Characters [start, start + offsets.length) of the text come from `node`, at `offsets`. */
interface Segment {
  start: number;
  node: Text;
  offsets: number[];
}

const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Joins paragraphs into the article text and its offset map. A paragraph is a list
 * of text nodes, with null for a line break: it reads as a space, mapped to the
 * end of the text before it.
 */
export function buildText(paragraphs: readonly (readonly (Text | null)[])[]): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let segment: Segment | null = null;
  const emit = (char: string, node: Text, offset: number) => {
    if (segment?.node !== node) {
      segment = { start: length, node, offsets: [] };
      segments.push(segment);
    }
    segment.offsets.push(offset);
    parts.push(char);
    length += char.length;
  };

  for (const nodes of paragraphs) {
    if (length > 0) {
      parts.push(PARAGRAPH_SEPARATOR);
      length += PARAGRAPH_SEPARATOR.length;
      segment = null;
    }
    const paragraphStart = length;
    let pendingSpace: { node: Text; offset: number } | null = null;
    let previous: Text | null = null;
    for (const node of nodes) {
      if (!node) {
        if (!pendingSpace && previous && length > paragraphStart) pendingSpace = { node: previous, offset: previous.data.length };
        continue;
      }
      previous = node;
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) {
          if (!pendingSpace && length > paragraphStart) pendingSpace = { node, offset: i };
          continue;
        }
        if (pendingSpace) {
          emit(' ', pendingSpace.node, pendingSpace.offset);
          pendingSpace = null;
        }
        emit(data[i]!, node, i);
      }
    }
  }
  return { text: parts.join(''), map: createMap(segments) };
}

function createMap(segments: Segment[]): OffsetMap {
  const byNode = new Map<Text, Segment[]>();
  for (const segment of segments) {
    const list = byNode.get(segment.node);
    if (list) list.push(segment);
    else byNode.set(segment.node, [segment]);
  }
  const originalData = new Map<Text, string>([...byNode.keys()].map((node) => [node, node.data]));

  const textOffsetIn = (node: Text, offset: number): number => {
    const list = byNode.get(node);
    if (!list) return -1;
    let best = list[0]!.start;
    for (const segment of list) {
      const index = lastAtMost(segment.offsets, offset);
      if (index >= 0) best = segment.start + index + (segment.offsets[index]! < offset ? 1 : 0);
    }
    return best;
  };

  return {
    rangesFor(start, end) {
      const ranges: Range[] = [];
      for (let i = Math.max(0, firstEndingAfter(segments, start)); i < segments.length; i++) {
        const segment = segments[i]!;
        if (segment.start >= end) break;
        const from = Math.max(start, segment.start) - segment.start;
        const to = Math.min(end, segment.start + segment.offsets.length) - segment.start;
        if (to <= from) continue;
        const domStart = segment.offsets[from]!;
        // A line break's space maps to the end of the text before it: nothing to cover there.
        const domEnd = Math.min(segment.offsets[to - 1]! + 1, segment.node.length);
        if (domEnd <= domStart) continue;
        const range = segment.node.ownerDocument.createRange();
        range.setStart(segment.node, domStart);
        range.setEnd(segment.node, domEnd);
        ranges.push(range);
      }
      return ranges;
    },
    offsetOf(node, offset) {
      if (node.nodeType === 3) return textOffsetIn(node as Text, offset);
      const child = node.childNodes[offset];
      const text = child ? firstTextIn(child) : null;
      return text ? textOffsetIn(text, 0) : -1;
    },
    isValid() {
      for (const [node, data] of originalData) if (!node.isConnected || node.data !== data) return false;
      return true;
    },
  };
}

/** Index of the last value ≤ target in an ascending array, or -1. */
function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Index of the first segment whose end lies after `offset` (segments are in text order). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (segment.start + segment.offsets.length <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstTextIn(node: Node): Text | null {
  if (node.nodeType === 3) return node as Text;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const text = firstTextIn(child);
    if (text) return text;
  }
  return null;
}
