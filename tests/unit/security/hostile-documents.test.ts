/**
 * The article finder on the kinds of document that the e2e hostile pages put in front of the
 * content script (tests/e2e/security/pages): editable regions are never read as the article, and
 * a document that is not a web page (a feed, an SVG image) is no article at all.
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/content/article';
import { articleText, page, PROSE, PROSE_HTML } from '../content/article/helpers';

const DRAFT = '"I typed this quote myself and it must not be painted," said the reader, who was writing a long letter to the editor about the ferry.';

describe('the article finder on hostile documents', () => {
  it.each(['', 'true', 'TRUE', 'plaintext-only'])('leaves out a region with contenteditable="%s"', (value) => {
    const text = articleText(page(`<article>${PROSE_HTML}<div contenteditable="${value}"><p>${DRAFT}</p></div></article>`));
    expect(text).toBe(PROSE.join('\n\n'));
  });

  it('reads a region whose contenteditable is "false", which is not editable', () => {
    const text = articleText(page(`<article>${PROSE_HTML}<div contenteditable="false"><p>${DRAFT}</p></div></article>`));
    expect(text).toContain(DRAFT);
  });

  it('finds no article in a whole-article editor', () => {
    expect(findArticle(page(`<article contenteditable="true">${PROSE_HTML}</article>`)).kind).toBe('not-article');
  });

  it.each(['application/xml', 'image/svg+xml', 'application/pdf'])('finds no article in a %s document, even with a body', (type) => {
    const doc = page(`<article>${PROSE_HTML}</article>`);
    Object.defineProperty(doc, 'contentType', { value: type });
    expect(findArticle(doc)).toEqual({ kind: 'not-article', reason: `a ${type} document, not a web page` });
  });

  it.each(['text/html', 'application/xhtml+xml'])('reads a %s document', (type) => {
    const doc = page(`<article>${PROSE_HTML}</article>`);
    Object.defineProperty(doc, 'contentType', { value: type });
    expect(findArticle(doc).kind).toBe('article');
  });
});
