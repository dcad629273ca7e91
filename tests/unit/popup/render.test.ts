import { resolveObjectURL } from 'node:buffer';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderState } from '../../../src/popup/render';
import { idleState } from '../../../src/background/tab-state';
import type { TabState } from '../../../src/shared/messages';
import { ANALYSIS, t } from '../shared/locale';

const saved = globalThis.document;
beforeAll(() => {
  globalThis.document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
});
afterAll(() => {
  globalThis.document = saved;
});

const done: TabState = { ...idleState('https://news.example/a'), status: 'done', title: 'A', analysis: ANALYSIS, unanchored: { quotes: [5], entities: [] } };

describe('the popup view', () => {
  it('shows a clear message for each state without an analysis', () => {
    const noop = { jump() {}, copy() {} };
    expect(renderState({ ...done, status: 'analysing' }, t, noop).textContent).toBe('Analysing this page…');
    expect(renderState({ ...done, status: 'disabled' }, t, noop).textContent).toBe('Whosaid is off on this site.');
    expect(renderState({ ...done, status: 'not-article', reason: 'only 1 paragraph' }, t, noop).textContent)
      .toBe('No article found on this page.only 1 paragraph');
    expect(renderState({ ...done, status: 'not-english' }, t, noop).textContent).toBe('This article is not in English. Whosaid reads English news only.');
    expect(renderState({ ...done, status: 'error' }, t, noop).textContent).toBe('Whosaid cannot run on this page.');
  });

  it('lists the summary, speakers with quotes, entities and items not found, with working buttons', () => {
    const jumps: string[] = [];
    const copies: string[] = [];
    const view = renderState(done, t, { jump: (kind, index) => jumps.push(`${kind}:${index}`), copy: (text) => copies.push(text) });
    expect(view.querySelector('.summary')!.textContent).toBe('6 quotes from 2 named and 1 anonymous sources.');
    const headings = [...view.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Speakers', 'People', 'Names in this article', 'Not found on this page', 'Export']);
    expect(view.querySelector('.speakers h3')!.textContent).toBe('Jane Doe · 3 quotes');
    (view.querySelector('.quotes button.jump') as HTMLButtonElement).click();
    (view.querySelector('.quotes button.copy') as HTMLButtonElement).click();
    expect(jumps).toEqual(['quote:0']);
    expect(copies).toEqual(['“We will build the wall,” — Jane Doe, https://news.example/a']);
    expect(view.querySelector('.not-found')!.textContent).toBe('“Nobody asked us.” — Unattributed');
  });

  it('gives each entity its descriptions from the article, each with the sentence it came from', () => {
    const sentence = ANALYSIS.text.slice(0, ANALYSIS.text.indexOf('Ellery.') + 'Ellery.'.length);
    const doe = { ...ANALYSIS.entities[0], descriptionSources: [{ start: 0, end: sentence.length, text: sentence }] };
    const analysis = { ...ANALYSIS, entities: [doe, ...ANALYSIS.entities.slice(1)] };
    const view = renderState({ ...done, analysis }, t, { jump() {}, copy() {} });
    const button = [...view.querySelectorAll('button.jump')].find((candidate) => candidate.textContent === 'Jane Doe (2)')!;
    const descriptions = button.parentElement!.querySelector('ul.descriptions')!;
    expect([...descriptions.children].map((item) => item.firstChild!.textContent)).toEqual(['the mayor of Port Ellery']);
    expect(descriptions.querySelector('q.source')!.textContent).toBe(sentence);
    // Without sources (an older analysis) the description stands alone; an entity without descriptions has no list.
    const plain = renderState(done, t, { jump() {}, copy() {} });
    expect(plain.querySelector('ul.descriptions')!.textContent).toBe('the mayor of Port Ellery');
    expect(plain.querySelector('q.source')).toBeNull();
    const place = [...plain.querySelectorAll('button.jump')].find((candidate) => candidate.textContent === 'Port Ellery (1)')!;
    expect(place.parentElement!.querySelector('ul.descriptions')).toBeNull();
  });

  it('offers the exports as blob links whose files hold the analysis', async () => {
    const view = renderState(done, t, { jump() {}, copy() {} });
    const links = [...view.querySelectorAll('a.export')] as HTMLAnchorElement[];
    expect(links.map((link) => link.getAttribute('download'))).toEqual(['whosaid-news.example.md', 'whosaid-news.example.csv', 'whosaid-news.example.json']);
    const json = JSON.parse(await resolveObjectURL(links[2].getAttribute('href')!)!.text());
    expect(json.quotes).toHaveLength(ANALYSIS.quotes.length);
    expect(await resolveObjectURL(links[0].getAttribute('href')!)!.text()).toContain('## Jane Doe');
  });
});
