/**
 * The end-to-end suite, written once and run in each browser (chromium.test.ts, firefox.test.ts):
 * the test flavour of the built extension on the sample page served from 127.0.0.1. It checks
 * what a reader sees: highlights over the quotes and only in the article, hover cards naming the
 * speaker of a quote and the full name behind a surname, the popup listing the speakers and jumping
 * to a quote, and no request off the machine.
 * The Chromium run also saves the README screenshots into docs/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offMachineRequests, startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from './driver';
import { docsDir, sampleSiteDir } from './paths';
import { locateText, readActive, readCard, readPaintedRanges, scrollToMiddle, type PaintedRange } from './probes';
import { ARTICLE_REGIONS, EXPECTED_ENTITIES, EXPECTED_QUOTES, FURNITURE_REGIONS, PROBE_ENTITY, PROBE_QUOTE } from './sample';
import { serveStatic, type StaticServer } from './serve';
import { waitFor } from './wait';

const isQuote = (range: PaintedRange) => range.name.startsWith('whosaid-quote');
const isEntity = (range: PaintedRange) => range.name.startsWith('whosaid-entity');

export function describeExtensionIn(browserName: BrowserName): void {
  const savesScreenshots = browserName === 'chromium';
  const screenshot = async (page: DrivenPage, name: string) => {
    if (!savesScreenshots) return;
    mkdirSync(docsDir, { recursive: true });
    await page.screenshot(join(docsDir, name));
  };

  describe(`Whosaid in ${browserName}`, () => {
    let server: StaticServer;
    let browser: DrivenBrowser;
    let page: DrivenPage;
    const painted = () => page.evaluate(readPaintedRanges, [...FURNITURE_REGIONS, ...ARTICLE_REGIONS]);

    beforeAll(async () => {
      server = await serveStatic(sampleSiteDir);
      browser = await startBrowser(browserName);
      page = await browser.newPage();
      await page.goto(`${server.origin}/`);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads the extension', () => {
      expect(browser.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+$/);
    });

    it('paints the quotes and entities of the article', async () => {
      await waitFor(async () => (await painted()).some(isQuote), 'quote highlights');
      const ranges = await painted();
      const quoteTexts = ranges.filter(isQuote).map((range) => range.text);
      for (const { phrase } of EXPECTED_QUOTES) {
        expect(quoteTexts.some((text) => text.includes(phrase)), `a quote highlight over "${phrase}"`).toBe(true);
      }
      const entityTexts = new Set(ranges.filter(isEntity).map((range) => range.text));
      for (const name of EXPECTED_ENTITIES) expect(entityTexts, `an entity highlight on "${name}"`).toContain(name);
    });

    it('paints nothing outside the article text', async () => {
      const outside = (await painted()).filter((range) => !ARTICLE_REGIONS.includes(range.region ?? ''));
      expect(outside.map(({ name, text, region }) => ({ name, text, region }))).toEqual([]);
      const probe = (await painted()).find((range) => isQuote(range) && range.text.includes(PROBE_QUOTE.phrase));
      await page.evaluate(scrollToMiddle, probe?.pageY ?? 0);
      await screenshot(page, 'page.png');
    });

    /** Hovers the first painted range that `matches`, and waits for the card to mention `expected`. */
    async function hoverCard(matches: (range: PaintedRange) => boolean, expected: string, shot?: string) {
      const target = (await painted()).find(matches);
      expect(target?.pageY, 'a painted, rendered range to hover').toBeTypeOf('number');
      await page.evaluate(scrollToMiddle, target!.pageY!);
      const { point } = (await painted()).find(matches)!;
      expect(point, 'the range is rendered').toBeTruthy();
      await page.hover(point!.x, point!.y);
      await waitFor(async () => (await page.evaluate(readCard, null))?.includes(expected) ?? false, `a card naming ${expected}`);
      if (shot) await screenshot(page, shot);
      await page.hover(1, 1);
      await waitFor(async () => (await page.evaluate(readCard, null)) === null, 'the card to close');
    }

    it('shows the speaker in a card when a quote is hovered', async () => {
      const probe = (range: PaintedRange) => isQuote(range) && range.text.includes(PROBE_QUOTE.phrase);
      await hoverCard(probe, PROBE_QUOTE.speaker, 'tooltip.png');
    });

    it('shows the full name in a card when a surname is hovered', async () => {
      const probe = (range: PaintedRange) => isEntity(range) && range.text === PROBE_ENTITY.mention;
      await hoverCard(probe, PROBE_ENTITY.name);
    });

    it('lists the speakers in the popup and jumps to a quote from it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0), null);
      const popup = await browser.openExtensionPage('popup/index.html');
      await popup.setViewport(420, 640);
      const speakers = [...new Set(EXPECTED_QUOTES.map((quote) => quote.speaker))];
      const popupText = () => popup.evaluate(() => document.body.innerText, null);
      await waitFor(async () => {
        const text = await popupText();
        return speakers.every((speaker) => text.includes(speaker));
      }, 'the popup to list every speaker');
      await screenshot(popup, 'popup.png');

      const target = await popup.evaluate(locateText, PROBE_QUOTE.phrase);
      expect(target, 'the probe quote in the popup').toBeTruthy();
      await popup.click(target!.x, target!.y);
      await waitFor(async () => {
        const active = await page.evaluate(readActive, null);
        return active.some((range) => range.visible && range.text.includes(PROBE_QUOTE.phrase.slice(0, 20)));
      }, 'the page to scroll to and mark the quote');
    });

    it('sends no request off the machine', () => {
      expect(browser.requestedUrls.some((url) => url.startsWith(server.origin))).toBe(true);
      expect(offMachineRequests(browser.requestedUrls)).toEqual([]);
    });
  });
}
