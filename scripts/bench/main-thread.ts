/**
 * Which main-thread tasks of a page load the extension caused, from a Chromium
 * trace (devtools.timeline categories). The long-task API cannot say: its tasks
 * carry no cause, and on a 30,000-word page the browser's own first layout of
 * the page (40–60 ms) often lands just after DOMContentLoaded, in the window
 * where the extension also starts. A task counts as the extension's when
 *  - it runs the extension's code: a script event with a chrome-extension: URL,
 *    or microtasks (the bench pages' only script, page-probe.js, queues none);
 *  - or it recalculates styles without laying anything out, once the extension's
 *    script has run: the extension's highlight stylesheet goes in while the
 *    parser runs, before any highlight, and the page restyles for it; the bench
 *    pages change no style of their own after loading;
 *  - or it ends once the first highlight is registered: every rendering from
 *    then on may be repainting highlights. Before that the extension's only
 *    change to the page is that stylesheet (no DOM change), so other rendering
 *    then — the page's own first layout — is the page's.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

export interface MainThreadTasks {
  /** Longest task the extension caused, in ms (0 when none). */
  extensionLongestMs: number;
  /** Longest task of any cause after DOMContentLoaded, in ms. */
  anyLongestMs: number;
}

/** Task events: the top-level unit of work of a Blink thread. */
const TASK = 'RunTask';
/** A style recalculation, and a layout. */
const RESTYLE = 'UpdateLayoutTree';
const LAYOUT = 'Layout';
const EXTENSION_SCRIPT_URL = /^chrome-extension:\/\//;

function isExtensionWork(event: TraceEvent): boolean {
  return event.name === 'RunMicrotasks' || EXTENSION_SCRIPT_URL.test(event.args?.data?.url ?? '');
}

/**
 * Classifies the tasks of the page's main thread, the thread of its main-frame
 * DOMContentLoaded mark. `firstHighlightAfterDclMs` is the time from
 * DOMContentLoaded to the first highlight, as the page measured it (null: none).
 */
export function mainThreadTasks(events: readonly TraceEvent[], firstHighlightAfterDclMs: number | null): MainThreadTasks {
  // The last one: the trace may begin before the previous page has gone.
  const dcl = events.findLast((event) => event.name === 'MarkDOMContent' && event.args?.data?.isMainFrame);
  if (!dcl) throw new Error('the trace has no DOMContentLoaded mark of the main frame');
  const onThread = events
    .filter((event) => event.pid === dcl.pid && event.tid === dcl.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const firstHighlightTs = firstHighlightAfterDclMs === null ? Infinity : dcl.ts + firstHighlightAfterDclMs * 1000;
  let extensionLongest = 0;
  let anyLongest = 0;
  let extensionStarted = false;
  for (const [i, task] of onThread.entries()) {
    if (task.name !== TASK || task.ts + task.dur! < dcl.ts) continue;
    const end = task.ts + task.dur!;
    const inside: TraceEvent[] = [];
    for (let j = i + 1; j < onThread.length && onThread[j].ts < end; j++) inside.push(onThread[j]);
    const runsExtension = inside.some(isExtensionWork);
    extensionStarted ||= runsExtension;
    const restylesOnly = inside.some((event) => event.name === RESTYLE) && !inside.some((event) => event.name === LAYOUT);
    // The page notices a highlight in a frame's callbacks: that frame's task already counts.
    const extension = runsExtension || (extensionStarted && restylesOnly) || end >= firstHighlightTs;
    anyLongest = Math.max(anyLongest, task.dur!);
    if (extension) extensionLongest = Math.max(extensionLongest, task.dur!);
  }
  return { extensionLongestMs: extensionLongest / 1000, anyLongestMs: anyLongest / 1000 };
}
