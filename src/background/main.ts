/**
 * Background entry: Chrome's service worker and Firefox's event page (one
 * classic script for both). It wires browser events to the handlers; all
 * listeners are registered synchronously at start-up so that a stopped worker is
 * woken by the event that needs it.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../parser';
import { COMMANDS, type Command, type TabState } from '../shared/messages';
import { clearStored, loadStored, saveStored } from '../shared/store';
import type { Stored } from '../shared/settings';
import { createHandler } from './handlers';
import { badgeText, idleState, TabStore } from './tab-state';
import { underlineSupported } from './platform';
import { CONTENT_SCRIPT_FILE, syncRegistrations } from './sites';
import { log } from './log';
import { createWarmUp, runsByItself } from './warm-up';

const session = (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
const store = new TabStore(session);

const hasPermission = (pattern: string) => browser.permissions.contains({ origins: [pattern] });
const sync = (stored: Stored) => syncRegistrations(stored, browser.scripting, hasPermission)
  .catch((error: unknown) => log('sites', error instanceof Error ? error.message : String(error)));

const injectContentScript = async (tabId: number) => {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
};

/**
 * The badge and the broadcast to an open popup, once the current task is over:
 * the broadcast copies the whole state, a long article's analysis and text
 * included (20–50 ms for 30,000 words), and a page waiting for that analysis
 * would wait for the copy too. Timers run in order, so broadcasts keep theirs.
 */
function published(tabId: number, state: TabState): void {
  setTimeout(() => {
    browser.action.setBadgeText({ tabId, text: badgeText(state) }).catch(() => undefined);
    browser.runtime.sendMessage({ type: 'state-changed', tabId, state }).catch(() => undefined);
  }, 0);
}

const handle = createHandler({
  extensionId: browser.runtime.id,
  extensionUrl: browser.runtime.getURL(''),
  store,
  analyze,
  underlineSupported: async () => underlineSupported(await browser.runtime.getBrowserInfo?.().catch(() => undefined)),
  loadStored: async () => (await loadStored()).stored,
  saveStored,
  clearStored,
  tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  injectContentScript,
  insertCss: async (tabId, frameId, css, remove) => {
    const target = { tabId, frameIds: [frameId] };
    if (remove) await browser.scripting.removeCSS({ target, css });
    else await browser.scripting.insertCSS({ target, css });
  },
  hasPermission,
  syncRegistrations: sync,
  published,
  log,
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handle(message, sender).catch((error: unknown) => {
    log('message', error instanceof Error ? error.message : String(error));
    return undefined;
  }));

/** Shortcuts go to the page; on a page not analysed yet they analyse it first (the shortcut grants activeTab). */
browser.commands.onCommand.addListener(async (name: string, tab?: browser.Tabs.Tab) => {
  if (!(COMMANDS as readonly string[]).includes(name)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, { type: 'command', command: name as Command });
  } catch {
    await handle({ type: 'analyze-tab', tabId }, { id: browser.runtime.id, url: browser.runtime.getURL('') });
  }
});

browser.tabs.onRemoved.addListener((tabId: number) => void store.delete(tabId));

const warmUp = createWarmUp(analyze, log);

/** A new page in the tab: what we knew belongs to the old one; where the script will run by itself, the parser gets ready. */
browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
  if (change.status !== 'loading') return;
  void store.get(tabId).then((known) => {
    if (known && known.status !== 'idle') published(tabId, store.set(tabId, idleState(tab.url ?? '')));
  });
  // Once warm, a navigation reads no settings for it.
  if (warmUp.pending) {
    void loadStored().then(({ stored }) => {
      if (runsByItself(stored, tab.url)) warmUp.run();
    });
  }
});

browser.runtime.onInstalled.addListener(() => void loadStored().then(({ stored }) => sync(stored)));
browser.runtime.onStartup.addListener(() => void loadStored().then(({ stored }) => sync(stored)));
// Permissions change outside our pages too (the browser's site-access menu): registrations follow.
browser.permissions.onAdded.addListener(() => void loadStored().then(({ stored }) => sync(stored)));
browser.permissions.onRemoved.addListener(() => void loadStored().then(({ stored }) => sync(stored)));
