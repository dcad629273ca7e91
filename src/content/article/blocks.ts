/**
 * Stage 1 of the article finder: one read-only walk over the live DOM that cuts
 * the page into blocks — runs of inline text between two block-level boundaries,
 * i.e. paragraphs, list items, headings, table cells — remembering for each its
 * text nodes (for the offset map), its containing block element (for scoring),
 * its link text (for link density) and the page-furniture ancestors it sits in.
 */
import {
  BLOCK_TAGS, FURNITURE_ROLES, FURNITURE_TAGS, FURNITURE_WORDS, HEADING_TAGS, POSITIVE_WORDS, QUOTE_WORDS, SKIPPED_TAGS,
  WEAK_FURNITURE_WORDS,
} from './constants';
import { wordsOfClassAndId } from './class-words';
import { walkAttributes, type WalkAttributes } from './attributes';
import { normalizeSpace, visibleLength } from './whitespace';
import { STEPS_BETWEEN_PAUSES, type Steps } from '../slices';

/** A chain of furniture ancestors, innermost first. */
export interface FurnitureChain {
  element: Element;
  outer: FurnitureChain | null;
}

export interface Block {
  /** Text nodes in document order, including whitespace-only ones between inline elements; null for a line break (<br>). */
  nodes: (Text | null)[];
  /** Nearest block-level ancestor. */
  container: Element;
  /** Whitespace-normalised text. */
  text: string;
  /** Non-space characters, in all text and in link text. */
  chars: number;
  linkChars: number;
  /** Inside an h2–h6 heading. */
  heading: boolean;
  /** Page-furniture ancestors (navigation, comments, captions…); null when there are none. */
  furniture: FurnitureChain | null;
}

interface Frame {
  container: Element;
  furniture: FurnitureChain | null;
  link: boolean;
  heading: boolean;
  /** Inside a block quote or pull quote, whose attribution line is part of it. */
  quote: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Cuts the subtree of `root` into blocks, in document order; may pause between nodes (see ../slices). */
export function* collectBlocks(root: Element): Steps<Block[]> {
  const blocks: Block[] = [];
  let open: Block | null = null;
  /** <br> elements since the last visible text: two in a row end a paragraph, one is a line break inside it. */
  let breaks = 0;
  let frame: Frame = { container: root, furniture: null, link: false, heading: false, quote: false };
  const stack: Frame[] = [];

  const close = () => {
    breaks = 0;
    if (!open) return;
    open.text = normalizeSpace(open.nodes.map((node) => (node ? node.data : ' ')).join(''));
    if (open.text) blocks.push(open);
    open = null;
  };
  const addText = (node: Text) => {
    const chars = visibleLength(node.data);
    if (!open) {
      if (chars === 0) return;
      open = { nodes: [], container: frame.container, text: '', chars: 0, linkChars: 0, heading: frame.heading, furniture: frame.furniture };
    }
    open.nodes.push(node);
    if (chars > 0) breaks = 0;
    open.chars += chars;
    if (frame.link) open.linkChars += chars;
  };
  const lineBreak = () => {
    if (++breaks > 1) close();
    else open?.nodes.push(null);
  };
  const enter = (element: Element, tag: string, block: boolean, attributes: WalkAttributes) => {
    stack.push(frame);
    const words = wordsOfClassAndId(attributes.className, attributes.id);
    const quote = frame.quote || tag === 'blockquote' || words.some((word) => QUOTE_WORDS.has(word));
    frame = {
      container: block ? element : frame.container,
      furniture: isFurniture(tag, attributes.role, words, quote) ? { element, outer: frame.furniture } : frame.furniture,
      link: frame.link || tag === 'a',
      heading: frame.heading || (HEADING_TAGS.has(tag) && tag !== 'h1'),
      quote,
    };
  };
  const leave = (element: Element) => {
    if (isBlock(element.localName)) close();
    frame = stack.pop() ?? frame;
  };

  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % STEPS_BETWEEN_PAUSES === 0) yield;
    const type = node.nodeType;
    if (type === TEXT_NODE) addText(node as Text);
    else if (type === ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.localName;
      if (tag === 'br') lineBreak();
      else if (!SKIPPED_TAGS.has(tag)) {
        const attributes = walkAttributes(element);
        const shown = !isHidden(attributes) && !isEditable(attributes);
        const block = shown && isBlock(tag);
        if (block) close();
        if (shown && element.firstChild) {
          enter(element, tag, block, attributes);
          node = element.firstChild;
          continue;
        }
      }
    }
    node = nextNode(node, root, leave);
  }
  close();
  return blocks;
}

/** The next node in document order after `node`'s subtree, leaving the elements climbed out of. */
function nextNode(node: Node, root: Element, leave: (element: Element) => void): Node | null {
  let current: Node = node;
  while (!current.nextSibling) {
    const parent = current.parentNode;
    if (!parent || parent === root) return null;
    leave(parent as Element);
    current = parent;
  }
  return current.nextSibling;
}

function isBlock(tag: string): boolean {
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

/**
 * Hidden by attribute or inline style (stylesheets are not consulted, so Node and
 * browsers agree). aria-hidden counts too, as in Readability: while a modal dialog
 * hides the page that way there is nothing to read, and watch.ts looks again when it goes.
 */
function isHidden({ hidden, ariaHidden, style }: WalkAttributes): boolean {
  if (hidden || ariaHidden === 'true') return true;
  if (!style || !style.includes('none') && !style.includes('hidden')) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** The values of `contenteditable` that make an element editable (the HTML standard's states). */
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/**
 * An editable region (a comment box, a rich-text editor, a draft) holds what the reader types, not
 * the article: reading it would paint the reader's own words and analyse again at every key press.
 */
function isEditable({ contentEditable }: WalkAttributes): boolean {
  return contentEditable !== null && EDITABLE_VALUES.has(contentEditable.trim().toLowerCase());
}

/**
 * Page furniture by tag, role or class words. A quote is never furniture, and
 * inside one only the strong signs count: its <footer> or "author" line is the
 * quote's attribution.
 */
function isFurniture(tag: string, role: string | null, words: readonly string[], inQuote: boolean): boolean {
  if (tag === 'blockquote' || words.some((word) => QUOTE_WORDS.has(word))) return false;
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (words.some((word) => FURNITURE_WORDS.has(word))) return true;
  if (inQuote) return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  return words.some((word) => WEAK_FURNITURE_WORDS.has(word)) && !words.some((word) => POSITIVE_WORDS.has(word));
}
