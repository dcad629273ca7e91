import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchArticle } from '../../../../src/content/article/watch';
import { page, PROSE, PROSE_HTML } from './helpers';

const EXTRA = '<p>A second phase, with a school and a park, will follow if the first one stays on budget, the mayor added.</p>';

describe('watchArticle', () => {
  let stop = () => {};
  const reasons: string[] = [];
  const start = (doc: Document) => {
    stop = watchArticle(doc, (reason) => reasons.push(reason));
  };
  /** Lets the MutationObserver deliver, then the quiet period pass. */
  const settle = () => vi.advanceTimersByTimeAsync(1_000);

  beforeEach(() => {
    vi.useFakeTimers();
    reasons.length = 0;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('reports "stable" once a late-rendered article has arrived', async () => {
    const doc = page('<div id="app">Loading…</div>');
    start(doc);
    doc.getElementById('app')!.innerHTML = `<article>${PROSE_HTML}</article>`;
    await settle();
    expect(reasons).toEqual(['stable']);
  });

  it('reports "grown" when a "read more" section adds paragraphs', async () => {
    const doc = page(`<article>${PROSE_HTML}<div id="more"></div></article>`);
    start(doc);
    doc.getElementById('more')!.innerHTML = EXTRA;
    await settle();
    expect(reasons).toEqual(['grown']);
  });

  it('reports "grown" when paragraphs are added in the middle of the article', async () => {
    const doc = page(`<article><p>${PROSE[0]}</p><div id="more"></div><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`);
    start(doc);
    doc.getElementById('more')!.innerHTML = EXTRA;
    await settle();
    expect(reasons).toEqual(['grown']);
  });

  it('reports "grown" when a hidden "read more" section is shown', async () => {
    const doc = page(`<article>${PROSE_HTML}<div id="more" hidden>${EXTRA}</div></article>`);
    start(doc);
    doc.getElementById('more')!.removeAttribute('hidden');
    await settle();
    expect(reasons).toEqual(['grown']);
  });

  it('reports "stable" when a dialog closes and the page is no longer aria-hidden', async () => {
    const doc = page(`<div id="page" aria-hidden="true"><article>${PROSE_HTML}</article></div><div id="dialog" role="dialog">Accept cookies?</div>`);
    start(doc);
    doc.getElementById('dialog')!.remove();
    doc.getElementById('page')!.removeAttribute('aria-hidden');
    await settle();
    expect(reasons).toEqual(['stable']);
  });

  it('reports "rerendered" when the same text is rendered into new nodes', async () => {
    const doc = page(`<article id="story">${PROSE_HTML}</article>`);
    start(doc);
    doc.getElementById('story')!.innerHTML = PROSE_HTML;
    await settle();
    expect(reasons).toEqual(['rerendered']);
  });

  it('reports "changed" when the article is replaced by another', async () => {
    const doc = page(`<article id="story">${PROSE_HTML}</article>`);
    start(doc);
    doc.getElementById('story')!.innerHTML = [...PROSE].reverse().map((p) => `<p>${p}</p>`).join('');
    await settle();
    expect(reasons).toEqual(['changed']);
  });

  it('stays quiet when the page changes outside the article', async () => {
    const doc = page(`<article>${PROSE_HTML}</article><div id="ticker"></div>`);
    start(doc);
    for (let i = 0; i < 5; i++) {
      doc.getElementById('ticker')!.textContent = `Tick ${i}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    doc.body.append(doc.createElement('whosaid-tooltip'));
    await settle();
    expect(reasons).toEqual([]);
  });

  it('tells the caller when a look found the same article in the same nodes, which the page may have moved', async () => {
    const doc = page(`<main><article>${PROSE_HTML}</article></main>`);
    let unchanged = 0;
    stop = watchArticle(doc, (reason) => reasons.push(reason), { onUnchanged: () => unchanged++ });
    const article = doc.querySelector('article')!;
    const wrapper = doc.createElement('div');
    doc.querySelector('main')!.replaceWith(wrapper);
    wrapper.append(article);
    await settle();
    expect(reasons).toEqual([]);
    expect(unchanged).toBe(1);
  });

  it('waits for a busy page to go quiet, but not for ever', async () => {
    const doc = page(`<article>${PROSE_HTML}<div id="more"></div></article><div id="clock"></div>`);
    start(doc);
    doc.getElementById('more')!.innerHTML = EXTRA;
    for (let i = 0; i < 10; i++) {
      doc.getElementById('clock')!.textContent = String(i);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(reasons).toEqual(['grown']);
  });

  it('reports "navigated" when the URL changes without an event (pushState)', async () => {
    const doc = page(`<article>${PROSE_HTML}</article>`);
    const location = { href: 'http://127.0.0.1/story-1' };
    Object.defineProperty(doc, 'location', { value: location, configurable: true });
    start(doc);
    location.href = 'http://127.0.0.1/story-2';
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reasons).toEqual(['navigated']);
  });

  it('measures from the starting point it is given, and ignores the caller\'s own nodes', async () => {
    const doc = page(`<article>${PROSE_HTML}</article>`);
    stop = watchArticle(doc, (reason) => reasons.push(reason), {
      initial: Promise.resolve({ kind: 'not-article', reason: 'still loading' }),
      isOwnNode: (node) => node.nodeName.toLowerCase() === 'whosaid-card',
    });
    doc.documentElement.append(doc.createElement('whosaid-card'));
    await settle();
    expect(reasons).toEqual([]);
    doc.body.append(doc.createElement('div'));
    await settle();
    expect(reasons).toEqual(['stable']);
  });

  it('reports nothing after it is stopped', async () => {
    const doc = page(`<article>${PROSE_HTML}<div id="more"></div></article>`);
    start(doc);
    stop();
    doc.getElementById('more')!.innerHTML = EXTRA;
    await settle();
    expect(reasons).toEqual([]);
  });
});
