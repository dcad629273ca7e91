/**
 * Popup entry: finds the tab it is about, asks the background to analyse it
 * (the toolbar click granted activeTab), renders the state and re-renders on
 * every change the background broadcasts for that tab.
 */
import browser from 'webextension-polyfill';
import { parseStateResponse, parseToPopup, type StateResponse, type TabState } from '../shared/messages';
import { translate as t } from '../content/i18n';
import { localize } from './dom';
import { renderState } from './render';
import { chooseTargetTab } from './target-tab';
import { loadStoredForUser } from '../shared/store';
import { originPattern } from '../shared/settings';

const view = document.getElementById('view')!;
const siteForm = document.getElementById('site') as HTMLFormElement;
const enabledBox = document.getElementById('site-enabled') as HTMLInputElement;
const alwaysBox = document.getElementById('site-always') as HTMLInputElement;
const notice = document.getElementById('notice')!;

let site: StateResponse['site'] | null = null;

let shownStatus: TabState['status'] | null = null;

function show(state: TabState, tabId: number): void {
  for (const link of view.querySelectorAll<HTMLAnchorElement>('a.export')) URL.revokeObjectURL(link.href);
  view.replaceChildren(renderState(state, t, {
    jump: (kind, index) => void browser.tabs.sendMessage(tabId, { type: 'jump-to', kind, index }).catch(() => say(t('jumpFailed'))),
    copy: (text) => void navigator.clipboard.writeText(text).then(() => say(t('copied')), () => say(t('copyFailed'))),
  }));
  view.setAttribute('aria-busy', String(state.status === 'analysing'));
  // Screen readers hear the outcome once, through the status line, not every re-render of the lists.
  if (state.status !== shownStatus && state.status !== 'analysing') {
    document.getElementById('outcome')!.textContent = view.querySelector('.summary, .state')?.textContent ?? '';
  }
  shownStatus = state.status;
}

function showResponse(response: StateResponse | null, tabId: number): void {
  if (!response) return;
  site = response.site;
  show(response.state, tabId);
  siteForm.hidden = site.origin === null;
  enabledBox.checked = site.enabled;
  alwaysBox.checked = site.alwaysRun;
  alwaysBox.disabled = !site.enabled;
  document.getElementById('site-origin')!.textContent = site.origin ?? '';
}

function say(message: string): void {
  notice.textContent = message;
}

async function main(): Promise<void> {
  localize(document, t);
  if ((await loadStoredForUser()).wasReset) say(t('settingsResetNotice'));
  document.getElementById('options')!.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const own = await browser.tabs.getCurrent();
  const target = chooseTargetTab(await browser.tabs.query({ currentWindow: true }), own?.id);
  const tabId = target?.id;
  if (tabId === undefined) {
    view.replaceChildren(Object.assign(document.createElement('p'), { className: 'state', textContent: t('stateNoTab') }));
    return;
  }
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const parsed = sender.id === browser.runtime.id ? parseToPopup(message) : null;
    if (parsed && parsed.tabId === tabId) show(parsed.state, tabId);
    return undefined;
  });
  enabledBox.addEventListener('change', async () => {
    showResponse(parseStateResponse(await browser.runtime.sendMessage({ type: 'set-site-enabled', tabId, enabled: enabledBox.checked })), tabId);
  });
  alwaysBox.addEventListener('change', async () => {
    const origin = site?.origin;
    if (!origin) return;
    const origins = [originPattern(origin)];
    // The permission request must be the first thing the click does: it needs the user gesture.
    const granted = alwaysBox.checked ? await browser.permissions.request({ origins }) : false;
    if (alwaysBox.checked && !granted) {
      alwaysBox.checked = false;
      say(t('permissionDenied'));
      return;
    }
    await browser.runtime.sendMessage({ type: 'set-always-run', origin, enabled: granted });
    if (!granted) await browser.permissions.remove({ origins }).catch(() => false);
    say(t(granted ? 'alwaysRunOn' : 'alwaysRunOff', [origin]));
  });
  showResponse(parseStateResponse(await browser.runtime.sendMessage({ type: 'analyze-tab', tabId })), tabId);
}

main().catch((error: unknown) => {
  say(t('stateError'));
  void browser.runtime.sendMessage({ type: 'log', where: 'popup', message: String(error).slice(0, 500) }).catch(() => undefined);
});
