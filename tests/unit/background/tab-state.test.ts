import { describe, expect, it } from 'vitest';
import { badgeText, idleState, TabStore, type SessionArea } from '../../../src/background/tab-state';
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
    const restarted = new TabStore(session);
    expect((await restarted.get(1))?.analysis).toEqual(ANALYSIS);
    expect((await restarted.get(2))?.status).toBe('not-article');
    expect(await restarted.get(3)).toBeNull();
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
