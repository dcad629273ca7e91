/**
 * Stage 3 of the article finder: tell page furniture from article body, block by
 * block. Furniture ancestors (found while walking) exclude their blocks unless
 * they hold most of the page's prose (then they wrap the page). Inside the
 * article, teaser lines, captions, link lists and the byline and date lines above
 * the first sentence go too.
 */
import type { Block } from './blocks';
import { LIMITS, NEVER_WRAPPER_ROLES, NEVER_WRAPPER_TAGS } from './constants';
import phrases from './boilerplate-phrases.json';

/** The blocks that are not inside page furniture. Prose is measured without link text: menus are long too. */
export function withoutFurniture(blocks: readonly Block[]): Block[] {
  const proseByFurniture = new Map<Element, number>();
  let prose = 0;
  for (const block of blocks) {
    if (block.chars < LIMITS.scoredParagraphChars) continue;
    const ownText = block.chars - block.linkChars;
    prose += ownText;
    for (let link = block.furniture; link; link = link.outer) {
      proseByFurniture.set(link.element, (proseByFurniture.get(link.element) ?? 0) + ownText);
    }
  }
  const isWrapper = (element: Element) =>
    !NEVER_WRAPPER_TAGS.has(element.localName) &&
    !NEVER_WRAPPER_ROLES.has(element.getAttribute('role') ?? '') &&
    (proseByFurniture.get(element) ?? 0) > prose * LIMITS.furnitureVetoShare;
  return blocks.filter((block) => {
    for (let link = block.furniture; link; link = link.outer) if (!isWrapper(link.element)) return false;
    return true;
  });
}

/**
 * The article's own blocks, in reading order, without teasers, captions, link
 * lists and the metadata lines above the first sentence; also how many
 * link-dense teaser lines were dropped.
 */
export function articleBlocks(blocks: readonly Block[]): { blocks: Block[]; teaserLines: number } {
  const kept: Block[] = [];
  let teaserLines = 0;
  let leadLines = 0;
  for (const block of blocks) {
    if (isLinkDense(block)) {
      if (block.chars >= LIMITS.scoredParagraphChars) teaserLines++;
      continue;
    }
    if (isFurnitureLine(block)) continue;
    if (kept.length === 0 && leadLines++ < LIMITS.maxLeadMetadataLines && isLeadMetadata(block)) continue;
    kept.push(block);
  }
  return { blocks: kept, teaserLines };
}

/** Above the first sentence of the article: a standfirst heading, a byline, a date, a photo counter. */
function isLeadMetadata(block: Block): boolean {
  return block.heading || (block.chars < LIMITS.leadMetadataChars && !endsLikeSentence(block.text));
}

/** A paragraph of running prose: long enough and ending like a sentence, or long like preformatted text. */
export function isBodyParagraph(block: Block): boolean {
  if (block.heading || block.chars < LIMITS.bodyParagraphChars) return false;
  return block.chars >= LIMITS.longParagraphChars || endsLikeSentence(block.text);
}

const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', '。']);

function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && CLOSING_MARKS.has(text[end]!)) end--;
  return end >= 0 && SENTENCE_ENDS.has(text[end]!);
}

function withoutTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Mostly link text: a teaser or a link list. A block that ends like a sentence may link more of its words. */
function isLinkDense(block: Block): boolean {
  const limit = endsLikeSentence(block.text) ? LIMITS.maxSentenceLinkDensity : LIMITS.maxLinkDensity;
  return block.linkChars > block.chars * limit;
}

const WHOLE_LINES: ReadonlySet<string> = new Set(phrases.wholeLines);

function isFurnitureLine(block: Block): boolean {
  const lower = block.text.toLowerCase();
  if (WHOLE_LINES.has(withoutTrailing(lower, '.:!'))) return true;
  if (phrases.linePrefixes.some((prefix) => lower.startsWith(prefix))) return true;
  if (phrases.captionPrefixes.some((prefix) => lower.startsWith(prefix))) return true;
  return endsWithCredit(lower);
}

/** "Protesters gathered on Sunday (Image: GETTY)": a caption with its photo credit. */
function endsWithCredit(lower: string): boolean {
  if (!lower.endsWith(')')) return false;
  const open = lower.lastIndexOf('(');
  if (open < 0) return false;
  const inner = lower.slice(open + 1).trimStart();
  return phrases.creditPrefixes.some((prefix) => inner.startsWith(prefix));
}
