/**
 * The background's message handling. Every message is checked before it acts:
 * the sender must be this extension, the message must pass its validator, and
 * each kind must come from the right place (page-side messages from a tab's
 * content script, control messages from the extension's own pages). A web page
 * can neither start an analysis nor read a result.
 *
 * The browser APIs arrive as `Deps`, so this module is tested with fakes.
 */
import type { Analysis } from '../shared/analysis';
import {
  httpOriginOf, parseToBackground, type AnalyzeResponse, type SiteView, type StateResponse, type TabState, type ToBackground,
} from '../shared/messages';
import { siteChoice, withSiteChoice, type Stored } from '../shared/settings';
import { idleState, removedQuotes, type TabStore } from './tab-state';
import { bareSpans } from '../shared/bare-spans';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface Deps {
  extensionId: string;
  /** The extension's own base URL ("chrome-extension://id/"): control messages come from pages under it. */
  extensionUrl: string;
  store: TabStore;
  analyze(text: string): Analysis;
  underlineSupported(): Promise<boolean>;
  loadStored(): Promise<Stored>;
  saveStored(stored: Stored): Promise<void>;
  clearStored(): Promise<void>;
  tabUrl(tabId: number): Promise<string | undefined>;
  injectContentScript(tabId: number): Promise<void>;
  insertCss(tabId: number, frameId: number, css: string, remove: boolean): Promise<void>;
  hasPermission(pattern: string): Promise<boolean>;
  syncRegistrations(stored: Stored): Promise<void>;
  /** Badge and popup broadcast for a changed tab state; sent once the current task is over. */
  published(tabId: number, state: TabState): void;
  log(where: string, message: string): void;
}

/** Why an analysis failed, short enough for the tab state and the log. */
function failureOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 500) : 'analysis failed';
}

/** Resolves in a later task: whatever was queued for after the current one runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const PAGE_MESSAGES = new Set<ToBackground['type']>(['analyze', 'preview', 'page-status', 'unanchored', 'insert-css', 'remove-css']);

export function createHandler(deps: Deps) {
  const publish = async (tabId: number, url: string, change: Partial<TabState>) => {
    const state = await deps.store.update(tabId, url, change);
    deps.published(tabId, state);
    return state;
  };

  /** Replaces the tab's whole state, where publish merges a change into it. */
  const publishAnew = (tabId: number, state: TabState) => {
    deps.published(tabId, deps.store.set(tabId, state));
  };

  const siteView = (stored: Stored, url: string): SiteView => {
    const origin = httpOriginOf(url);
    return { origin, ...siteChoice(stored, origin) };
  };

  const stateResponse = async (tabId: number): Promise<StateResponse> => {
    const url = (await deps.tabUrl(tabId)) ?? '';
    const known = await deps.store.get(tabId);
    const state = known && (!url || known.url === url) ? known : idleState(url);
    return { state, site: siteView(await deps.loadStored(), url || state.url) };
  };

  /** The answer to `analyze` and `preview`. */
  const answer = async (analysis: Analysis): Promise<AnalyzeResponse> =>
    ({ ok: true, analysis: bareSpans(analysis), underlineSupported: await deps.underlineSupported() });

  async function fromPage(message: ToBackground, tabId: number, frameId: number, url: string): Promise<unknown> {
    switch (message.type) {
      case 'analyze': {
        const before = await deps.store.get(tabId);
        await publish(tabId, message.url, { status: 'analysing', url: message.url, title: message.title, analysis: undefined, reason: undefined });
        // The popup hears of it before the parser holds the thread (publishing sends once the current task is over).
        await nextTask();
        try {
          const analysis = deps.analyze(message.text);
          const removed = removedQuotes(before, message.url, analysis);
          // Stored and broadcast after this answer has gone: the page is waiting to paint.
          await publish(tabId, message.url, { status: 'done', analysis, unanchored: { quotes: [], entities: [] }, removedQuotes: removed });
          return await answer(analysis);
        } catch (error) {
          const reason = failureOf(error);
          deps.log('analyze', reason);
          await publish(tabId, message.url, { status: 'error', reason });
          return { ok: false, error: reason } satisfies AnalyzeResponse;
        }
      }
      case 'preview':
        try {
          return await answer(deps.analyze(message.text));
        } catch (error) {
          // The whole article's analysis comes next, and records and reports its own outcome.
          return { ok: false, error: failureOf(error) } satisfies AnalyzeResponse;
        }
      case 'page-status':
        // The page's own URL, not the sender's: that stays the one the document loaded with, whatever pushState did since.
        await publish(tabId, message.url, { status: message.status, reason: message.reason, analysis: undefined, url: message.url });
        return true;
      case 'unanchored':
        await publish(tabId, url, { unanchored: { quotes: message.quotes, entities: message.entities } });
        return true;
      case 'insert-css':
      case 'remove-css':
        try {
          await deps.insertCss(tabId, frameId, message.css, message.type === 'remove-css');
          return true;
        } catch {
          return false;
        }
      default:
        return undefined;
    }
  }

  async function analyzeTab(tabId: number): Promise<StateResponse> {
    const current = await stateResponse(tabId);
    const { state, site } = current;
    if (!site.enabled) {
      await publish(tabId, state.url, { status: 'disabled', analysis: undefined, url: state.url });
      return stateResponse(tabId);
    }
    if (state.status === 'analysing' || state.status === 'done') return current;
    // Everything stored is replaced: it may be about the URL the tab had before pushState, which this run answers for.
    publishAnew(tabId, { ...idleState(state.url), status: 'analysing' });
    try {
      await deps.injectContentScript(tabId);
    } catch (error) {
      deps.log('inject', error instanceof Error ? error.message : String(error));
      await publish(tabId, state.url, { status: 'error', reason: 'cannot-run' });
    }
    return stateResponse(tabId);
  }

  async function fromExtension(message: ToBackground): Promise<unknown> {
    switch (message.type) {
      case 'get-state':
        return stateResponse(message.tabId);
      case 'analyze-tab':
        return analyzeTab(message.tabId);
      case 'set-site-enabled': {
        const url = (await deps.tabUrl(message.tabId)) ?? '';
        const origin = httpOriginOf(url);
        if (!origin) return stateResponse(message.tabId);
        await deps.saveStored(withSiteChoice(await deps.loadStored(), origin, { enabled: message.enabled }));
        if (!message.enabled) {
          // The content script sees the change in storage and removes itself.
          await publish(message.tabId, url, { status: 'disabled', analysis: undefined, url });
          return stateResponse(message.tabId);
        }
        await publish(message.tabId, url, { status: 'idle', url });
        return analyzeTab(message.tabId);
      }
      case 'set-always-run': {
        const stored = withSiteChoice(await deps.loadStored(), message.origin, { alwaysRun: message.enabled });
        await deps.saveStored(stored);
        await deps.syncRegistrations(stored);
        return true;
      }
      case 'forget-everything': {
        await deps.clearStored();
        await deps.syncRegistrations(await deps.loadStored());
        return true;
      }
      default:
        return undefined;
    }
  }

  /** The `runtime.onMessage` listener body: a response, or undefined for "not for me". */
  return async function handle(raw: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== deps.extensionId) return undefined;
    const message = parseToBackground(raw);
    if (!message) {
      deps.log('message', `rejected a malformed message from ${sender.url ?? 'an unknown sender'}`);
      return undefined;
    }
    if (message.type === 'log') {
      // Any of our own contexts (content script, popup, options page) may report an error.
      deps.log(message.where, message.message);
      return true;
    }
    const tabId = sender.tab?.id;
    if (PAGE_MESSAGES.has(message.type)) {
      if (tabId === undefined || tabId < 0) return undefined;
      return fromPage(message, tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '');
    }
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(deps.extensionUrl);
    return fromOwnPage ? fromExtension(message) : undefined;
  };
}
