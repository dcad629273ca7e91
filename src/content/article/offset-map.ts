/**
 * The text↔DOM offset map: the analysed text is built here from live text nodes
 * (whitespace collapsed, paragraphs joined by a blank line), and every run of
 * characters remembers the text node and offset it came from. Parser spans then map back to
 * DOM ranges — one per run inside one text node — and DOM points (hit-testing) map
 * to text offsets. Nothing is written to the page.
 */
import { isSpace } from './whitespace';
import { STEPS_BETWEEN_PAUSES, type Steps } from '../slices';
import { firstWhere } from '../../shared/first-where';

/** The plain space (U+0020): between two words it needs no collapsing. */
const SPACE = 32;

export interface OffsetMap {
  /** DOM ranges covering text [start, end), one per contiguous run inside one text node (never spanning skipped DOM content). */
  rangesFor(start: number, end: number): Range[];
  /** Text offset of a DOM point (for hit-testing), or -1 when it is outside the article. */
  offsetOf(node: Node, offset: number): number;
  /** False once a mapped text node was removed or its data changed (then re-analyse). */
  isValid(): boolean;
  /** The nearest element holding every mapped text node now (the highlights' scope), or null when none does. */
  commonAncestor(): Element | null;
}

/**
 * Text [start, start + length) comes from `node` at [nodeStart, nodeStart + length):
 * a run that maps one to one. Collapsed whitespace and node changes start a new run.
 */
interface Segment {
  start: number;
  node: Text;
  nodeStart: number;
  length: number;
}

/** Between two paragraphs of the article text: a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Joins paragraphs into the article text and its offset map. A paragraph is a list
 * of text nodes, with null for a line break: it reads as a space, mapped to the
 * end of the text before it. May pause between text nodes (see ../slices).
 */
export function* buildText(paragraphs: readonly (readonly (Text | null)[])[]): Steps<{ text: string; map: OffsetMap }> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let visited = 0;
  const emit = (piece: string, node: Text, nodeStart: number) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === length) {
      last.length += piece.length;
    } else {
      segments.push({ start: length, node, nodeStart, length: piece.length });
    }
    parts.push(piece);
    length += piece.length;
  };

  for (const nodes of paragraphs) {
    if (length > 0) {
      parts.push(PARAGRAPH_SEPARATOR);
      length += PARAGRAPH_SEPARATOR.length;
    }
    const paragraphStart = length;
    let pendingSpace: { node: Text; offset: number } | null = null;
    let previous: Text | null = null;
    for (const node of nodes) {
      if (++visited % STEPS_BETWEEN_PAUSES === 0) yield;
      if (!node) {
        if (!pendingSpace && previous && length > paragraphStart) pendingSpace = { node: previous, offset: previous.data.length };
        continue;
      }
      previous = node;
      const data = node.data;
      // Text that reads as it stands (words joined by single spaces) is copied in one piece, [stretch, stretchEnd).
      let stretch = -1;
      let stretchEnd = -1;
      const flush = () => {
        if (stretch < 0) return;
        emit(data.slice(stretch, stretchEnd), node, stretch);
        stretch = -1;
      };
      let i = 0;
      while (i < data.length) {
        const space = isSpace(data.charCodeAt(i));
        let j = i + 1;
        while (j < data.length && isSpace(data.charCodeAt(j)) === space) j++;
        if (!space) {
          if (stretch < 0) {
            if (pendingSpace) emit(' ', pendingSpace.node, pendingSpace.offset);
            pendingSpace = null;
            stretch = i;
          }
          stretchEnd = j;
        } else if (!(stretch >= 0 && j === i + 1 && j < data.length && data.charCodeAt(i) === SPACE)) {
          // Whitespace that collapses, or ends the node: it becomes one pending space.
          flush();
          if (!pendingSpace && length > paragraphStart) pendingSpace = { node, offset: i };
        }
        i = j;
      }
      flush();
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
      if (segment.nodeStart > offset) break;
      best = segment.start + Math.min(offset - segment.nodeStart, segment.length);
    }
    return best;
  };

  return {
    rangesFor(start, end) {
      const ranges: Range[] = [];
      let lastNode: Text | null = null;
      for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
        const segment = segments[i]!;
        if (segment.start >= end) break;
        const from = Math.max(start, segment.start) - segment.start;
        const to = Math.min(end, segment.start + segment.length) - segment.start;
        const domStart = segment.nodeStart + from;
        // A line break's space maps to the end of the text before it: nothing to cover there.
        const domEnd = Math.min(segment.nodeStart + to, segment.node.length);
        if (domEnd <= domStart) continue;
        if (segment.node === lastNode) {
          // Runs of one node are split only by collapsed whitespace: one range covers them.
          ranges[ranges.length - 1]!.setEnd(segment.node, domEnd);
          continue;
        }
        const range = segment.node.ownerDocument.createRange();
        range.setStart(segment.node, domStart);
        range.setEnd(segment.node, domEnd);
        ranges.push(range);
        lastNode = segment.node;
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
    commonAncestor() {
      let ancestor: Element | null | undefined;
      for (const node of byNode.keys()) {
        ancestor ??= node.parentElement;
        while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
        if (!ancestor) return null;
      }
      return ancestor ?? null;
    },
  };
}

/** Index of the first segment whose end lies after `offset` (segments are in text order). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  return firstWhere(segments.length, (i) => segments[i]!.start + segments[i]!.length > offset);
}

function firstTextIn(node: Node): Text | null {
  if (node.nodeType === 3) return node as Text;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const text = firstTextIn(child);
    if (text) return text;
  }
  return null;
}
