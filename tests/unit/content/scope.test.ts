import { describe, expect, it } from 'vitest';
import { highlightScope, scopeSelector, stylesReachInside } from '../../../src/content/paint/scope';
import { page } from './article/helpers';

describe('the highlight rules\' scope selector', () => {
  it('names the element by its tag chain from the root, with no position or class', () => {
    const doc = page('<div class="wrap"><main><article class="story"><p>Text</p></article></main></div>');
    const article = doc.querySelector('article')!;
    expect(scopeSelector(article)).toBe('html > body > div > main > article');
    expect([...doc.querySelectorAll(scopeSelector(article))]).toEqual([article]);
  });

  it('starts at the nearest ancestor with an id, or at the element itself when it has one', () => {
    const doc = page('<div id="content"><main><article><p>Text</p></article></main></div><section id="story"><p>Text</p></section>');
    expect(scopeSelector(doc.querySelector('article')!)).toBe('div#content > main > article');
    expect(scopeSelector(doc.querySelector('section')!)).toBe('section#story');
  });

  it('passes over an id that an earlier element also has, which would not find this one', () => {
    const doc = page('<p id="x">Teaser</p><div><article id="x"><p>Text</p></article></div>');
    expect(scopeSelector(doc.querySelector('article')!)).toBe('html > body > div > article');
  });

  it('escapes an id that is no plain identifier, and the selector still finds the element', () => {
    const doc = page('<div id="main:1"><article><p>Text</p></article></div>');
    const article = doc.querySelector('article')!;
    expect(scopeSelector(article)).toBe('div#main\\:1 > article');
    expect(doc.querySelector(scopeSelector(article))).toBe(article);
  });

  it('keeps matching when the page inserts elements around the article or changes its classes', () => {
    const doc = page('<div><article class="story"><p>Text</p></article></div>');
    const article = doc.querySelector('article')!;
    const selector = scopeSelector(article);
    doc.body.prepend(doc.createElement('div'));
    article.before(doc.createElement('aside'));
    article.className = 'story is-sticky';
    expect([...doc.querySelectorAll(selector)]).toContain(article);
  });
});

/** The article of `doc`, where getElementsByTagName('*') answers as in browsers (linkedom's does not take '*'). */
function countableArticle(doc: Document): Element {
  for (const node of [doc, doc.querySelector('article')!]) {
    const byTag = node.getElementsByTagName.bind(node);
    node.getElementsByTagName = ((name: string) => (name === '*' ? node.querySelectorAll('*') : byTag(name))) as typeof node.getElementsByTagName;
  }
  return doc.querySelector('article')!;
}

describe('where the highlight rules apply', () => {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/${i}">Topic ${i}</a></li>`).join('');

  it('without highlight inheritance: the article and everything in it where it is a small part of the page, else the whole page', () => {
    expect(highlightScope(countableArticle(page(`<nav><ul>${links}</ul></nav><article><p>One</p><p>Two</p></article>`)), false))
      .toEqual({ selector: 'html > body > article', inherited: false });
    expect(highlightScope(countableArticle(page('<header>Site</header><article><p>One</p><p>Two</p></article>')), false)).toBeNull();
  });

  it('with highlight inheritance: the article element alone, on any page', () => {
    for (const body of [`<nav><ul>${links}</ul></nav><article><p>One</p></article>`, '<article><p>One</p></article>']) {
      expect(highlightScope(countableArticle(page(body)), true)).toEqual({ selector: 'html > body > article', inherited: true });
    }
  });

  it('takes highlights for not inheriting where no element inside the scope can be asked', () => {
    expect(stylesReachInside(null, 'whosaid-active')).toBe(false);
  });
});
