import { describe, expect, it } from 'vitest';
import { badgeText, idleState, removedQuotes, TabStore, type SessionArea } from '../../../src/background/tab-state';
import { isTabState } from '../../../src/shared/messages';
import type { Analysis } from '../../../src/shared/analysis';
import { ANALYSIS } from '../shared/locale';

class FakeSession implements SessionArea {
  data: Record<string, unknown> = {};
  failWrites = false;
  async get(key: string) { return key in this.data ? { [key]: structuredClone(this.data[key]) } : {}; }
  async set(items: Record<string, unknown>) {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    Object.assign(this.data, structuredClone(items));
  }
  async remove(key: string) { delete this.data[key]; }
}

describe('per-tab state', () => {
  it('is kept per tab and survives a restart of the background through session storage', async () => {
    const session = new FakeSession();
    const store = new TabStore(session);
    await store.update(1, 'https://a.example/', { status: 'done', analysis: ANALYSIS });
    await store.update(2, 'https://b.example/', { status: 'not-article', reason: 'too short' });
    await store.mirrored();
    const restarted = new TabStore(session);
    expect((await restarted.get(1))?.analysis).toEqual(ANALYSIS);
    expect((await restarted.get(2))?.status).toBe('not-article');
    expect(await restarted.get(3)).toBeNull();
  });

  it('answers from memory at once and writes the session copy later, only the newest state of each tab', async () => {
    const session = new FakeSession();
    const writes: string[] = [];
    const set = session.set.bind(session);
    session.set = async (items) => { writes.push(...Object.keys(items)); return set(items); };
    const deferred: Array<() => void> = [];
    const store = new TabStore(session, (task) => deferred.push(task));
    store.set(1, { ...idleState('https://a.example/'), status: 'analysing' });
    await store.update(1, 'https://a.example/', { status: 'done', analysis: ANALYSIS });
    store.set(2, idleState('https://b.example/'));
    expect((await store.get(1))?.status).toBe('done');
    expect(writes).toEqual([]);
    expect(deferred).toHaveLength(1);
    deferred[0]();
    await store.mirrored();
    expect(writes).toEqual(['tab-1', 'tab-2']);
    expect((session.data['tab-1'] as { status: string }).status).toBe('done');
  });

  it('does not write back a tab deleted before its copy was written', async () => {
    const session = new FakeSession();
    const deferred: Array<() => void> = [];
    const store = new TabStore(session, (task) => deferred.push(task));
    store.set(1, idleState('https://a.example/'));
    await store.delete(1);
    deferred[0]();
    await store.mirrored();
    expect(session.data).toEqual({});
  });

  it('updates merge into the existing state', async () => {
    const store = new TabStore(null);
    await store.update(1, 'https://a.example/', { status: 'analysing' });
    const state = await store.update(1, 'https://ignored.example/', { unanchored: { quotes: [2], entities: [] } });
    expect(state).toEqual({ ...idleState('https://a.example/'), status: 'analysing', unanchored: { quotes: [2], entities: [] } });
  });

  it('ignores corrupt session data and keeps working when the session is full', async () => {
    const session = new FakeSession();
    session.data['tab-5'] = { status: 'hacked' };
    const store = new TabStore(session);
    expect(await store.get(5)).toBeNull();
    session.failWrites = true;
    await store.update(6, 'https://a.example/', { status: 'done', analysis: ANALYSIS });
    await store.mirrored();
    expect((await store.get(6))?.status).toBe('done');
    await store.delete(6);
    expect(await store.get(6)).toBeNull();
  });
});

describe('the badge', () => {
  it('shows the number of quotes once the page is analysed', () => {
    expect(badgeText({ ...idleState(''), status: 'done', analysis: ANALYSIS })).toBe('6');
    expect(badgeText({ ...idleState(''), status: 'done', analysis: { ...ANALYSIS, quotes: [] } })).toBe('0');
    expect(badgeText({ ...idleState(''), status: 'analysing' })).toBe('');
    expect(badgeText({ ...idleState(''), status: 'not-article' })).toBe('');
  });
});

describe('quotes a re-render removed', () => {
  const URL = 'https://a.example/story';
  const done = { ...idleState(URL), status: 'done' as const, analysis: ANALYSIS };
  /** The sample's text without the quotes at `indexes`, analysed again: it finds the other quotes where they now are. */
  const without = (...indexes: number[]): Analysis => {
    let text = ANALYSIS.text;
    for (const index of indexes) text = text.replace(ANALYSIS.quotes[index].text, '');
    const quotes = ANALYSIS.quotes.filter((_, index) => !indexes.includes(index)).map((quote) => {
      const start = text.indexOf(quote.text);
      return { start, end: start + quote.text.length, text: quote.text, kind: quote.kind, speaker: null, cue: null };
    });
    return { text, quotes, entities: [] };
  };

  it('lists the quotes whose words the new text lacks, on their own, with kind and speaker', () => {
    const removed = removedQuotes(done, URL, without(0, 5));
    expect(removed).toEqual([
      { start: 0, end: 25, text: '“We will build the wall,”', kind: 'direct', speaker: { name: 'Jane Doe' }, cue: null },
      { start: 0, end: 18, text: '“Nobody asked us.”', kind: 'direct', speaker: null, cue: null },
    ]);
    // The popup takes them: their offsets are into their own text.
    expect(isTabState({ ...done, analysis: without(0, 5), removedQuotes: removed })).toBe(true);
  });

  it('keeps them through later analyses of the same URL, until their words come back', () => {
    const afterEdit = { ...done, analysis: without(0), removedQuotes: removedQuotes(done, URL, without(0)) };
    const afterSecondEdit = removedQuotes(afterEdit, URL, without(0, 3));
    expect(afterSecondEdit.map((quote) => quote.text)).toEqual(['“We will build the wall,”', 'the cost would rise']);
    expect(removedQuotes({ ...afterEdit, analysis: without(0, 3), removedQuotes: afterSecondEdit }, URL, ANALYSIS)).toEqual([]);
  });

  it('starts afresh on another URL, and keeps an anonymous speaker anonymous', () => {
    expect(removedQuotes(done, 'https://a.example/other', without(0))).toEqual([]);
    expect(removedQuotes(null, URL, without(0))).toEqual([]);
    expect(removedQuotes(done, URL, without(3))[0].speaker).toEqual({ name: 'Officials', anonymous: true });
  });
});
