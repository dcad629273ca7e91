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

/** Runs a task later, once the current one (answering a page, say) is over. */
export type Defer = (task: () => void) => void;

export class TabStore {
  private readonly states = new Map<number, TabState>();
  /** States not yet mirrored to the session, by tab: only a tab's newest state is written. */
  private readonly unmirrored = new Map<number, TabState>();
  /** The session writes and removals, one after the other. */
  private writes: Promise<void> = Promise.resolve();
  /** The write of `unmirrored`, while it waits for its turn (`defer`). */
  private scheduled: Promise<void> | null = null;

  /**
   * `defer`: when the session copy is written. Not at once: writing copies the
   * whole state, a long article's analysis and text included (20–50 ms for
   * 30,000 words), and the page waiting for that analysis would wait for it too.
   */
  constructor(private readonly session: SessionArea | null, private readonly defer: Defer = (task) => setTimeout(task, 0)) {}

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

  /** Stores `state` for the tab (in memory now, in the session soon after) and returns it. */
  set(tabId: number, state: TabState): TabState {
    this.states.set(tabId, state);
    if (!this.session) return state;
    this.unmirrored.set(tabId, state);
    this.scheduled ??= new Promise((resolve) => this.defer(() => {
      this.scheduled = null;
      resolve(this.writeUnmirrored());
    }));
    return state;
  }

  /** Applies `change` to the tab's state (an idle state for `url` if there is none). */
  async update(tabId: number, url: string, change: Partial<TabState>): Promise<TabState> {
    const current = (await this.get(tabId)) ?? idleState(url);
    return this.set(tabId, { ...current, ...change });
  }

  delete(tabId: number): Promise<void> {
    this.states.delete(tabId);
    this.unmirrored.delete(tabId);
    const session = this.session;
    if (!session) return Promise.resolve();
    // After any write of it already under way.
    this.writes = this.writes.then(() => session.remove(key(tabId)).catch(() => undefined));
    return this.writes;
  }

  /** Settles once every state stored so far is in the session (or could not be). */
  async mirrored(): Promise<void> {
    await this.scheduled;
    await this.writes;
  }

  private writeUnmirrored(): Promise<void> {
    const session = this.session!;
    const batch = [...this.unmirrored];
    this.unmirrored.clear();
    this.writes = this.writes.then(async () => {
      for (const [tabId, state] of batch) {
        // Not a tab deleted since (closed), nor a state replaced since: its successor is in a later batch.
        if (this.states.get(tabId) !== state) continue;
        try {
          await session.set({ [key(tabId)]: state });
        } catch {
          // Over the session quota (a huge article): the in-memory copy still serves.
          await session.remove(key(tabId)).catch(() => undefined);
        }
      }
    });
    return this.writes;
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
