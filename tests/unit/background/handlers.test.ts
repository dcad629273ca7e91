import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type Deps, type Sender } from '../../../src/background/handlers';
import { TabStore } from '../../../src/background/tab-state';
import { bareSpans } from '../../../src/shared/bare-spans';
import { parseAnalyzeResponse } from '../../../src/shared/messages';
import { defaultStored, withSiteChoice, type Stored } from '../../../src/shared/settings';
import type { TabState } from '../../../src/shared/messages';
import { ANALYSIS } from '../shared/locale';

const ID = 'whosaid-id';
const BASE = 'chrome-extension://whosaid-id/';
const PAGE_URL = 'https://news.example/story';
const fromContent: Sender = { id: ID, url: PAGE_URL, tab: { id: 7, url: PAGE_URL }, frameId: 0 };
const fromPopup: Sender = { id: ID, url: `${BASE}popup/index.html` };

function setup() {
  let stored: Stored = defaultStored();
  const calls = { analyze: 0, inject: [] as number[], css: [] as string[], published: [] as Array<[number, TabState]>, synced: 0, logs: [] as string[] };
  const deps: Deps = {
    extensionId: ID,
    extensionUrl: BASE,
    store: new TabStore(null),
    analyze: (text) => {
      calls.analyze++;
      if (text === 'explode') throw new Error('parser failed');
      return { ...ANALYSIS, text };
    },
    underlineSupported: async () => true,
    loadStored: async () => stored,
    saveStored: async (next) => { stored = next; },
    clearStored: async () => { stored = defaultStored(); },
    tabUrl: async () => PAGE_URL,
    injectContentScript: async (tabId) => { calls.inject.push(tabId); },
    insertCss: async (_tab, _frame, css, remove) => { calls.css.push(`${remove ? '-' : '+'}${css}`); },
    hasPermission: async () => true,
    syncRegistrations: async () => { calls.synced++; },
    published: (tabId, state) => calls.published.push([tabId, state]),
    log: (where, message) => calls.logs.push(`${where}: ${message}`),
  };
  return { handle: createHandler(deps), calls, deps, stored: () => stored };
}

describe('background message handling', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => { env = setup(); });

  it('analyses text from a content script and records the result for the tab', async () => {
    const response = await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL, title: 'Story' }, fromContent);
    // The page has the text it sent: only the findings go back, as bare spans it makes whole again.
    expect(response).toEqual({ ok: true, analysis: bareSpans(ANALYSIS), underlineSupported: true });
    expect(parseAnalyzeResponse(response, ANALYSIS.text)?.analysis).toEqual(ANALYSIS);
    const state = await env.deps.store.get(7);
    expect(state?.status).toBe('done');
    expect(state?.title).toBe('Story');
    expect(env.calls.published.map(([, s]) => s.status)).toEqual(['analysing', 'done']);
  });

  it('analyses a preview of the part in view without recording anything for the tab', async () => {
    const response = await env.handle({ type: 'preview', text: ANALYSIS.text }, fromContent);
    expect(parseAnalyzeResponse(response, ANALYSIS.text)?.analysis).toEqual(ANALYSIS);
    expect(await env.deps.store.get(7)).toBeNull();
    expect(env.calls.published).toEqual([]);
    expect(await env.handle({ type: 'preview', text: 'explode' }, fromContent)).toEqual({ ok: false, error: 'parser failed' });
    expect(await env.handle({ type: 'preview', text: ANALYSIS.text }, fromPopup)).toBeUndefined();
  });

  it('ignores other extensions, malformed messages and page-side messages without a tab', async () => {
    expect(await env.handle({ type: 'analyze', text: 'x', url: PAGE_URL }, { ...fromContent, id: 'evil' })).toBeUndefined();
    expect(await env.handle({ type: 'analyze', text: 7, url: PAGE_URL }, fromContent)).toBeUndefined();
    expect(await env.handle({ type: 'analyze', text: 'x', url: PAGE_URL }, fromPopup)).toBeUndefined();
    expect(env.calls.analyze).toBe(0);
    expect(env.calls.logs.some((line) => line.includes('malformed'))).toBe(true);
  });

  it('does not let a content script use control messages', async () => {
    expect(await env.handle({ type: 'get-state', tabId: 7 }, fromContent)).toBeUndefined();
    expect(await env.handle({ type: 'set-site-enabled', tabId: 7, enabled: false }, fromContent)).toBeUndefined();
    expect(await env.handle({ type: 'forget-everything' }, fromContent)).toBeUndefined();
  });

  it('reports parser failures as an error state instead of throwing', async () => {
    expect(await env.handle({ type: 'analyze', text: 'explode', url: PAGE_URL }, fromContent)).toEqual({ ok: false, error: 'parser failed' });
    expect((await env.deps.store.get(7))?.status).toBe('error');
  });

  it('injects the content script when the popup opens on a new tab, once', async () => {
    const first = await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup) as { state: TabState };
    expect(env.calls.inject).toEqual([7]);
    expect(first.state.status).toBe('analysing');
    await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup);
    expect(env.calls.inject).toEqual([7]);
  });

  it('does not run on a site the user switched off', async () => {
    await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL }, fromContent);
    const off = await env.handle({ type: 'set-site-enabled', tabId: 7, enabled: false }, fromPopup) as { state: TabState; site: { enabled: boolean } };
    expect(off.state.status).toBe('disabled');
    expect(off.site.enabled).toBe(false);
    expect(env.stored().sites['https://news.example']).toEqual({ enabled: false, alwaysRun: false });
    await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup);
    expect(env.calls.inject).toEqual([]);
    const on = await env.handle({ type: 'set-site-enabled', tabId: 7, enabled: true }, fromPopup) as { state: TabState };
    expect(env.calls.inject).toEqual([7]);
    expect(on.state.status).toBe('analysing');
  });

  it('keeps "not found on this page" items and page status', async () => {
    await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL }, fromContent);
    await env.handle({ type: 'unanchored', quotes: [1], entities: [2] }, fromContent);
    const { state } = await env.handle({ type: 'get-state', tabId: 7 }, fromPopup) as { state: TabState };
    expect(state.unanchored).toEqual({ quotes: [1], entities: [2] });
    await env.handle({ type: 'page-status', status: 'not-article', reason: 'only 1 paragraph', url: PAGE_URL }, fromContent);
    expect((await env.deps.store.get(7))?.status).toBe('not-article');
  });

  it('lists the quotes a re-render took out of the page until the tab goes to another URL', async () => {
    const lost = ANALYSIS.quotes[0].text;
    await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL }, fromContent);
    await env.handle({ type: 'analyze', text: ANALYSIS.text.replace(lost, ''), url: PAGE_URL }, fromContent);
    expect((await env.deps.store.get(7))?.removedQuotes?.map((quote) => quote.text)).toEqual([lost]);
    await env.handle({ type: 'analyze', text: ANALYSIS.text.replace(lost, ''), url: `${PAGE_URL}/next` }, fromContent);
    expect((await env.deps.store.get(7))?.removedQuotes).toEqual([]);
  });

  describe('after pushState (the sender URL stays the one the document loaded with)', () => {
    const SECTION_URL = `${PAGE_URL}?section=science`;
    beforeEach(async () => {
      await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL }, fromContent);
      env.deps.tabUrl = async () => SECTION_URL;
    });

    it('keeps a page status under the URL the content script reports', async () => {
      await env.handle({ type: 'page-status', status: 'not-article', reason: 'a list of links', url: SECTION_URL }, fromContent);
      const { state } = await env.handle({ type: 'get-state', tabId: 7 }, fromPopup) as { state: TabState };
      expect(state).toMatchObject({ status: 'not-article', url: SECTION_URL, reason: 'a list of links' });
    });

    it('does not show the analysis of the URL before it', async () => {
      const { state } = await env.handle({ type: 'get-state', tabId: 7 }, fromPopup) as { state: TabState };
      expect(state).toMatchObject({ status: 'idle', url: SECTION_URL });
      expect(state.analysis).toBeUndefined();
    });

    it('answers the popup with what the script it injects reports for the new URL', async () => {
      env.deps.injectContentScript = async () => {
        env.calls.inject.push(7);
        await env.handle({ type: 'page-status', status: 'not-article', reason: 'a list of links', url: SECTION_URL }, fromContent);
      };
      const { state } = await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup) as { state: TabState };
      expect(env.calls.inject).toEqual([7]);
      expect(state).toMatchObject({ status: 'not-article', url: SECTION_URL });
    });

    it('marks the new URL as being analysed, dropping the old analysis and title, while the script runs', async () => {
      await env.handle({ type: 'analyze', text: ANALYSIS.text, url: PAGE_URL, title: 'The story' }, fromContent);
      const { state } = await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup) as { state: TabState };
      expect(state).toEqual({ status: 'analysing', url: SECTION_URL, unanchored: { quotes: [], entities: [] } });
      // A second click while the script runs does not inject it again.
      await env.handle({ type: 'analyze-tab', tabId: 7 }, fromPopup);
      expect(env.calls.inject).toEqual([7]);
    });
  });

  it('inserts and removes the highlight stylesheet in the sender tab', async () => {
    expect(await env.handle({ type: 'insert-css', css: 'a{}' }, fromContent)).toBe(true);
    expect(await env.handle({ type: 'remove-css', css: 'a{}' }, fromContent)).toBe(true);
    expect(env.calls.css).toEqual(['+a{}', '-a{}']);
  });

  it('stores always-run choices and resyncs registrations; forgets everything on request', async () => {
    expect(await env.handle({ type: 'set-always-run', origin: 'https://news.example', enabled: true }, fromPopup)).toBe(true);
    expect(env.stored().sites['https://news.example']).toEqual({ enabled: true, alwaysRun: true });
    expect(await env.handle({ type: 'forget-everything' }, fromPopup)).toBe(true);
    expect(env.stored()).toEqual(defaultStored());
    expect(env.calls.synced).toBe(2);
  });

  it('accepts error reports from any of its own contexts', async () => {
    expect(await env.handle({ type: 'log', where: 'popup', message: 'boom' }, fromPopup)).toBe(true);
    expect(env.calls.logs).toContain('popup: boom');
  });

  it('keeps a changed site choice from another tab', async () => {
    const stored = withSiteChoice(defaultStored(), 'https://news.example', { enabled: false });
    await env.deps.saveStored(stored);
    const { site } = await env.handle({ type: 'get-state', tabId: 7 }, fromPopup) as { site: { origin: string; enabled: boolean } };
    expect(site).toEqual({ origin: 'https://news.example', enabled: false, alwaysRun: false });
  });
});
