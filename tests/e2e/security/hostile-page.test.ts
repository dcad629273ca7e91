/**
 * A hostile page cannot drive Whosaid or read its results, and analysing a page sends nothing off
 * the machine. The page (pages/index.html) is an ordinary article whose script records every
 * message posted to the window and forges every message Whosaid's parts exchange, by
 * `window.postMessage`, by DOM events, by synthetic shortcut key presses and, where the page has
 * one, by the runtime messaging API (page-probes.ts).
 *
 * - With the package users install (no access to any site until they click), the forgeries must
 *   not start an analysis nor change the stored settings.
 * - With the test flavour, which analyses 127.0.0.1 pages by itself, the page must hear nothing
 *   from Whosaid, the forgeries must change nothing (no teardown, no jump, no hidden page), and
 *   no request may leave 127.0.0.1.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offMachineRequests, startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { distDir } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/serve';
import { waitFor } from '../support/wait';
import { extensionTraces, forgeMessages, heard, readLocalStorage } from './page-probes';

const PAGES_DIR = join(import.meta.dirname, 'pages');
/** How long the forgeries get to have an effect; the extension answers its own messages in milliseconds. */
const SETTLE_MS = 3_000;
const NONCE = 'forged-by-the-page';
const PACKAGE_DIRS: Record<BrowserName, string> = { chromium: join(distDir, 'chrome'), firefox: join(distDir, 'firefox') };

const settle = () => new Promise((done) => setTimeout(done, SETTLE_MS));

async function forge(browser: DrivenBrowser, page: DrivenPage): Promise<string[]> {
  const extensionId = new URL(browser.extensionOrigin).host;
  return page.evaluate(forgeMessages, { extensionId, nonce: NONCE });
}

describe.each<BrowserName>(['chromium', 'firefox'])('a hostile page in %s', (browserName) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(PAGES_DIR);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('with the package users install', () => {
    let browser: DrivenBrowser;
    let page: DrivenPage;
    beforeAll(async () => {
      browser = await startBrowser(browserName, { extensionDir: PACKAGE_DIRS[browserName] });
      page = await browser.newPage();
      await page.goto(`${server.origin}/`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('cannot start an analysis or change the settings by forging messages', async () => {
      const attempts = await forge(browser, page);
      expect(attempts.filter((attempt) => attempt.startsWith('sent'))).toEqual([]);
      await settle();
      expect(await page.evaluate(extensionTraces, null)).toEqual({ highlights: [], scrollY: 0, card: false });
      const { own, others } = await page.evaluate(heard, NONCE);
      expect(own).toBeGreaterThan(0);
      expect(others).toEqual([]);
      const options = await browser.openExtensionPage('options/index.html');
      const stored = await options.evaluate(readLocalStorage, null) as { whosaid?: { sites?: Record<string, unknown> } };
      expect(Object.keys(stored.whosaid?.sites ?? {})).toEqual([]);
      expect(offMachineRequests(browser.requestedUrls)).toEqual([]);
    });
  });

  describe('with the test flavour, which analyses the page by itself', () => {
    let browser: DrivenBrowser;
    let page: DrivenPage;
    beforeAll(async () => {
      browser = await startBrowser(browserName);
      page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await waitFor(async () => (await page.evaluate(extensionTraces, null)).highlights.some((h) => h.startsWith('whosaid-quote')), 'quote highlights');
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('tells the page nothing about the analysis', async () => {
      expect(await page.evaluate(heard, NONCE)).toEqual({ own: 0, others: [] });
    });

    it('ignores forged teardown, commands, jumps and settings', async () => {
      const before = await page.evaluate(extensionTraces, null);
      await forge(browser, page);
      await settle();
      expect(await page.evaluate(extensionTraces, null)).toEqual(before);
      const { own, others } = await page.evaluate(heard, NONCE);
      expect(own).toBeGreaterThan(0);
      expect(others).toEqual([]);
    });

    it('sends no request off the machine', () => {
      expect(browser.requestedUrls.some((url) => url.startsWith(server.origin))).toBe(true);
      expect(offMachineRequests(browser.requestedUrls)).toEqual([]);
    });
  });
});
