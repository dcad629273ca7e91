/**
 * The accessibility checklist (shared notes §6) on what Whosaid draws: the popup, the options page
 * and the cards, in each browser. Named controls; pointer targets of at least 24 × 24 px; a focus
 * ring on every control Tab reaches; no motion under reduced motion; system colours under forced
 * colours. The reader's settings are set through the browser (ux/native.ts), not assumed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { readActive, readPaintedRanges, scrollToMiddle, type PaintedRange } from '../support/probes';
import { ARTICLE_REGIONS, PROBE_QUOTE } from '../support/sample';
import { serveStatic, type StaticServer } from '../support/serve';
import { sampleSiteDir } from '../support/paths';
import { waitFor } from '../support/wait';
import {
  auditNames, auditTargets, readCardLook, readFocus, readMediaState, readScrollBehavior, readSelection, selectText, type FocusState,
} from './a11y-probes';
import { pressShortcut, setUserPreferences } from './native';
import { readCardParts, readLiveRegion, readShortcuts } from './probes';

/** More Tab presses than any of our pages has controls: the walk stops when focus leaves or comes round. */
const MAX_TABS = 80;

/** Presses Tab until focus leaves the page or comes back round, and returns each stop. */
async function tabThrough(page: DrivenPage): Promise<FocusState[]> {
  const stops: FocusState[] = [];
  for (let press = 0; press < MAX_TABS; press++) {
    await page.press('Tab');
    const focus = await page.evaluate(readFocus, null);
    if (focus.element === null || stops.some((stop) => stop.position === focus.position)) break;
    stops.push(focus);
  }
  return stops;
}

const withoutRing = (stops: FocusState[]) => stops.filter((stop) => stop.outlineStyle === 'none' || stop.outlineWidth < 2);

export function describeAccessibilityIn(browserName: BrowserName): void {
  describe(`accessibility in ${browserName}`, () => {
    let server: StaticServer;
    let browser: DrivenBrowser;
    let page: DrivenPage;
    let popup: DrivenPage;
    const isProbeQuote = (range: PaintedRange) => range.name.startsWith('whosaid-quote') && range.text.includes(PROBE_QUOTE.phrase);

    /** Scrolls the probe quote into view and returns a point on it. */
    async function probeQuotePoint(): Promise<{ x: number; y: number }> {
      await page.bringToFront();
      const target = (await page.evaluate(readPaintedRanges, ARTICLE_REGIONS)).find(isProbeQuote);
      expect(target?.pageY, 'the painted probe quote').toBeTypeOf('number');
      // A smooth scroll still running (a shortcut's jump in the previous test) may carry the page on
      // after an instant scroll: scroll again until the page stays where it was put.
      await waitFor(async () => {
        await page.evaluate(scrollToMiddle, target!.pageY!);
        const put = await page.evaluate(() => scrollY, null);
        await new Promise((done) => setTimeout(done, 250));
        return (await page.evaluate(() => scrollY, null)) === put;
      }, 'the page to stay scrolled to the probe quote');
      return (await page.evaluate(readPaintedRanges, ARTICLE_REGIONS)).find(isProbeQuote)!.point!;
    }

    /** Pins the probe quote's card with a click; its first button takes the focus. */
    async function pinProbeCard(): Promise<void> {
      const point = await probeQuotePoint();
      await page.click(point.x, point.y);
      await waitFor(async () => (await page.evaluate(readCardParts, null))?.role === 'dialog', 'the pinned card');
    }

    /**
     * The focus on each button of the pinned card, from the first (focused when it opened) on with
     * Tab. It stops at the last button: one more Tab would put the focus on a link of the page,
     * which scrolls the page under the next test.
     */
    async function walkCardButtons(): Promise<FocusState[]> {
      const { buttons } = (await page.evaluate(readCardParts, null))!;
      const stops = [await page.evaluate(readFocus, null)];
      for (let press = 1; press < buttons.length; press++) {
        await page.press('Tab');
        stops.push(await page.evaluate(readFocus, null));
      }
      expect(stops.map((stop) => stop.element?.replace(/^button "(.*)"$/, '$1'))).toEqual(buttons.map((label) => label.slice(0, 30)));
      return stops;
    }

    async function closeCard(): Promise<void> {
      await page.press('Escape');
      await page.hover(1, 1);
      await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'the card to close');
    }

    beforeAll(async () => {
      server = await serveStatic(sampleSiteDir);
      browser = await startBrowser(browserName);
      page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await waitFor(async () => (await page.evaluate(readPaintedRanges, ARTICLE_REGIONS)).some(isProbeQuote), 'the probe quote painted');
      popup = await browser.openExtensionPage('popup/index.html');
      await popup.setViewport(420, 640);
      await waitFor(async () => (await popup.evaluate(() => document.querySelector('.summary') !== null, null)), 'the popup summary');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    describe('the popup', () => {
      it('names every control and gives each a target of at least 24 × 24 px', async () => {
        expect(await popup.evaluate(auditNames, 'document')).toEqual([]);
        expect(await popup.evaluate(auditTargets, 'document')).toEqual([]);
      });

      it('draws a focus ring on every control Tab reaches, in order from the top', async () => {
        await popup.bringToFront();
        const stops = await tabThrough(popup);
        expect(stops.length, 'controls reached with Tab').toBeGreaterThan(10);
        expect(stops[0].element).toContain('a#options');
        expect(withoutRing(stops)).toEqual([]);
      });
    });

    describe('the options page', () => {
      let options: DrivenPage;
      beforeAll(async () => {
        options = await browser.openExtensionPage('options/index.html');
        await waitFor(async () => (await options.evaluate(() => document.querySelectorAll('input[name="palette"]').length, null)) > 0, 'the options');
      });

      it('names every control and gives each a target of at least 24 × 24 px', async () => {
        expect(await options.evaluate(auditNames, 'document')).toEqual([]);
        expect(await options.evaluate(auditTargets, 'document')).toEqual([]);
      });

      it('draws a focus ring on every control Tab reaches', async () => {
        await options.bringToFront();
        const stops = await tabThrough(options);
        expect(stops.length, 'controls reached with Tab').toBeGreaterThan(5);
        expect(withoutRing(stops)).toEqual([]);
      });
    });

    describe('a pinned card', () => {
      it('is a named dialog whose buttons are at least 24 × 24 px and show a focus ring', async () => {
        await pinProbeCard();
        expect(await page.evaluate(auditNames, 'card')).toEqual([]);
        expect(await page.evaluate(auditTargets, 'card')).toEqual([]);
        expect(withoutRing(await walkCardButtons())).toEqual([]);
        await closeCard();
      });
    });

    it('lets the keyboard reach a card: a shortcut opens it, Enter pins it, Tab walks its buttons, Escape closes it', async () => {
      const shortcuts = await popup.evaluate(readShortcuts, null);
      await page.bringToFront();
      await pressShortcut(page, shortcuts['next-quote']);
      await waitFor(async () => (await page.evaluate(readCardParts, null))?.role === 'tooltip'
        && Boolean(await page.evaluate(readLiveRegion, null)), 'the card of the first quote, announced');
      await page.press('Enter');
      const pinned = await page.evaluate(readCardParts, null);
      expect(pinned?.role, 'the card pinned by Enter').toBe('dialog');
      expect(withoutRing(await walkCardButtons())).toEqual([]);
      await page.press('Escape');
      await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'Escape to close the card');
      expect((await page.evaluate(readFocus, null)).element, 'focus back on the page').toBeNull();
    });

    describe('the active quote, for assistive technology', () => {
      /** Text compared across the selection and the highlights, which may break lines differently. */
      const bare = (text: string) => text.replace(/\s+/g, '');

      /** Presses next-quote and waits until the selection is the newly active quote, from its first painted range to its last. */
      async function nextQuoteSelected(): Promise<string> {
        const shortcuts = await popup.evaluate(readShortcuts, null);
        const before = bare((await page.evaluate(readActive, null)).map((range) => range.text).join(''));
        await page.bringToFront();
        await pressShortcut(page, shortcuts['next-quote']);
        let selected = '';
        await waitFor(async () => {
          const active = (await page.evaluate(readActive, null)).map((range) => bare(range.text));
          selected = bare((await page.evaluate(readSelection, null)).text);
          return active.length > 0 && active.join('') !== before
            && selected.startsWith(active[0]) && selected.endsWith(active.at(-1)!) && active.every((text) => selected.includes(text));
        }, 'the selection on the quote next-quote made active');
        return selected;
      }

      it("is the document selection while the shortcuts move, and Escape gives the reader's own selection back", async () => {
        await page.bringToFront();
        const own = await page.evaluate(selectText, 'h1');
        expect(own.length, 'a selection of the headline').toBeGreaterThan(10);
        const first = await nextQuoteSelected();
        const second = await nextQuoteSelected();
        expect(second).not.toBe(first);
        expect((await page.evaluate(readFocus, null)).element, 'focus left where it was').toBeNull();
        await page.press('Escape');
        await waitFor(async () => (await page.evaluate(readSelection, null)).text === own, 'the headline selected again');
        expect((await page.evaluate(readSelection, null)).within).toBe('h1');
      });

      it('leaves a selection the reader made since in place on Escape', async () => {
        // The headline, kept from before the first move, is what a wrong Escape would bring back.
        await page.evaluate(selectText, 'h1');
        await nextQuoteSelected();
        const own = await page.evaluate(selectText, 'article p');
        expect(own.length, 'a selection of a paragraph').toBeGreaterThan(10);
        await page.press('Escape');
        // Escape has been handled once the card it closes is gone; the reader's new selection stays.
        await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'Escape to close the card');
        expect((await page.evaluate(readSelection, null)).text).toBe(own);
      });
    });

    describe("the reader's motion and contrast settings", () => {
      afterAll(async () => {
        for (const driven of [page, popup]) await setUserPreferences(driven, { reducedMotion: false, forcedColors: false });
      });

      it('scrolls the popup smoothly only without reduced motion, and never animates the card', async () => {
        expect(await popup.evaluate(readMediaState, null)).toEqual({ reducedMotion: false, forcedColors: false });
        expect(await popup.evaluate(readScrollBehavior, null)).toBe('smooth');
        for (const driven of [page, popup]) await setUserPreferences(driven, { reducedMotion: true, forcedColors: false });
        await waitFor(async () => (await popup.evaluate(readMediaState, null)).reducedMotion, 'reduced motion in the popup');
        // Firefox may restyle for a changed preference a little after matchMedia reports it (sooner or later
        // depending on what else the extension's process runs): the style must follow, not at once.
        await waitFor(async () => (await popup.evaluate(readScrollBehavior, null)) === 'auto', 'no smooth scrolling under reduced motion', 5_000);
        await waitFor(async () => (await page.evaluate(readMediaState, null)).reducedMotion, 'reduced motion in the page');
        await pinProbeCard();
        const look = (await page.evaluate(readCardLook, null))!;
        expect(look.animations).toBe(0);
        expect(look.transition).toMatch(/^0s(, 0s)*$/);
        await closeCard();
      });

      it('draws the card in system colours, without a shadow, under forced colours', async () => {
        for (const driven of [page, popup]) await setUserPreferences(driven, { reducedMotion: false, forcedColors: true });
        await waitFor(async () => (await page.evaluate(readMediaState, null)).forcedColors, 'forced colours in the page');
        await pinProbeCard();
        const look = (await page.evaluate(readCardLook, null))!;
        expect(look.borderColor).toBe(look.canvasText);
        expect(look.boxShadow).toBe('none');
        await closeCard();
      });

      it('keeps the popup focus ring under forced colours', async () => {
        await waitFor(async () => (await popup.evaluate(readMediaState, null)).forcedColors, 'forced colours in the popup');
        await popup.bringToFront();
        await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
        const stops = await tabThrough(popup);
        expect(stops.length).toBeGreaterThan(10);
        expect(withoutRing(stops)).toEqual([]);
      });
    });
  });
}
