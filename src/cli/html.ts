/**
 * The CLI's article extraction: parse HTML with linkedom (fast, no layout) and run
 * the same article finder as the content script on it.
 */
import { parseHTML } from 'linkedom';
import { findArticle } from '../content/article';

/**
 * Parses an HTML page into a Document the article finder can read, filling gaps
 * of linkedom's parser where browsers follow the HTML spec: markup without
 * <html> or <body> elements gets them (else linkedom leaves the body empty), and
 * <head> tags after the body starts are ignored (else linkedom moves the body into them).
 */
export function parseDocument(html: string): Document {
  const hasBody = /<body[\s>]/i.test(html);
  const complete = /<html[\s>]/i.test(html) ? html : `<!doctype html><html>${hasBody ? html : `<body>${html}</body>`}</html>`;
  const bodyStart = complete.search(/<body[\s>]/i);
  const repaired = bodyStart < 0
    ? complete
    : complete.slice(0, bodyStart) + complete.slice(bodyStart).replace(/<\/?head(?:\s[^>]*)?>/gi, '');
  return parseHTML(repaired).document as unknown as Document;
}

export function extractArticle(html: string): { text: string; title?: string } | { error: string } {
  const result = findArticle(parseDocument(html));
  if (result.kind === 'not-article') return { error: `not an article: ${result.reason}` };
  return result.title ? { text: result.text, title: result.title } : { text: result.text };
}
