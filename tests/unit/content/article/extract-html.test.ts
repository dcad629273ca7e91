import { describe, expect, it } from 'vitest';
import { extractArticle, parseDocument } from '../../../../src/cli/html';
import { fixture, PROSE, PROSE_HTML } from './helpers';

describe('extractArticle (the CLI path, on linkedom)', () => {
  it('returns the article text and title of a news page', () => {
    const result = extractArticle(fixture('news-article.html'));
    expect(result).toMatchObject({ title: 'Harbour bridge reopens after repairs' });
    expect('text' in result && result.text.startsWith('The Harbour Bridge reopened on Monday')).toBe(true);
  });

  it('returns an error message for a page that is not an article', () => {
    expect(extractArticle(fixture('home-page.html'))).toEqual({ error: 'not an article: a list of links to other pages' });
  });

  it('reads a fragment without <html> or <body>, as browsers do', () => {
    expect(extractArticle(`<article>${PROSE_HTML}</article>`)).toEqual({ text: PROSE.join('\n\n') });
  });
});

describe('parseDocument', () => {
  it('ignores a <head> tag inside the body, as browsers do', () => {
    const doc = parseDocument(`<html><head></head><body><div id="before">x</div><head><meta charset="utf-8"></head><article>${PROSE_HTML}</article></body></html>`);
    expect(doc.body.querySelectorAll('p')).toHaveLength(PROSE.length);
  });
});
