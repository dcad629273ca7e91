/**
 * Functions for the reading-experience e2e suite that run inside a browser page through
 * DrivenPage.evaluate: on the article page (the card and its live region) and on the popup opened
 * as a tab (the extension APIs, the entity list and the export links). Each is self-contained:
 * the drivers send its source text, so it may use nothing from this module's scope.
 */
import type { StateResponse, ToContent } from '../../../src/shared/messages';

/** What Whosaid's card shows, read from the open shadow root of `<whosaid-card>`, or null when closed. */
export interface CardParts {
  role: string | null;
  title: string;
  lines: string[];
  /** Under each line, the article sentence it came from, or null. */
  sources: Array<string | null>;
  /** The labels of a pinned card's buttons. */
  buttons: string[];
}

export function readCardParts(): CardParts | null {
  const root = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.card');
  if (!card || card.hidden || card.getClientRects().length === 0) return null;
  return {
    role: card.getAttribute('role'),
    title: card.querySelector('.title')?.textContent ?? '',
    lines: [...card.querySelectorAll('li')].map((item) => item.firstChild?.textContent ?? ''),
    sources: [...card.querySelectorAll('li')].map((item) => item.querySelector('q.source')?.textContent ?? null),
    buttons: [...card.querySelectorAll('button')].map((button) => button.textContent ?? ''),
  };
}

/** The viewport centre of the card's button labelled `label`, for a real click, or null. */
export function locateCardButton(label: string): { x: number; y: number } | null {
  const root = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  const button = [...(root?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent === label);
  const rect = button?.getBoundingClientRect();
  return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/** The options page's list of sites with hidden highlights: each row's text, and its button's name and centre. */
export function readHiddenSites(): Array<{ text: string; button: { label: string; x: number; y: number } | null }> {
  return [...document.querySelectorAll('#hidden-sites > li')].map((row) => {
    const button = row.querySelector('button');
    const rect = button?.getBoundingClientRect();
    return {
      text: (row.querySelector('span') ?? row).textContent ?? '',
      button: button && rect ? { label: button.getAttribute('aria-label') ?? '', x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null,
    };
  });
}

/** The text of the polite live region inside the card host, or null when there is none. */
export function readLiveRegion(): string | null {
  const root = document.documentElement.querySelector(':scope > whosaid-card')?.shadowRoot;
  return root?.querySelector('[aria-live="polite"]')?.textContent ?? null;
}

/** The extension API of an extension page: `browser` in Firefox, `chrome` (promise-based in MV3) in Chromium. */
interface ExtensionApi {
  tabs: {
    query(info: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** From an extension page: the id of the tab showing a page under `origin`, or null. */
export async function findTabId(origin: string): Promise<number | null> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome)!;
  const tabs = await api.tabs.query({});
  return tabs.find((tab) => tab.url?.startsWith(`${origin}/`))?.id ?? null;
}

/**
 * From an extension page: a message to the tab's content script, as the popup sends jumps.
 * The content script sends no answer, which some browsers report as an error: only delivery
 * matters here, the page's state is checked after.
 */
export async function sendToContent(input: { tabId: number; message: ToContent }): Promise<void> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome)!;
  await api.tabs.sendMessage(input.tabId, input.message).catch(() => undefined);
}

/** From an extension page: the background's state for a tab, as the popup gets it. */
export async function readTabState(tabId: number): Promise<StateResponse> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome)!;
  return (await api.runtime.sendMessage({ type: 'get-state', tabId })) as StateResponse;
}

/** In the popup: each `a.export` link's download name and URL, by `data-format`. */
export function readExportLinks(): Record<string, { name: string; href: string }> {
  const links: Record<string, { name: string; href: string }> = {};
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.export[data-format]')) {
    links[link.dataset.format!] = { name: link.download, href: link.href };
  }
  return links;
}

/**
 * In the popup: each export link's file, fetched from its blob URL, by `data-format`. Chromium
 * only: Firefox does not count blob: URLs as 'self' in the pages' `connect-src 'self'`, so there
 * the fetch fails (a reader's click still downloads the file).
 */
export async function fetchExports(): Promise<Record<string, { type: string; content: string }>> {
  const files: Record<string, { type: string; content: string }> = {};
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.export[data-format]')) {
    const blob = await (await fetch(link.href)).blob();
    files[link.dataset.format!] = { type: blob.type, content: await blob.text() };
  }
  return files;
}

/** In the popup: under the first entity button for `name`, each description and the sentence shown with it. */
export function readPopupDescriptions(name: string): Array<{ text: string; source: string | null }> | null {
  const button = [...document.querySelectorAll('button.jump')].find((candidate) => candidate.textContent?.startsWith(`${name} (`));
  if (!button) return null;
  return [...(button.parentElement?.querySelectorAll('ul.descriptions > li') ?? [])].map((item) => ({
    text: item.firstChild?.textContent ?? '',
    source: item.querySelector('q.source')?.textContent ?? null,
  }));
}

/** From an extension page: the keys the browser bound to each of the extension's commands. */
export async function readShortcuts(): Promise<Record<string, string>> {
  const scope = globalThis as { browser?: { commands: CommandsApi }; chrome?: { commands: CommandsApi } };
  const api = (scope.browser ?? scope.chrome)!;
  return Object.fromEntries((await api.commands.getAll()).map((command) => [command.name ?? '', command.shortcut ?? '']));
}
interface CommandsApi {
  getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
  /** Firefox only: what its shortcut settings (about:addons) call when the reader rebinds a command. */
  update?(detail: { name: string; shortcut: string }): Promise<void>;
  reset?(name: string): Promise<void>;
}

/** From a Firefox extension page: binds `shortcut` to `name` (empty: back to the manifest's default). */
export async function rebindShortcut(input: { name: string; shortcut: string }): Promise<void> {
  const commands = (globalThis as { browser?: { commands: CommandsApi } }).browser!.commands;
  if (input.shortcut === '') await commands.reset!(input.name);
  else await commands.update!(input);
}

/** From an extension page: the content scripts the extension registered at run time ("always run" sites). */
export async function readRegisteredScripts(): Promise<Array<{ id: string; matches: string[] }>> {
  type ScriptingApi = { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  const scope = globalThis as { browser?: { scripting: ScriptingApi }; chrome?: { scripting: ScriptingApi } };
  const api = (scope.browser ?? scope.chrome)!;
  return (await api.scripting.getRegisteredContentScripts()).map(({ id, matches }) => ({ id, matches: matches ?? [] }));
}

/** From an extension page: whether the extension holds the host permission `pattern`. */
export async function holdsHostPermission(pattern: string): Promise<boolean> {
  type PermissionsApi = { contains(permissions: { origins: string[] }): Promise<boolean> };
  const scope = globalThis as { browser?: { permissions: PermissionsApi }; chrome?: { permissions: PermissionsApi } };
  return (scope.browser ?? scope.chrome)!.permissions.contains({ origins: [pattern] });
}
