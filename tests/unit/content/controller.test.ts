/**
 * The content script's run loop (src/content/controller.ts), with the article finder, the page
 * watcher, the card UI and the painter replaced by fakes and the background by a scripted `send`:
 * what it reports, for which URL, and what it paints, when the page changes or a new request comes
 * in while a run is under way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleResult } from '../../../src/content/article';
import type { ToBackground } from '../../../src/shared/messages';

/** What the fakes below share with the tests: set before each test, read by the mocked modules. */
const fake = vi.hoisted(() => ({
  /** The next result of findArticleSliced. */
  article: null as unknown as () => ArticleResult,
  /** The watcher's onChange, as the controller registered it. */
  onChange: null as ((reason: string) => void) | null,
  sent: [] as Array<Record<string, unknown>>,
  /** Answers to `analyze`, in order: each waits until the test lets it go. */
  pendingAnalyses: [] as Array<() => void>,
  /** Whether answers to `page-status` wait too, in `pendingReports`. */
  holdReports: false,
  pendingReports: [] as Array<() => void>,
  /** The part of the text in view that the controller should preview, or null. */
  view: null as { start: number; end: number } | null,
  /** Calls of the painter's paint. */
  paints: 0,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'whosaid', onMessage: { addListener: () => undefined } },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    i18n: { getMessage: () => '' },
  },
}));
vi.mock('../../../src/content/article', () => ({ findArticleSliced: async () => fake.article() }));
vi.mock('../../../src/content/article/watch', () => ({
  watchArticle: (_doc: Document, onChange: (reason: string) => void) => {
    fake.onChange = onChange;
    return () => { fake.onChange = null; };
  },
}));
vi.mock('../../../src/content/article/in-view', () => ({ textInView: () => fake.view }));
vi.mock('../../../src/content/card/cards', () => ({
  Cards: class { start() {} stop() {} dismiss() {} focus() {} announce() {} },
}));
vi.mock('../../../src/content/paint/painter', () => ({
  Painter: class { async paint() { fake.paints++; } clear() {} setActive() {} },
}));
vi.mock('../../../src/content/report', () => ({
  send: async (message: ToBackground) => {
    fake.sent.push({ ...message });
    if (message.type === 'analyze') {
      await new Promise<void>((release) => fake.pendingAnalyses.push(release));
      return { ok: true, analysis: { quotes: [], entities: [] }, underlineSupported: true };
    }
    if (message.type === 'preview') return { ok: true, analysis: { quotes: [], entities: [] }, underlineSupported: true };
    if (message.type === 'page-status' && fake.holdReports) await new Promise<void>((release) => fake.pendingReports.push(release));
    return true;
  },
  reportError: () => undefined,
  guard: (_where: string, task: () => unknown) => void Promise.resolve(task()).catch(() => undefined),
}));

const { Controller } = await import('../../../src/content/controller');

const STORY_URL = 'https://news.example/story';

/** A page whose URL the test moves as pushState would. */
function fakeDocument() {
  const style = { color: 'rgb(0, 0, 0)', backgroundColor: 'rgb(255, 255, 255)' };
  const media = { matches: false, addEventListener: () => undefined, removeEventListener: () => undefined };
  return {
    location: { href: STORY_URL },
    title: 'A story',
    body: null,
    visibilityState: 'visible',
    defaultView: { getComputedStyle: () => style, matchMedia: () => media },
  };
}

/** An article result over `text`, whose text nodes are (still) as they were when `valid` says so. */
function article(text: string, valid = () => true): ArticleResult {
  const map = { rangesFor: () => [], offsetOf: () => null, isValid: valid, commonAncestor: () => null };
  return { kind: 'article', text, title: 'A story', map } as unknown as ArticleResult;
}
const notArticle = (): ArticleResult => ({ kind: 'not-article', reason: 'a list of links' }) as unknown as ArticleResult;

const sentOf = (type: string) => fake.sent.filter((message) => message.type === type);
/** Lets every promise that can settle settle (the run's steps, the fake background's answers). */
const settle = () => new Promise((done) => setTimeout(done, 20));

/** Waits (a bounded time) until `count` messages wait for their answer in `pending`. */
async function untilWaiting(pending: () => unknown[], count: number, what: string): Promise<void> {
  for (let i = 0; i < 100 && pending().length < count; i++) await settle();
  expect(pending().length, what).toBe(count);
}
const untilAnalysisPending = (count: number) => untilWaiting(() => fake.pendingAnalyses, count, 'analyses sent to the background');
const untilReportPending = (count: number) => untilWaiting(() => fake.pendingReports, count, 'reports sent to the background');

describe('Controller runs', () => {
  let doc: ReturnType<typeof fakeDocument>;
  let controller: InstanceType<typeof Controller>;

  beforeEach(() => {
    // The painter is a fake, but the controller hands it the page's highlight registry.
    vi.stubGlobal('CSS', { highlights: new Map() });
    fake.sent = [];
    fake.pendingAnalyses = [];
    fake.holdReports = false;
    fake.pendingReports = [];
    fake.onChange = null;
    fake.view = null;
    fake.paints = 0;
    doc = fakeDocument();
    controller = new Controller(doc as unknown as Document);
  });
  afterEach(() => {
    for (const release of [...fake.pendingAnalyses, ...fake.pendingReports]) release();
    vi.unstubAllGlobals();
  });

  it('reports an article in another language than English, and sends it to no parser', async () => {
    fake.article = () => article('Le gouvernement a annoncé jeudi que les nouvelles mesures entreraient en vigueur la semaine prochaine, ' +
      'a déclaré la ministre aux journalistes, ajoutant que des experts étaient en route.');
    await controller.run();
    expect(sentOf('analyze')).toEqual([]);
    expect(sentOf('page-status')).toEqual([{ type: 'page-status', status: 'not-english', reason: '', url: STORY_URL }]);
  });

  it('analyses the article and paints the result once', async () => {
    fake.article = () => article('First version.');
    const running = controller.run();
    await untilAnalysisPending(1);
    fake.pendingAnalyses[0]();
    await running;
    expect(sentOf('analyze').map((message) => message.text)).toEqual(['First version.']);
    expect(sentOf('unanchored')).toHaveLength(1);
  });

  it('on a long article, paints the part in view first, and reports only what the whole article\'s analysis could not paint', async () => {
    fake.article = () => article('Above.\n\nIn view.\n\nBelow.');
    fake.view = { start: 8, end: 16 };
    const running = controller.run();
    await untilAnalysisPending(1);
    // Sent first, so the background (which answers in order) parses it first; painted before the whole is back.
    expect(fake.sent.map((message) => message.type).filter((type) => type !== 'insert-css')).toEqual(['preview', 'analyze']);
    expect(sentOf('preview')[0].text).toBe('In view.');
    await settle();
    expect(fake.paints).toBe(1);
    expect(sentOf('unanchored')).toHaveLength(0);
    fake.pendingAnalyses[0]();
    await running;
    expect(fake.paints).toBe(2);
    expect(sentOf('unanchored')).toHaveLength(1);
  });

  it('analyses text that grows while the previous version is being analysed, after painting that version', async () => {
    fake.article = () => article('First version.');
    const running = controller.run();
    await untilAnalysisPending(1);
    fake.article = () => article('First version.\n\nA later entry.');
    fake.onChange!('grown');
    fake.pendingAnalyses[0]();
    await untilAnalysisPending(2);
    // Only text was added: the first result is still right where it lies, so it is painted meanwhile.
    expect(sentOf('unanchored')).toHaveLength(1);
    fake.pendingAnalyses[1]();
    await running;
    expect(sentOf('analyze').map((message) => message.text)).toEqual(['First version.', 'First version.\n\nA later entry.']);
    expect(sentOf('unanchored')).toHaveLength(2);
  });

  it('does not paint a result whose text nodes changed while it was analysed', async () => {
    let firstNodesIntact = true;
    fake.article = () => article('Before the edit.', () => firstNodesIntact);
    const running = controller.run();
    await untilAnalysisPending(1);
    firstNodesIntact = false;
    fake.article = () => article('After the edit.');
    fake.onChange!('changed');
    fake.pendingAnalyses[0]();
    await untilAnalysisPending(2);
    expect(sentOf('unanchored'), 'no paint from the outdated result').toHaveLength(0);
    fake.pendingAnalyses[1]();
    await running;
    expect(sentOf('analyze').map((message) => message.text)).toEqual(['Before the edit.', 'After the edit.']);
    expect(sentOf('unanchored')).toHaveLength(1);
  });

  it('reports the page as no article under the URL it has after pushState', async () => {
    fake.article = () => article('A story.');
    const first = controller.run();
    await untilAnalysisPending(1);
    fake.pendingAnalyses[0]();
    await first;

    doc.location.href = `${STORY_URL}?section=science`;
    fake.article = notArticle;
    fake.onChange!('navigated');
    await settle();
    expect(sentOf('page-status')).toEqual([
      { type: 'page-status', status: 'not-article', reason: 'a list of links', url: `${STORY_URL}?section=science` },
    ]);
  });

  it('answers a request that comes in after the outcome was reported with a new report', async () => {
    fake.article = notArticle;
    fake.holdReports = true;
    const first = controller.run();
    await untilReportPending(1);
    // The popup injects the script again (having just marked the tab as analysing) while the report is on its way:
    // that report predates the request, so another one must follow it.
    const second = controller.run();
    fake.pendingReports[0]();
    await untilReportPending(2);
    fake.pendingReports[1]();
    await Promise.all([first, second]);
    expect(sentOf('page-status')).toHaveLength(2);
  });

  it('answers a burst of requests that come in before the page is read with one report', async () => {
    fake.article = notArticle;
    await Promise.all([controller.run(), controller.run(), controller.run()]);
    expect(sentOf('page-status')).toHaveLength(1);
    // A run that has ended is not joined: the next request gets a run of its own.
    await controller.run();
    expect(sentOf('page-status')).toHaveLength(2);
  });
});
