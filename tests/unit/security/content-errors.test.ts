/**
 * The content script never throws into the page: what goes wrong in it is caught by `guard`
 * (src/content/report.ts) and sent to the background, whose handler writes it to the background's
 * log (src/background/log.ts). This follows errors along that whole path, and through the
 * article watcher, which keeps watching after a failed look at the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler, type Deps } from '../../../src/background/handlers';
import { log } from '../../../src/background/log';
import { watchArticle } from '../../../src/content/article/watch';
import { TabStore } from '../../../src/background/tab-state';
import { defaultStored } from '../../../src/shared/settings';
import { MAX_SHORT_STRING, parseToBackground } from '../../../src/shared/messages';
import { page, PROSE_HTML } from '../content/article/helpers';

const ID = 'whosaid-id';
const PAGE_URL = 'https://news.example/story';
const runtime = vi.hoisted(() => ({ sent: [] as unknown[], reachable: true }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        if (!runtime.reachable) throw new Error('Could not establish connection. Receiving end does not exist.');
        runtime.sent.push(message);
        return true;
      },
    },
  },
}));

const { guard } = await import('../../../src/content/report');

/** Lets pending promise callbacks (an async task's rejection, its report) run. */
const flush = () => new Promise((done) => setTimeout(done, 0));

/** The background's handler with every dependency inert except its log. */
function background(logs: string[]) {
  const unused = async () => { throw new Error('not used by a log message'); };
  const deps: Deps = {
    extensionId: ID, extensionUrl: `chrome-extension://${ID}/`, store: new TabStore(null),
    analyze: () => { throw new Error('not used'); }, underlineSupported: async () => true,
    loadStored: async () => defaultStored(), saveStored: unused, clearStored: unused, tabUrl: async () => PAGE_URL,
    injectContentScript: unused, insertCss: unused, hasPermission: async () => false, syncRegistrations: unused,
    published: () => undefined,
    log: (where, message) => logs.push(`${where}: ${message}`),
  };
  return createHandler(deps);
}

describe('content-script errors', () => {
  beforeEach(() => {
    runtime.sent = [];
    runtime.reachable = true;
  });

  it('are caught, thrown or rejected, and reach the background\'s log', async () => {
    expect(() => guard('start', () => { throw new TypeError('document.body is null'); })).not.toThrow();
    guard('paint', async () => { throw new RangeError('offset out of range'); });
    guard('hover', () => { throw 'a string, not an Error'; });
    await flush();
    // The rejected task reports a tick later than the others: the order is not the point.
    const byPlace = (a: unknown, b: unknown) => (a as { where: string }).where.localeCompare((b as { where: string }).where);
    expect([...runtime.sent].sort(byPlace)).toEqual([
      { type: 'log', where: 'hover', message: 'a string, not an Error' },
      { type: 'log', where: 'paint', message: 'RangeError: offset out of range' },
      { type: 'log', where: 'start', message: 'TypeError: document.body is null' },
    ]);
    const logs: string[] = [];
    const handle = background(logs);
    const sender = { id: ID, url: PAGE_URL, tab: { id: 3, url: PAGE_URL }, frameId: 0 };
    for (const message of runtime.sent) expect(await handle(message, sender)).toBe(true);
    expect(logs.sort()).toEqual(['hover: a string, not an Error', 'paint: RangeError: offset out of range', 'start: TypeError: document.body is null']);
  });

  it('are cut to a length the background accepts, however long the message', async () => {
    guard('x'.repeat(5_000), () => { throw new Error('y'.repeat(50_000)); });
    await flush();
    const [message] = runtime.sent as Array<{ where: string; message: string }>;
    expect(message.where.length).toBeLessThanOrEqual(MAX_SHORT_STRING);
    expect(message.message.length).toBeLessThanOrEqual(MAX_SHORT_STRING);
    expect(parseToBackground(message)).toEqual(message);
  });

  it('are dropped quietly when the background cannot be reached (the extension was updated or unloaded)', async () => {
    runtime.reachable = false;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      guard('start', () => { throw new Error('boom'); });
      guard('paint', async () => { throw new Error('boom'); });
      await flush();
      await flush();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('and every other error, end up in the background\'s console, never sent anywhere', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    log('start', 'TypeError: document.body is null');
    expect(warn).toHaveBeenCalledWith('[whosaid] start: TypeError: document.body is null');
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The getter `name` that `object` inherits. */
function inheritedGetter(object: object, name: string): () => unknown {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (getter) return getter;
  }
  throw new Error(`no inherited getter ${name}`);
}

describe('errors while watching the page for a changed article', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are reported, and watching goes on', async () => {
    const doc = page(`<article id="story">${PROSE_HTML}</article>`);
    const failures: unknown[] = [];
    const reasons: string[] = [];
    // The next look at the page runs into an error once (here a DOM getter that throws).
    let broken = true;
    const story = doc.getElementById('story')!;
    const firstChild = inheritedGetter(story, 'firstChild');
    const stop = watchArticle(doc, (reason) => reasons.push(reason), { onError: (error) => failures.push(error) });
    await vi.advanceTimersByTimeAsync(100);
    Object.defineProperty(story, 'firstChild', {
      configurable: true,
      get() {
        if (broken) {
          broken = false;
          throw new Error('firstChild refused');
        }
        return firstChild.call(this);
      },
    });
    story.append(doc.createTextNode(' '));  // a change, so that the article is looked for again
    await vi.advanceTimersByTimeAsync(3_000);
    expect(failures.map(String)).toEqual(['Error: firstChild refused']);
    const extra = doc.createElement('p');
    extra.textContent = 'A second phase, with a school and a park, will follow if the first one stays on budget, the mayor added.';
    story.append(extra);
    await vi.advanceTimersByTimeAsync(3_000);
    // The next change is still noticed.
    expect(reasons).toEqual(['grown']);
    stop();
  });
});
