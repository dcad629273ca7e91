/**
 * What the background knows about each tab (status, analysis, items not found
 * in the page). Kept in memory and mirrored to `storage.session` where the
 * browser has it, because Chrome's service worker and Firefox's event page are
 * stopped when idle and must pick up where they left off. Session storage is
 * cleared when the browser closes; nothing here reaches the disk.
 */
import type { Analysis, Quote } from '../shared/analysis';
import type { TabState } from '../shared/messages';
import { isTabState } from '../shared/messages';

/** The subset of a `storage.session` area this store uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function idleState(url: string): TabState {
  return { status: 'idle', url, unanchored: { quotes: [], entities: [] } };
}

export class TabStore {
  private readonly states = new Map<number, TabState>();

  constructor(private readonly session: SessionArea | null) {}

  async get(tabId: number): Promise<TabState | null> {
    const known = this.states.get(tabId);
    if (known || !this.session) return known ?? null;
    try {
      const stored = (await this.session.get(key(tabId)))[key(tabId)];
      if (!isTabState(stored)) return null;
      this.states.set(tabId, stored);
      return stored;
    } catch {
      return null;
    }
  }

  /** Stores `state` for the tab and returns it. */
  async set(tabId: number, state: TabState): Promise<TabState> {
    this.states.set(tabId, state);
    try {
      await this.session?.set({ [key(tabId)]: state });
    } catch {
      // Over the session quota (a huge article): the in-memory copy still serves.
      await this.session?.remove(key(tabId)).catch(() => undefined);
    }
    return state;
  }

  /** Applies `change` to the tab's state (an idle state for `url` if there is none). */
  async update(tabId: number, url: string, change: Partial<TabState>): Promise<TabState> {
    const current = (await this.get(tabId)) ?? idleState(url);
    return this.set(tabId, { ...current, ...change });
  }

  async delete(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await this.session?.remove(key(tabId)).catch(() => undefined);
  }
}

function key(tabId: number): string {
  return `tab-${tabId}`;
}

/** The toolbar badge: the number of quotes once a page is analysed, nothing otherwise. */
export function badgeText(state: TabState): string {
  if (state.status !== 'done' || !state.analysis) return '';
  const count = state.analysis.quotes.length;
  return count > 999 ? '999+' : String(count);
}

/**
 * The quotes that earlier analyses of `url` found and whose words the page's text, as `analysis`
 * read it, no longer has: a re-render took them out. They stay listed (as not found on this page)
 * until the tab goes to another URL, and leave the list if their words come back.
 */
export function removedQuotes(previous: TabState | null, url: string, analysis: Analysis): Quote[] {
  if (!previous || previous.url !== url) return [];
  const earlier = [...(previous.removedQuotes ?? []), ...(previous.analysis?.quotes ?? []).map(standalone)];
  const removed = new Map<string, Quote>();
  for (const quote of earlier) {
    if (!removed.has(quote.text) && !analysis.text.includes(quote.text)) removed.set(quote.text, quote);
  }
  return [...removed.values()];
}

/** A quote cut loose from the text it came from: its words, kind and speaker's name, no offsets into that text. */
function standalone(quote: Quote): Quote {
  const speaker = quote.speaker && { name: quote.speaker.name, ...(quote.speaker.anonymous ? { anonymous: true } : {}) };
  return { start: 0, end: quote.text.length, text: quote.text, kind: quote.kind, speaker, cue: null };
}
