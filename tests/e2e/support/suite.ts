/**
 * The end-to-end suite, written once and run in each browser (chromium.test.ts, firefox.test.ts):
 * the test flavour of the built extension on the sample page served from 127.0.0.1. It checks
 * what a reader sees: highlights over the quotes and only in the article, hover cards naming the
 * speaker of a quote and the full name behind a surname, the popup listing the speakers and jumping
 * to a quote, switching off for a site without a trace, and no request off the machine.
 * The Chromium run also saves the README screenshots (light and dark) into docs/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionTraces } from '../security/page-probes';
import { offMachineRequests, startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from './driver';
import { docsDir, sampleSiteDir } from './paths';
import { bodyChanged, locateElement, locateText, readActive, readCard, readPaintedRanges, scrollToMiddle, type PaintedRange } from './probes';
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
      expect(ranges.filter((range) => !range.styled).map(({ name, text }) => ({ name, text })), 'ranges no rule styles').toEqual([]);
    });

    it('paints nothing outside the article text', async () => {
      const outside = (await painted()).filter((range) => !ARTICLE_REGIONS.includes(range.region ?? ''));
      expect(outside.map(({ name, text, region }) => ({ name, text, region }))).toEqual([]);
      expect(await page.evaluate(bodyChanged, null), 'the page DOM changed').toBe(false);
      const probe = (await painted()).find((range) => isQuote(range) && range.text.includes(PROBE_QUOTE.phrase));
      await page.evaluate(scrollToMiddle, probe?.pageY ?? 0);
      await screenshot(page, 'page.png');
    });

    /**
     * Waits until the page's scroll position holds still for one poll. A jump from the popup scrolls
     * smoothly, and that scroll can still be running when the next test measures where to hover.
     */
    async function scrollSettled() {
      let last = Number.NaN;
      await waitFor(async () => {
        const y = await page.evaluate(() => window.scrollY, null);
        const still = y === last;
        last = y;
        return still;
      }, 'the page to stop scrolling');
    }

    /** Hovers the first painted range that `matches`, and waits for the card to mention `expected`. */
    async function hoverCard(matches: (range: PaintedRange) => boolean, expected: string, shot?: string) {
      await scrollSettled();
      const target = (await painted()).find(matches);
      expect(target?.pageY, 'a painted, rendered range to hover').toBeTypeOf('number');
      await page.evaluate(scrollToMiddle, target!.pageY!);
      await scrollSettled();
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

    it('lists the speakers in the popup and jumps to a quote from it, opening its card', async () => {
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
      // The jump focuses the quote as keyboard navigation does: its card opens, and Escape closes it.
      await waitFor(async () => (await page.evaluate(readCard, null))?.includes(PROBE_QUOTE.speaker) ?? false, 'the card of the marked quote');
      await page.bringToFront();
      await page.press('Escape');
      await waitFor(async () => (await page.evaluate(readCard, null)) === null, 'Escape to close the card');
    });

    it.runIf(savesScreenshots)('saves dark-mode screenshots of the page, a card and the popup', async () => {
      await page.setColorScheme('dark');
      await hoverCard((range) => isQuote(range) && range.text.includes(PROBE_QUOTE.phrase), PROBE_QUOTE.speaker, 'tooltip-dark.png');
      await screenshot(page, 'page-dark.png');
      const popup = await browser.openExtensionPage('popup/index.html');
      await popup.setViewport(420, 640);
      await popup.setColorScheme('dark');
      await waitFor(async () => (await popup.evaluate(() => document.body.innerText, null)).includes(PROBE_QUOTE.speaker), 'the popup');
      await screenshot(popup, 'popup-dark.png');
    });

    it('leaves no trace in the page when switched off for the site, and comes back when switched on', async () => {
      const popup = await browser.openExtensionPage('popup/index.html');
      const switchedOn = () => popup.evaluate(() => (document.getElementById('site-enabled') as HTMLInputElement | null)?.checked, null);
      // Locate the switch only once the popup has rendered the analysis above it, so that it no longer moves.
      await waitFor(async () => (await popup.evaluate(() => document.body.innerText, null)).includes(PROBE_QUOTE.speaker), 'the popup');
      const toggle = async () => {
        const wasOn = await switchedOn();
        let box: { x: number; y: number } | null = null;
        await waitFor(async () => (box = await popup.evaluate(locateElement, '#site-enabled')) !== null, 'the site switch');
        await popup.click(box!.x, box!.y);
        await waitFor(async () => (await switchedOn()) === !wasOn, 'the switch to flip');
      };
      await toggle();
      await waitFor(async () => {
        const { highlights, card } = await page.evaluate(extensionTraces, null);
        return highlights.length === 0 && !card;
      }, 'every highlight and the card element to go');
      expect(await page.evaluate(bodyChanged, null), 'the page DOM changed').toBe(false);
      await toggle();
      await waitFor(async () => (await painted()).some(isQuote), 'the highlights to come back');
    });

    it('sends no request off the machine', () => {
      expect(browser.requestedUrls.some((url) => url.startsWith(server.origin))).toBe(true);
      expect(offMachineRequests(browser.requestedUrls)).toEqual([]);
    });
  });
}
