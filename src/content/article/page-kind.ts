/**
 * Is this page an article at all? Home pages, section fronts, search results and
 * web apps have no article body: the finder leaves them alone rather than paint a
 * list of teasers. A page needs enough running prose and few teaser lines, unless
 * it declares itself an article (Open Graph type, schema.org JSON-LD or
 * microdata) and has some body text. The URL is no evidence: a local article may
 * well be served at "/".
 */
import type { Block } from './blocks';
import { isBodyParagraph } from './boilerplate';
import { ARTICLE_TYPES, LIMITS } from './constants';

/** Why the page is not an article, or null when `blocks` (the article's blocks) make one. */
export function notArticleReason(doc: Document, blocks: readonly Block[], teaserLines: number): string | null {
  const chars = blocks.reduce((sum, block) => sum + block.chars, 0);
  const reason = proseReason(blocks, chars, teaserLines);
  if (!reason) return null;
  // Checked last: reading structured data is the slow part on big pages.
  if (chars >= LIMITS.minDeclaredArticleChars && declaresArticle(doc)) return null;
  return reason;
}

function proseReason(blocks: readonly Block[], chars: number, teaserLines: number): string | null {
  const paragraphs = blocks.filter(isBodyParagraph).length;
  if (teaserLines > Math.max(paragraphs, 1) * LIMITS.maxTeasersPerParagraph) return 'a list of links to other pages';
  if (chars < LIMITS.minArticleChars) return `too little running text (${chars} characters) for an article`;
  if (paragraphs < LIMITS.minBodyParagraphs) return 'no paragraph of running text';
  return null;
}

function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  for (const element of Array.from(doc.querySelectorAll('[itemtype]'))) {
    if (isArticleType(lastPathPart(element.getAttribute('itemtype') ?? ''))) return true;
  }
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    if (jsonLdTypes(script.textContent ?? '').some(isArticleType)) return true;
  }
  return false;
}

function isArticleType(type: string): boolean {
  return type.endsWith('Article') || ARTICLE_TYPES.has(type);
}

function lastPathPart(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1).trim();
}

/** Every `@type` in a JSON-LD block (top level, `@graph` items and one level of nesting are enough). */
function jsonLdTypes(source: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return [];
  }
  const types: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(lastPathPart(type));
    else if (Array.isArray(type)) for (const item of type) if (typeof item === 'string') types.push(lastPathPart(item));
    visit(record['@graph'], depth + 1);
  };
  visit(data, 0);
  return types;
}
