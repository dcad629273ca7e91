import { describe, expect, it } from 'vitest';
import { findArticle, findArticleSliced, type OffsetMap } from '../../../../src/content/article';
import { page, PROSE } from './helpers';

/** linkedom's Range cannot set boundaries: record them with a stand-in that has the same two methods. */
interface RecordedRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}
function recordRanges(doc: Document): void {
  doc.createRange = () => {
    const range = {
      setStart(node: Node, offset: number) { Object.assign(range, { startContainer: node, startOffset: offset }); },
      setEnd(node: Node, offset: number) { Object.assign(range, { endContainer: node, endOffset: offset }); },
    };
    return range as unknown as Range;
  };
}
const covered = (ranges: Range[]) => (ranges as unknown as RecordedRange[]).map((range) => {
  expect(range.endContainer).toBe(range.startContainer);
  return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
});

function mapped(body: string): { doc: Document; text: string; map: OffsetMap } {
  const doc = page(body);
  recordRanges(doc);
  const result = findArticle(doc);
  if (result.kind !== 'article') throw new Error(result.reason);
  return { doc, text: result.text, map: result.map };
}

const ARTICLE = `<article><p>The  mayor <b>said</b> <i>"we will build"</i> on Tuesday, after a long debate that lasted all year.</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`;

describe('OffsetMap.rangesFor', () => {
  it('covers a span inside one text node with one range', () => {
    const { text, map } = mapped(ARTICLE);
    const start = text.indexOf('Opponents');
    expect(covered(map.rangesFor(start, start + 'Opponents said'.length))).toEqual(['Opponents said']);
  });

  it('splits a span across inline elements into one range per text node', () => {
    const { text, map } = mapped(ARTICLE);
    const start = text.indexOf('mayor');
    const end = text.indexOf('build') + 'build'.length;
    expect(text.slice(start, end)).toBe('mayor said "we will build');
    expect(covered(map.rangesFor(start, end))).toEqual(['mayor ', 'said', ' ', '"we will build']);
  });

  it('covers a span across paragraphs without the blank line between them', () => {
    const { text, map } = mapped(ARTICLE);
    const start = text.indexOf('all year.');
    const end = text.indexOf('Opponents') + 'Opponents'.length;
    expect(covered(map.rangesFor(start, end))).toEqual(['all year.', 'Opponents']);
  });

  it('maps collapsed whitespace back to the original run', () => {
    const { text, map } = mapped(ARTICLE);
    expect(text.startsWith('The mayor said')).toBe(true);
    expect(covered(map.rangesFor(0, 'The mayor'.length))).toEqual(['The  mayor']);
  });

  it('maps the space that stands for a <br> to nothing, and the words around it to their nodes', () => {
    const { text, map } = mapped(`<article><p>${PROSE[0]}<br>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`);
    const start = text.indexOf('year.');
    const end = text.indexOf('Opponents') + 'Opponents'.length;
    expect(text.slice(start, end)).toBe('year. Opponents');
    expect(covered(map.rangesFor(start, end))).toEqual(['year.', 'Opponents']);
    expect(map.rangesFor(start + 'year.'.length, start + 'year. '.length)).toEqual([]);
  });

  it('returns no range for an empty span or one outside the text', () => {
    const { text, map } = mapped(ARTICLE);
    expect(map.rangesFor(5, 5)).toEqual([]);
    expect(map.rangesFor(text.length, text.length + 10)).toEqual([]);
  });
});

describe('OffsetMap.offsetOf', () => {
  it('maps a point in a text node to the text offset, and back through rangesFor', () => {
    const { doc, text, map } = mapped(ARTICLE);
    const bold = doc.querySelector('b')!.firstChild!;
    const offset = map.offsetOf(bold, 2);
    expect(text.slice(offset, offset + 2)).toBe('id');
  });

  it('maps an element point to the first text inside the child it points at', () => {
    const { doc, text, map } = mapped(ARTICLE);
    const paragraph = doc.querySelectorAll('p')[1]!;
    expect(map.offsetOf(paragraph, 0)).toBe(text.indexOf('Opponents'));
  });

  it('gives -1 outside the article', () => {
    const { doc, map } = mapped(`${ARTICLE}<footer>Contact the newsroom</footer>`);
    expect(map.offsetOf(doc.querySelector('footer')!.firstChild!, 0)).toBe(-1);
  });
});

describe('OffsetMap.isValid', () => {
  it('holds until a mapped text node changes or leaves the page', () => {
    const { doc, map } = mapped(ARTICLE);
    expect(map.isValid()).toBe(true);
    doc.body.append(doc.createElement('div'));
    expect(map.isValid()).toBe(true);
    (doc.querySelector('b')!.firstChild as Text).data = 'told';
    expect(map.isValid()).toBe(false);
  });

  it('turns false when a mapped paragraph is removed', () => {
    const { doc, map } = mapped(ARTICLE);
    doc.querySelectorAll('p')[2]!.remove();
    expect(map.isValid()).toBe(false);
  });
});

describe('OffsetMap.commonAncestor', () => {
  it('is the nearest element holding every mapped text node, and follows the nodes where the page moves them', () => {
    const { doc, map } = mapped(`<nav><a href="/">Home</a></nav><div id="page"><main>${ARTICLE}</main></div>`);
    expect(map.commonAncestor()).toBe(doc.querySelector('article'));
    doc.querySelector('main')!.append(doc.querySelectorAll('p')[2]!);
    expect(map.commonAncestor()).toBe(doc.querySelector('main'));
  });

  it('is null once a mapped text node has left the page', () => {
    const { doc, map } = mapped(ARTICLE);
    doc.querySelectorAll('p')[1]!.firstChild!.remove();
    expect(map.commonAncestor()).toBeNull();
  });
});

describe('the article text', () => {
  it('keeps single spaces where they stand and collapses other whitespace, across text nodes', () => {
    const { text, map } = mapped(`<article><p>Ann said \u00a0 it <b> twice </b>, then  left\n at noon and went home after the long meeting ended.</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`);
    expect(text.startsWith('Ann said it twice , then left at noon and went home')).toBe(true);
    const start = text.indexOf('said');
    expect(covered(map.rangesFor(start, text.indexOf('left') + 'left'.length))).toEqual(['said \u00a0 it ', 'twice ', ', then  left']);
  });

  it('is the same text when found in slices', async () => {
    const doc = page(`<article>${Array.from({ length: 300 }, (_, i) => `<p>${PROSE[i % PROSE.length]}</p>`).join('')}</article>`);
    const now = findArticle(doc);
    const sliced = await findArticleSliced(doc);
    expect(now.kind).toBe('article');
    expect(sliced.kind === 'article' && now.kind === 'article' && sliced.text === now.text).toBe(true);
  });
});

