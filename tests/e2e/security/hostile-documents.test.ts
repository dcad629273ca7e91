/**
 * Whosaid on documents that are not the plain article page it is made for (pages/*, each page
 * says what it does in its own comment), in Chromium and Firefox, with the test flavour, which
 * runs on 127.0.0.1 pages by itself. On every one it works or steps aside cleanly:
 *  - it paints the article and nothing else; or, where the top document holds no article it can
 *    read (the article in a frame or a shadow root, a frameset, SVG, plain XML, a PDF), the
 *    background records "not an article" and nothing is painted;
 *  - no error reaches the page, and the page's DOM changes in one way only: the card host
 *    `<whosaid-card>` that Whosaid adds to the document element when it paints (SECURITY.md);
 *    frames are left alone;
 *  - page scripts that break built-ins, replace `Highlight` or hide or freeze `CSS.highlights`
 *    do not reach it (content scripts run in an isolated world; only the registry is shared);
 *  - switched off for the site, every highlight and the card host go, the page's own highlight
 *    stays, and nothing reacts any more: a quote the page adds to the article is not painted.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { entityHighlightName, quoteHighlightName } from '../../../src/content/paint/names';
import { highlightRulesReaching, locateElement } from '../support/probes';
import { serveStatic, type StaticServer } from '../support/serve';
import { waitFor } from '../support/wait';
import { addQuote, overrides, readDocument, readFrames, tabStatus, writeStored, type DocumentReport, type PaintedRange } from './document-probes';

const PAGES_DIR = join(import.meta.dirname, 'pages');
/** Every page puts its article here. */
const ARTICLE = '#story';
/** How long a change gets to have an effect: the article watcher looks again within two seconds. */
const SETTLE_MS = 3_000;
/** The one change Whosaid makes to a page it paints, and undoes when switched off (pages/record.js's words). */
const CARD_ADDED = 'childList on html adding whosaid-card';
const CARD_REMOVED = 'childList on html removing whosaid-card';

const FERRY = ['People on the island cannot wait', 'We will sail whenever'];
const PIER = ['Our boats have been tied up', 'We expect every berth'];

/** Pages where the article is in the top document: painted, with these quotes. */
const PAINTED: Array<[page: string, quotes: string[]]> = [
  ['iframes-around.html', FERRY],
  ['shadow.html', FERRY],
  ['contenteditable.html', FERRY],
  ['huge.html', FERRY],
  ['replace-body.html', PIER],
  ['article.xhtml', FERRY],
  ['overrides.html', FERRY],
  ['frozen-highlights.html', FERRY],
];

/** Pages where the top document holds no article Whosaid can read; `scripted`: the page runs pages/record.js. */
const STEPS_ASIDE: Array<[page: string, scripted: boolean]> = [
  ['iframe-article.html', true],
  ['shadow-article.html', true],
  ['frameset.html', true],
  ['poster.svg', true],
  ['feed.xml', false],
];

const settle = () => new Promise((done) => setTimeout(done, SETTLE_MS));
const isQuote = (range: PaintedRange) => range.name.startsWith('whosaid-quote');
const misplaced = (report: DocumentReport) => report.painted.filter((range) => range.misplaced);

describe.each<BrowserName>(['chromium', 'firefox'])('hostile documents in %s', (browserName) => {
  let server: StaticServer;
  let browser: DrivenBrowser;
  /** One of Whosaid's own pages, to ask the background for a tab's status and to write its settings. */
  let extensionPage: DrivenPage;
  const pages = new Map<string, DrivenPage>();
  const url = (path: string) => `${server.origin}/${path}`;
  const status = (path: string) => extensionPage.evaluate(tabStatus, url(path));

  async function open(path: string): Promise<DrivenPage> {
    const page = await browser.newPage();
    await page.goto(url(path));
    pages.set(path, page);
    return page;
  }

  async function expectFramesUntouched(page: DrivenPage): Promise<void> {
    for (const frame of await page.evaluate(readFrames, null)) {
      expect(frame, `${frame.frame} untouched`).toEqual({ frame: frame.frame, highlights: [], errors: [], mutations: [] });
    }
  }

  beforeAll(async () => {
    server = await serveStatic(PAGES_DIR);
    browser = await startBrowser(browserName);
    extensionPage = await browser.openExtensionPage('options/index.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAINTED)('%s: paints the article only, throws nothing into the page and adds only its card host', async (path, quotes) => {
    const page = await open(path);
    await waitFor(async () => {
      const { painted } = await page.evaluate(readDocument, ARTICLE);
      return quotes.every((phrase) => painted.some((range) => isQuote(range) && range.text.includes(phrase)));
    }, `the quotes of ${path} painted`);
    expect(await status(path)).toBe('done');
    const report = await page.evaluate(readDocument, ARTICLE);
    expect(report.recorded, 'pages/record.js runs').toBe(true);
    expect(report.errors).toEqual([]);
    expect(misplaced(report)).toEqual([]);
    expect(report.mutations).toEqual([CARD_ADDED]);
    await expectFramesUntouched(page);
  });

  it.each(STEPS_ASIDE)('%s: steps aside, with no error and no change to the page', async (path, scripted) => {
    const page = await open(path);
    await waitFor(async () => (await status(path)) === 'not-article', `${path} found to hold no article`);
    const report = await page.evaluate(readDocument, ARTICLE);
    expect(report.recorded).toBe(scripted);
    expect(report).toMatchObject({ errors: [], mutations: [], painted: [], card: false });
    await expectFramesUntouched(page);
  });

  it('statement.pdf: steps aside in the browser\'s PDF viewer', async () => {
    const page = await open('statement.pdf');
    if (browserName === 'chromium') {
      // Chromium shows a PDF inside an HTML page of its own (an <embed> of its viewer), with no article.
      await waitFor(async () => (await status('statement.pdf')) === 'not-article', 'the viewer page found to hold no article');
    } else {
      // Firefox shows it in pdf.js, a privileged page where no extension's content script runs.
      await settle();
      expect(await status('statement.pdf')).toBe('idle');
    }
    expect(await page.evaluate(readDocument, ARTICLE)).toMatchObject({ painted: [], card: false });
  });

  it('overrides.html: the page\'s broken built-ins are in place, and Whosaid never called one', async () => {
    const page = pages.get('overrides.html')!;
    expect(await page.evaluate(overrides, null)).toEqual({ refused: [], inPlace: true });
  });

  it('huge.html: the highlight rules reach the article only, so inserting them restyles the article, not 100,000 elements', async () => {
    const page = pages.get('huge.html')!;
    const names = [quoteHighlightName('direct', 0), quoteHighlightName('reported', null), entityHighlightName('PERSON')];
    expect(await page.evaluate(highlightRulesReaching, { selector: `${ARTICLE} p`, names })).toEqual(names);
    expect(await page.evaluate(highlightRulesReaching, { selector: '#mega-menu a', names })).toEqual([]);
    expect(await page.evaluate(highlightRulesReaching, { selector: '#comments p', names })).toEqual([]);
  });

  it('frozen-highlights.html: the page\'s own highlight is left alone', async () => {
    const page = pages.get('frozen-highlights.html')!;
    expect((await page.evaluate(readDocument, ARTICLE)).pageHighlights).toEqual(['page-own-highlight']);
  });

  it('contenteditable.html: leaves the editable region unpainted, and typing in it keeps working', async () => {
    const page = pages.get('contenteditable.html')!;
    await page.bringToFront();
    const box = await page.evaluate(locateElement, '#draft p');
    expect(box, 'the editable region on the page').toBeTruthy();
    await page.click(box!.x, box!.y);
    for (const key of 'Ahoy') await page.press(key);
    const draft = () => page.evaluate(() => document.getElementById('draft')?.textContent ?? '', null);
    await waitFor(async () => (await draft()).includes('Ahoy'), 'the typed text in the editable region');
    await settle();
    const report = await page.evaluate(readDocument, ARTICLE);
    expect(report.errors).toEqual([]);
    expect(misplaced(report)).toEqual([]);
    expect(report.painted.some(isQuote)).toBe(true);
  });

  it('switched off for the site, leaves no trace on any page it painted, and reacts to nothing', async () => {
    const before = new Map<string, DocumentReport>();
    for (const [path] of PAINTED) before.set(path, await pages.get(path)!.evaluate(readDocument, ARTICLE));
    await extensionPage.evaluate(writeStored, { schemaVersion: 1, sites: { [server.origin]: { enabled: false, alwaysRun: false } } });

    for (const [path] of PAINTED) {
      const page = pages.get(path)!;
      await waitFor(async () => {
        const { painted, card } = await page.evaluate(readDocument, ARTICLE);
        return painted.length === 0 && !card;
      }, `every highlight and the card host gone from ${path}`);
      const report = await page.evaluate(readDocument, ARTICLE);
      expect(report.errors).toEqual([]);
      expect(report.mutations).toEqual([...before.get(path)!.mutations, CARD_REMOVED]);
      expect(report.pageHighlights).toEqual(before.get(path)!.pageHighlights);
      await page.evaluate(addQuote, { articleSelector: ARTICLE, text: '"Switched off means switched off," said Ada Quist, the ferry\'s captain.' });
    }

    await settle();
    for (const [path] of PAINTED) {
      const report = await pages.get(path)!.evaluate(readDocument, ARTICLE);
      expect(report, `${path} after the page changed its article`).toMatchObject({ errors: [], painted: [], card: false });
      expect(report.mutations).toEqual([...before.get(path)!.mutations, CARD_REMOVED]);
    }
  });
});
