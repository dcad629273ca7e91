/**
 * The CLI's article extraction: parse HTML with linkedom (fast, no layout) and run
 * the same article finder as the content script on it.
 */
import { createRequire } from 'node:module';
import { findArticle } from '../content/article';

/**
 * linkedom, loaded on the first page parsed: most runs read plain text, and loading its
 * modules at start-up cost every CLI run, and every batch thread, about 150 ms
 * (`whosaid --version` took 0.32 s with it, 0.17 s without).
 */
let linkedom: typeof import('linkedom') | null = null;

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
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(repaired).document as unknown as Document;
}

export function extractArticle(html: string): { text: string; title?: string } | { error: string } {
  const result = findArticle(parseDocument(html));
  if (result.kind === 'not-article') return { error: `not an article: ${result.reason}` };
  return result.title ? { text: result.text, title: result.title } : { text: result.text };
}
