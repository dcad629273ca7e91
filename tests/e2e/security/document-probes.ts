/**
 * What the hostile documents (pages/*, hostile-documents.test.ts) show, read in the page's main
 * world or in one of the extension's pages through DrivenPage.evaluate. Each function is
 * self-contained: the drivers send its source. In the page they read the real highlight registry
 * that pages/record.js kept (some pages hide or replace `CSS.highlights`).
 */

export interface PaintedRange {
  name: string;
  text: string;
  /** Where the range lies when that is wrong for a highlight of Whosaid's, else null. */
  misplaced: string | null;
}

export interface DocumentReport {
  /** Whether pages/record.js runs in this document (no script runs in a plain XML document or a PDF). */
  recorded: boolean;
  /** Errors thrown into the page, and DOM mutations the page did not make itself (pages/record.js). */
  errors: string[];
  mutations: string[];
  /** Every range of every `whosaid-` highlight. */
  painted: PaintedRange[];
  /** Names of the highlights the page registered itself, which Whosaid must leave alone. */
  pageHighlights: string[];
  /** Whosaid's hover card element, which must be gone when switched off. */
  card: boolean;
}

/** Reads the top document; `articleSelector` names the element the article is in. */
export function readDocument(articleSelector: string): DocumentReport {
  type Recorder = { report(): { errors: string[]; mutations: string[] }; registry?: HighlightRegistry };
  const recorder = (window as unknown as { __hostile?: Recorder }).__hostile;
  const registry = recorder?.registry ?? CSS.highlights;
  const article = document.querySelector(articleSelector);
  const painted: PaintedRange[] = [];
  const pageHighlights: string[] = [];
  registry.forEach((highlight, name) => {
    if (!name.startsWith('whosaid-')) {
      pageHighlights.push(name);
      return;
    }
    highlight.forEach((range) => {
      const { startContainer, endContainer } = range;
      const copy = document.createRange();
      copy.setStart(startContainer, range.startOffset);
      copy.setEnd(endContainer, range.endOffset);
      // The stylesheet is confined to the article's element: its rules must still reach every range.
      const holder = startContainer.nodeType === Node.ELEMENT_NODE ? startContainer as Element : startContainer.parentElement;
      const style = holder ? getComputedStyle(holder, `::highlight(${name})`) : null;
      const styled = style !== null && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine !== 'none');
      const misplaced = startContainer.ownerDocument !== document ? 'in another document'
        : !startContainer.isConnected || !endContainer.isConnected ? 'on a node no longer in the page'
        : !(article?.contains(startContainer) && article.contains(endContainer)) ? 'outside the article'
        : !styled ? 'where no highlight rule reaches'
        : null;
      painted.push({ name, text: copy.toString(), misplaced });
    });
  });
  const { errors, mutations } = recorder?.report() ?? { errors: [], mutations: [] };
  return { recorded: recorder !== undefined, errors, mutations, painted, pageHighlights: pageHighlights.sort(), card: document.querySelector('whosaid-card') !== null };
}

/**
 * The `whosaid-` highlights and recorded errors in each same-origin frame of the page (frames
 * must stay untouched: the content script runs in the top frame only).
 */
export function readFrames(): Array<{ frame: string; highlights: string[]; errors: string[]; mutations: string[] }> {
  const out: Array<{ frame: string; highlights: string[]; errors: string[]; mutations: string[] }> = [];
  for (let index = 0; index < window.frames.length; index += 1) {
    const frame = window.frames[index] as Window & typeof globalThis & { __hostile?: { report(): { errors: string[]; mutations: string[] } } };
    let name = `frame ${index}`;
    try {
      name = `frame ${index} (${frame.location.href})`;
      const highlights: string[] = [];
      frame.CSS.highlights.forEach((_highlight, key) => {
        if (key.startsWith('whosaid-')) highlights.push(key);
      });
      const { errors, mutations } = frame.__hostile?.report() ?? { errors: [], mutations: [] };
      out.push({ frame: name, highlights, errors, mutations });
    } catch {
      // A sandboxed or cross-origin frame: out of reach of the page, and of Whosaid's top-frame script.
      out.push({ frame: name, highlights: [], errors: [], mutations: [] });
    }
  }
  return out;
}

/**
 * pages/overrides.html: the calls to its broken built-ins that the page refused, and whether its
 * replacements are really in place in the page's world (else the test would prove nothing).
 */
export function overrides(): { refused: string[]; inPlace: boolean } {
  const isNative = (fn: unknown) => typeof fn === 'function' && Function.prototype.toString.call(fn).includes('[native code]');
  const inPlace = ![Array.prototype.map, Array.prototype.push, Element.prototype.querySelectorAll, JSON.parse, window.Highlight].some(isNative)
    && CSS.highlights !== (window as unknown as { __hostile: { registry: unknown } }).__hostile.registry;
  return { refused: [...((window as unknown as { __refused?: string[] }).__refused ?? [])], inPlace };
}

/** Adds a paragraph with a new quote to the article, as the page's own change. */
export function addQuote(input: { articleSelector: string; text: string }): void {
  const recorder = (window as unknown as { __hostile: { own(change: () => void): void } }).__hostile;
  recorder.own(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = input.text;
    document.querySelector(input.articleSelector)?.append(paragraph);
  });
}

type Extension = {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
};

/** The background's status for the tab showing `url` (run in one of the extension's pages). */
export async function tabStatus(url: string): Promise<string | null> {
  const api = ((globalThis as { browser?: Extension }).browser ?? (globalThis as unknown as { chrome: Extension }).chrome);
  const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
  if (tab?.id === undefined) return null;
  const response = await api.runtime.sendMessage({ type: 'get-state', tabId: tab.id }) as { state?: { status?: string } } | undefined;
  return response?.state?.status ?? null;
}

/** Writes `value` under Whosaid's key in storage.local, as any extension context can (run in one of its pages). */
export async function writeStored(value: unknown): Promise<void> {
  const api = ((globalThis as { browser?: Extension }).browser ?? (globalThis as unknown as { chrome: Extension }).chrome);
  await api.storage.local.set({ whosaid: value });
}
