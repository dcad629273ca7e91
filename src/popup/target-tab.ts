/**
 * Which tab the popup is about. Opened from the toolbar it is the active tab.
 * Opened as a page in a tab of its own (tests do this, and so can users), the
 * active tab is the popup itself, so it is the most recently used other web page
 * in the window.
 */
export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

export function chooseTargetTab(tabs: readonly TabInfo[], ownTabId: number | undefined): TabInfo | undefined {
  if (ownTabId === undefined) return tabs.find((tab) => tab.active);
  const others = tabs.filter((tab) => tab.id !== undefined && tab.id !== ownTabId);
  const web = others.filter((tab) => tab.url !== undefined && /^https?:/.test(tab.url));
  const pool = web.length > 0 ? web : others.filter((tab) => tab.url === undefined);
  return pool.reduce<TabInfo | undefined>((best, tab) => (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0) ? tab : best), undefined);
}
