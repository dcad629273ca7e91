import { describe, expect, it } from 'vitest';
import { classWords } from '../../../../src/content/article/class-words';
import { page } from './helpers';

const wordsOf = (attributes: string) => classWords(page(`<div ${attributes}></div>`).querySelector('div')!);

describe('classWords', () => {
  it('splits class and id names at separators and camelCase humps, in lower case', () => {
    expect(wordsOf('class="article-body shareButtons ad_slot_2" id="mainContent"')).toEqual([
      'article', 'body', 'share', 'buttons', 'ad', 'slot', '2', 'main', 'content',
    ]);
  });

  it('keeps words whole, so "shadow" and "header" contain no "ad"', () => {
    expect(wordsOf('class="shadow header BBCNews"')).toEqual(['shadow', 'header', 'bbcnews']);
  });

  it('gives nothing for an element without class or id', () => {
    expect(wordsOf('')).toEqual([]);
  });
});
