/**
 * Keeps the analysis in step with pages that change after load: late rendering,
 * a "read more" that expands the article, framework re-renders and single-page
 * navigation. A MutationObserver only (re)arms a timer, so a busy page costs one
 * timer reset per batch of mutations (Whosaid's own elements, such as the card
 * host, are no change at all); the article is looked for again, in slices that
 * keep the page responsive, once the page has been quiet for a moment (or at the
 * latest after a bounded wait), one look at a time, and `onChange` fires only
 * when that changes something the caller has to redo.
 * Nothing on the page is patched: History API calls are noticed through the
 * Navigation API where it exists and by comparing the URL on every check.
 */
import { findArticle, findArticleSliced, type ArticleResult, type OffsetMap } from './index';
import { PARAGRAPH_SEPARATOR } from './offset-map';

/** Quiet time before the article is looked for again, and the most a busy page can delay it. */
const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;
/** How often the URL is compared when nothing else happens (pushState fires no event). */
const URL_POLL_MS = 1000;

/** The attributes that decide whether text is hidden (blocks.ts): expanding "read more" often flips one. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'aria-hidden'];

export type ChangeReason = 'stable' | 'grown' | 'changed' | 'rerendered' | 'navigated';

export interface WatchOptions {
  /** The article as found when watching starts (found now when absent); the first change is measured from it. */
  initial?: ArticleResult | Promise<ArticleResult>;
  /** The caller's own nodes (added to or removed from the page), whose coming and going is no change. */
  isOwnNode?: (node: Node) => boolean;
  /** Where a look at the page that failed is reported; watching goes on. */
  onError?: (error: unknown) => void;
  /**
   * After a look that found the same article in the same text nodes: the page may still have moved
   * them (a new wrapper, a layout change), which collapses live ranges over them and can take them out
   * of the highlight rules' scope. The caller checks what depends on where they are.
   */
  onUnchanged?: () => void;
}

/**
 * Calls onChange (debounced) when the article text becomes stable after late rendering, grows ("read more"),
 * is re-rendered, or the URL changes (pushState/replaceState/popstate/Navigation API). Returns a stop function.
 */
export function watchArticle(doc: Document, onChange: (reason: string) => void, options: WatchOptions = {}): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  let lastText = '';
  let lastMap: OffsetMap | null = null;
  let lastUrl = doc.location?.href ?? '';
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let stopped = false;
  // Looks at the article one at a time, the first once the initial article is known.
  let looking = Promise.resolve(options.initial ?? findArticle(doc)).then((initial) => {
    lastText = initial.kind === 'article' ? initial.text : '';
    lastMap = initial.kind === 'article' ? initial.map : null;
  }).catch(() => undefined);

  const look = async () => {
    const url = doc.location?.href ?? '';
    const result = await findArticleSliced(doc);
    if (stopped) return;
    const text = result.kind === 'article' ? result.text : '';
    const map = result.kind === 'article' ? result.map : null;
    let reason: ChangeReason | null = null;
    if (url !== lastUrl) reason = 'navigated';
    else if (text !== lastText) reason = !lastText ? 'stable' : keepsParagraphs(text, lastText) ? 'grown' : 'changed';
    else if (lastMap && !lastMap.isValid()) reason = 'rerendered';
    lastUrl = url;
    lastText = text;
    lastMap = map;
    if (reason) onChange(reason);
    else options.onUnchanged?.();
  };
  const check = () => {
    quietTimer = undefined;
    firstPendingAt = 0;
    looking = looking.then(look).catch((error: unknown) => options.onError?.(error));
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPendingAt) firstPendingAt = now;
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    const wait = Math.min(QUIET_MS, Math.max(0, firstPendingAt + MAX_WAIT_MS - now));
    quietTimer = setTimeout(check, wait);
  };
  const checkUrl = () => {
    if ((doc.location?.href ?? '') !== lastUrl) schedule();
  };

  const isOwn = options.isOwnNode;
  const onMutations = (records: MutationRecord[]) => {
    if (isOwn && records.every((record) => isOwnMutation(record, isOwn))) return;
    schedule();
  };
  const observer = new view.MutationObserver(onMutations);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  view.addEventListener('popstate', schedule);
  view.addEventListener('hashchange', schedule);
  const poll = setInterval(checkUrl, URL_POLL_MS);

  return () => {
    stopped = true;
    observer.disconnect();
    navigation?.removeEventListener('navigatesuccess', schedule);
    view.removeEventListener('popstate', schedule);
    view.removeEventListener('hashchange', schedule);
    clearInterval(poll);
    if (quietTimer !== undefined) clearTimeout(quietTimer);
  };
}

/** Nodes of the caller's coming or going, and changes inside them. */
function isOwnMutation(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (record.type !== 'childList') return isOwn(record.target);
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 ? nodes.every(isOwn) : isOwn(record.target);
}

/** Every paragraph of `before` is still in `after`, in the same order: text was only added. */
function keepsParagraphs(after: string, before: string): boolean {
  let from = 0;
  for (const paragraph of before.split(PARAGRAPH_SEPARATOR)) {
    const at = after.indexOf(paragraph, from);
    if (at < 0) return false;
    from = at + paragraph.length;
  }
  return true;
}
