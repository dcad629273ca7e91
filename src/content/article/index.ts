/**
 * The article finder: pure DOM code, read-only, that runs on the live page in the
 * content script and on a linkedom Document in the CLI. Stages:
 *   1. blocks      — cut the page into paragraphs, noting page furniture;
 *   2. root        — choose the article's elements by Readability-style scoring;
 *   3. boilerplate — drop teasers, captions, link lists, bylines inside the article;
 *   4. offset map  — build the text and map it back to the live text nodes.
 * Pages that do not hold an article are reported, not guessed at.
 * The stages are written as pausable steps: the content script runs them in
 * slices that keep the page responsive on long articles, Node all at once.
 */
import { collectBlocks, type Block } from './blocks';
import { articleBlocks, withoutFurniture } from './boilerplate';
import { buildText, type OffsetMap } from './offset-map';
import { notArticleReason } from './page-kind';
import { chooseArticleElements } from './root';
import { runNow, runSliced, type Steps } from '../slices';

export type { OffsetMap } from './offset-map';

export type ArticleResult =
  | { kind: 'article'; text: string; map: OffsetMap; title?: string }
  | { kind: 'not-article'; reason: string };

/** At once: for Node, where no page waits. */
export function findArticle(doc: Document): ArticleResult {
  return runNow(articleSteps(doc));
}

/** In slices that give the page its main thread back in between (content script); `taskStart`: see runSliced. */
export function findArticleSliced(doc: Document, taskStart?: number): Promise<ArticleResult> {
  return runSliced(articleSteps(doc), undefined, taskStart);
}

/**
 * The document types that are web pages. A feed, an SVG image or any other XML document shown on
 * its own is not: Chromium's XML viewer even builds a body around a hidden copy of the source.
 * (A Node DOM may not know its type: it is then taken for what the CLI gave it, HTML.)
 */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function* articleSteps(doc: Document): Steps<ArticleResult> {
  const type = doc.contentType as string | undefined;
  if (type && !PAGE_TYPES.has(type)) return { kind: 'not-article', reason: `a ${type} document, not a web page` };
  const body = doc.body;
  if (!body) return { kind: 'not-article', reason: 'the page has no body' };
  const prose = withoutFurniture(yield* collectBlocks(body));
  yield;
  const members = new Set(yield* chooseArticleElements(prose, body));
  yield;
  const { blocks, teaserLines } = articleBlocks(prose.filter((block) => isInside(block, members)));
  yield;
  const verdict = notArticleReason(doc, blocks, teaserLines);
  if (verdict) return { kind: 'not-article', reason: verdict };
  yield;
  const { text, map } = yield* buildText(blocks.map((block) => block.nodes));
  const title = articleTitle(doc);
  return title ? { kind: 'article', text, map, title } : { kind: 'article', text, map };
}

function isInside(block: Block, members: ReadonlySet<Element>): boolean {
  for (let element: Element | null = block.container; element; element = element.parentElement) {
    if (members.has(element)) return true;
  }
  return false;
}

/** The headline: the page's Open Graph title, else its only h1, else the document title. */
function articleTitle(doc: Document): string | undefined {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const headings = doc.querySelectorAll('h1');
  const heading = headings.length === 1 ? headings[0]?.textContent?.trim() : undefined;
  return heading || doc.title.trim() || undefined;
}
