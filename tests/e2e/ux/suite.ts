/**
 * The reading-experience e2e suite, written once and run in each browser (chromium.test.ts,
 * firefox.test.ts) on the project's sample page, complementing support/suite.ts (quote hover,
 * popup jump, site switch, screenshots):
 * - the entity card of a surname re-mention: full name, type in words, its descriptions each with
 *   the sentence it came from, which mention of how many on hover; pinned by a click, its
 *   previous-mention button moving the card and the active highlight; an acronym's card giving the
 *   full name; the same descriptions and sentences in the popup's list;
 * - the shortcuts, pressed as the browser bound them (`commands.getAll()`), through the browser's
 *   own shortcut handling (ux/native.ts), then the active highlight and the polite live region; the
 *   toggle remembered for the site across reloads, and listed on the options page until shown again there;
 * - the popup's Markdown, CSV and JSON exports: in Chromium read back from their blob URLs, in
 *   Firefox (whose extension-page CSP stops that fetch) clicked and read from the download folder.
 * The Chromium run saves the entity card into docs/entity-card.png.
 * Expected values come from the background's own state for the tab (what the popup renders) and
 * from the sample page's known quotes; words come from the real en messages.json.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAnalysis, type Command, type StateResponse } from '../../../src/shared/messages';
import type { Analysis, Quote } from '../../../src/shared/analysis';
import { kindLabel, plural, speakerLabel } from '../../../src/content/card/text';
import { t } from '../../unit/shared/locale';
import { extensionTraces } from '../security/page-probes';
import { startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { docsDir, sampleSiteDir } from '../support/paths';
import { readActive, readPaintedRanges, scrollToMiddle, type PaintedRange } from '../support/probes';
import { ARTICLE_REGIONS, EXPECTED_QUOTES, PROBE_ENTITY, PROBE_QUOTE } from '../support/sample';
import { serveStatic, type StaticServer } from '../support/serve';
import { waitFor } from '../support/wait';
import { csvRecords } from '../../support/csv';
import { sourceExcerpt } from '../../../src/content/card/text';
import {
  fetchExports, findTabId, locateCardButton, readCardParts, readExportLinks, readHiddenSites, readLiveRegion, readPopupDescriptions, readShortcuts,
  readTabState, rebindShortcut, sendToContent, type CardParts,
} from './probes';
import { pressShortcut } from './native';
import { downloadExports } from './downloads';

/** An acronym the sample page defines in parentheses after the full name. */
const PROBE_ACRONYM = { mention: 'CRA', name: 'Coastal Resilience Agency' };

/** Reported speech by "a council official, who asked not to be named". */
const ANONYMOUS_QUOTE = 'two firms from Aberdeen had bid for the work';

/** Text compared across the DOM and the analysed string, which may break lines and nodes differently. */
const bare = (text: string) => text.replace(/\s+/g, '');
const isQuote = (range: PaintedRange) => range.name.startsWith('whosaid-quote');
const isEntity = (range: PaintedRange) => range.name.startsWith('whosaid-entity');

/** The painted quotes in the order keyboard navigation visits them: reading order, longer first on a tie. */
function navigationOrder({ analysis, unanchored }: { analysis: Analysis; unanchored: { quotes: number[] } }): Quote[] {
  return analysis.quotes
    .filter((_, index) => !unanchored.quotes.includes(index))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text a quote's highlight covers: its parts when its attribution splits it, else all of it. */
function paintedText(analysis: Analysis, quote: Quote): string {
  return (quote.parts ?? [[quote.start, quote.end]]).map(([start, end]) => analysis.text.slice(start, end)).join('');
}

export function describeReadingExperienceIn(browserName: BrowserName): void {
  describe(`the reading experience in ${browserName}`, () => {
    let server: StaticServer;
    let browser: DrivenBrowser;
    let page: DrivenPage;
    let popup: DrivenPage;
    let tabId: number;
    let state: StateResponse['state'] & { analysis: Analysis };
    const painted = () => page.evaluate(readPaintedRanges, ARTICLE_REGIONS);
    const whosaidHighlights = async () =>
      (await page.evaluate(extensionTraces, null)).highlights.filter((name) => !name.startsWith('whosaid-active:'));

    beforeAll(async () => {
      server = await serveStatic(sampleSiteDir);
      browser = await startBrowser(browserName);
      page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await waitFor(async () => (await painted()).some(isQuote), 'quote highlights');
      popup = await browser.openExtensionPage('popup/index.html');
      let found: number | null = null;
      await waitFor(async () => (found = await popup.evaluate(findTabId, server.origin)) !== null, 'the sample page tab');
      tabId = found!;
      await waitFor(async () => {
        const response = await popup.evaluate(readTabState, tabId);
        if (response.state.status !== 'done' || !response.state.analysis) return false;
        state = response.state as typeof state;
        return true;
      }, 'the analysis of the sample page');
      expect(state.url).toBe(`${server.origin}/`);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    describe('the card of an entity mentioned by surname', () => {
      /** The probe entity, its mentions in reading order, and the index in `mentions` of each. */
      const probeEntity = () => {
        const entity = state.analysis.entities.find((candidate) => candidate.name === PROBE_ENTITY.name);
        expect(entity, `an entity named ${PROBE_ENTITY.name}`).toBeTruthy();
        const inOrder = [...entity!.mentions].sort((a, b) => a.start - b.start);
        // The range the tests point at is the first surname mention in reading order.
        const surname = inOrder.findIndex((mention) => mention.text === PROBE_ENTITY.mention);
        expect(surname, `a "${PROBE_ENTITY.mention}" mention`).toBeGreaterThanOrEqual(0);
        const mentionOf = (at: number) => t('cardMentionOf', [String(entity!.mentions.indexOf(inOrder[at]) + 1), String(inOrder.length)]);
        return { entity: entity!, inOrder, surname, mentionOf };
      };

      /** Scrolls the first painted surname mention into view and returns its centre. */
      async function surnamePoint(): Promise<{ x: number; y: number }> {
        const surname = (range: PaintedRange) => isEntity(range) && range.text === PROBE_ENTITY.mention;
        await page.bringToFront();
        const target = (await painted()).find(surname);
        expect(target?.pageY, 'a painted surname').toBeTypeOf('number');
        await page.evaluate(scrollToMiddle, target!.pageY!);
        return (await painted()).find(surname)!.point!;
      }

      const cardWhere = async (what: string, holds: (card: CardParts) => boolean): Promise<CardParts> => {
        let card: CardParts | null = null;
        await waitFor(async () => (card = await page.evaluate(readCardParts, null)) !== null && holds(card), what);
        return card!;
      };

      it('names the entity, its type in words and which mention of how many on hover', async () => {
        const { entity, surname, mentionOf } = probeEntity();
        const point = await surnamePoint();
        await page.hover(point.x, point.y);
        const card = await cardWhere('the entity card', (shown) => shown.title === PROBE_ENTITY.name);
        expect(card.role).toBe('tooltip');
        expect(card.lines[0]).toBe(t('type_PERSON'));
        expect(card.lines).toContain(mentionOf(surname));
        // Each description from the article, with the sentence it came from right under it.
        expect(entity.descriptions?.length, `descriptions of ${entity.name}`).toBeGreaterThan(0);
        expect(entity.descriptionSources).toHaveLength(entity.descriptions!.length);
        for (const [at, description] of entity.descriptions!.entries()) {
          const sentence = entity.descriptionSources![at].text;
          expect(sentence, 'the sentence holds its description').toContain(description);
          const line = card.lines.indexOf(description);
          expect(line, `the line "${description}"`).toBeGreaterThan(0);
          expect(card.sources[line]).toBe(sourceExcerpt(sentence, description));
        }
        const quoted = state.analysis.quotes.filter((quote) => quote.speaker?.entityId === entity.id).length;
        expect(quoted, `quotes by ${entity.name}`).toBeGreaterThan(0);
        expect(card.lines).toContain(plural(t, 'cardQuotesBy', quoted));
        if (browserName === 'chromium') await page.screenshot(join(docsDir, 'entity-card.png'));
        await page.hover(1, 1);
        await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'the card to close');
      });

      it('expands an acronym in the card of its mention', async () => {
        const acronym = (range: PaintedRange) => isEntity(range) && range.text === PROBE_ACRONYM.mention;
        const target = (await painted()).find(acronym);
        expect(target?.pageY, 'a painted acronym').toBeTypeOf('number');
        await page.evaluate(scrollToMiddle, target!.pageY!);
        const { point } = (await painted()).find(acronym)!;
        await page.hover(point!.x, point!.y);
        const card = await cardWhere('the acronym card', (shown) => shown.title === PROBE_ACRONYM.name);
        expect(card.lines[0]).toBe(t('type_ORG'));
        expect(card.lines).toContain(t('cardAcronym', [PROBE_ACRONYM.mention, PROBE_ACRONYM.name]));
        await page.hover(1, 1);
        await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'the card to close');
      });

      it('pins on a click, with buttons to the previous and next mention that move the card', async () => {
        const { inOrder, surname, mentionOf } = probeEntity();
        expect(surname, 'an earlier mention to go back to').toBeGreaterThan(0);
        const point = await surnamePoint();
        await page.click(point.x, point.y);
        const pinned = await cardWhere('the pinned card', (shown) => shown.role === 'dialog' && shown.title === PROBE_ENTITY.name);
        expect(pinned.lines).toContain(mentionOf(surname));
        expect(pinned.buttons).toContain(t('cardPreviousMention'));
        expect(pinned.buttons.includes(t('cardNextMention'))).toBe(surname < inOrder.length - 1);

        const previous = await page.evaluate(locateCardButton, t('cardPreviousMention'));
        expect(previous, 'the previous-mention button').toBeTruthy();
        await page.click(previous!.x, previous!.y);
        await cardWhere('the card on the previous mention', (shown) => shown.role === 'dialog' && shown.lines.includes(mentionOf(surname - 1)));
        await waitFor(async () => {
          const active = await page.evaluate(readActive, null);
          return active.length === 1 && active[0].text === inOrder[surname - 1].text && active[0].visible;
        }, `the active highlight on "${inOrder[surname - 1].text}"`);
        expect((await page.evaluate(readCardParts, null))!.buttons).toContain(t('cardNextMention'));

        await page.press('Escape');
        await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'Escape to unpin the card');
      });
    });

    it('lists, in the popup, each description of a person with the sentence it came from', async () => {
      const entity = state.analysis.entities.find((candidate) => candidate.name === PROBE_ENTITY.name)!;
      const shown = await popup.evaluate(readPopupDescriptions, entity.name);
      expect(shown).toEqual(entity.descriptions!.map((text, at) => ({ text, source: sourceExcerpt(entity.descriptionSources![at].text, text) })));
    });

    it('calls an unnamed official an anonymous source in the card of their quote', async () => {
      const quoted = (range: PaintedRange) => isQuote(range) && range.text.includes(ANONYMOUS_QUOTE);
      await page.bringToFront();
      const target = (await painted()).find(quoted);
      expect(target?.text, 'the anonymous quote, without the anonymity clause').not.toContain('not to be named');
      await page.evaluate(scrollToMiddle, target!.pageY!);
      // As a reader would: when a late repaint closes the card before it opens, move away and back.
      let card: CardParts | null = null;
      for (let attempt = 0; attempt < 3 && !card; attempt++) {
        const { point } = (await painted()).find(quoted)!;
        await page.hover(1, 1);
        await page.hover(point!.x, point!.y);
        await waitFor(async () => (card = await page.evaluate(readCardParts, null)) !== null, 'the quote card', 5_000)
          .catch(() => undefined);
      }
      expect(card, 'the quote card').not.toBeNull();
      expect(card!.title).toBe(t('speakerAnonymous'));
      await page.hover(1, 1);
      await waitFor(async () => (await page.evaluate(readCardParts, null)) === null, 'the card to close');
    });

    describe('shortcuts, pressed on the keyboard', () => {
      let shortcuts: Record<string, string>;
      beforeAll(async () => {
        shortcuts = await popup.evaluate(readShortcuts, null);
      });

      /** Presses the keys the browser bound to `name`, with the article's tab in front, as a reader would. */
      const press = async (name: Command) => {
        expect(shortcuts[name], `a key bound to ${name}`).toMatch(/\+/);
        await page.bringToFront();
        await pressShortcut(page, shortcuts[name]);
      };

      /** Waits until the page marks `quote` (shown on screen), opens its card and announces it, politely, as number `position` of `total`. */
      async function expectActive(quote: Quote, position: number, total: number) {
        const announcement = t('announceQuote', [String(position + 1), String(total), speakerLabel(quote, t), kindLabel(quote, t)]);
        const covered = bare(paintedText(state.analysis, quote));
        await waitFor(async () => {
          const active = await page.evaluate(readActive, null);
          return bare(active.map((range) => range.text).join('')) === covered && active.some((range) => range.visible)
            && (await page.evaluate(readLiveRegion, null)) === announcement
            && (await page.evaluate(readCardParts, null))?.title === speakerLabel(quote, t);
        }, `the active highlight and card on "${quote.text.slice(0, 40)}", and "${announcement}" in the live region`);
      }

      it('binds the default keys of the manifest', () => {
        expect(shortcuts).toMatchObject({
          'toggle-highlights': 'Alt+Shift+H', 'next-quote': 'Alt+Shift+Period', 'previous-quote': 'Alt+Shift+Comma',
        });
      });

      it('next-quote walks every quote in reading order, announcing each, and wraps around', async () => {
        const order = navigationOrder(state);
        expect(order.length, 'enough quotes to walk').toBeGreaterThanOrEqual(3);
        const probe = order.findIndex((quote) => quote.text.includes(PROBE_QUOTE.phrase));
        expect(order[probe]?.speaker?.name, 'the probe quote on the way').toBe(PROBE_QUOTE.speaker);
        for (const [position, quote] of order.entries()) {
          await press('next-quote');
          await expectActive(quote, position, order.length);
        }
        await press('next-quote');
        await expectActive(order[0], 0, order.length);
      });

      it('previous-quote goes back, wrapping from the first to the last', async () => {
        const order = navigationOrder(state);
        await press('previous-quote');
        await expectActive(order.at(-1)!, order.length - 1, order.length);
        await press('previous-quote');
        await expectActive(order.at(-2)!, order.length - 2, order.length);
      });

      it('next-quote goes on from the quote the popup jumped to', async () => {
        const order = navigationOrder(state);
        const at = order.findIndex((quote) => quote.text.includes(PROBE_QUOTE.phrase));
        expect(at, 'the probe quote, with a quote after it').toBeLessThan(order.length - 1);
        const index = state.analysis.quotes.indexOf(order[at]);
        await popup.evaluate(sendToContent, { tabId, message: { type: 'jump-to', kind: 'quote', index } });
        await waitFor(async () => bare((await page.evaluate(readActive, null)).map((range) => range.text).join(''))
          === bare(paintedText(state.analysis, order[at])), 'the jump to the probe quote');
        await press('next-quote');
        await expectActive(order[at + 1], at + 1, order.length);
      });

      it('toggle-highlights removes every highlight and the open card, and a second toggle restores them', async () => {
        const before = await whosaidHighlights();
        expect(before.some((name) => name.startsWith('whosaid-quote-'))).toBe(true);
        await press('toggle-highlights');
        await waitFor(async () => (await page.evaluate(extensionTraces, null)).highlights.length === 0
          && (await page.evaluate(readLiveRegion, null)) === t('announceHighlightsOff'), 'every highlight to go');
        expect(await page.evaluate(readCardParts, null), 'the card of the active quote').toBeNull();
        await press('toggle-highlights');
        await waitFor(async () => (await page.evaluate(readLiveRegion, null)) === t('announceHighlightsOn'), 'the highlights to come back');
        expect(await whosaidHighlights()).toEqual(before);
      });

      // Chromium rebinds only through its own chrome://extensions/shortcuts page, which a test cannot drive.
      it.runIf(browserName === 'firefox')('follows a shortcut the reader rebound', async () => {
        const order = navigationOrder(state);
        await popup.evaluate(rebindShortcut, { name: 'previous-quote', shortcut: 'Alt+Shift+J' });
        try {
          expect((await popup.evaluate(readShortcuts, null))['previous-quote']).toBe('Alt+Shift+J');
          await popup.evaluate(sendToContent, { tabId, message: { type: 'jump-to', kind: 'quote', index: state.analysis.quotes.indexOf(order[1]) } });
          await page.bringToFront();
          await pressShortcut(page, 'Alt+Shift+J');
          await expectActive(order[0], 0, order.length);
        } finally {
          await popup.evaluate(rebindShortcut, { name: 'previous-quote', shortcut: '' });
        }
        expect((await popup.evaluate(readShortcuts, null))['previous-quote']).toBe(shortcuts['previous-quote']);
      });

      /** Reloads the article and waits until it is analysed and anchored (the card host appears after anchoring). */
      async function reload(): Promise<void> {
        await page.goto(`${server.origin}/`);
        await waitFor(async () => (await popup.evaluate(readTabState, tabId)).state.status === 'done'
          && (await page.evaluate(extensionTraces, null)).card, 'the reloaded article to be analysed and anchored');
      }

      it('remembers highlights hidden on the site at the next visit; a jump shows them for that visit only', async () => {
        const before = await whosaidHighlights();
        await press('toggle-highlights');
        await waitFor(async () => (await page.evaluate(readLiveRegion, null)) === t('announceHighlightsOff'), 'the highlights to go');
        await reload();
        expect(await whosaidHighlights(), 'highlights on the next visit').toEqual([]);

        // A jump from the popup shows the highlights, without changing what the site remembers.
        const probe = state.analysis.quotes.findIndex((quote) => quote.text.includes(PROBE_QUOTE.phrase));
        await popup.evaluate(sendToContent, { tabId, message: { type: 'jump-to', kind: 'quote', index: probe } });
        await waitFor(async () => (await whosaidHighlights()).length > 0, 'the jump to show the highlights');
        await reload();
        expect(await whosaidHighlights(), 'highlights after a jump and a reload').toEqual([]);

        await press('toggle-highlights');
        await waitFor(async () => (await page.evaluate(readLiveRegion, null)) === t('announceHighlightsOn'), 'the highlights to come back');
        await reload();
        await waitFor(async () => JSON.stringify(await whosaidHighlights()) === JSON.stringify(before), 'every highlight on the next visit');
      });

      it('lists the site on the options page while its highlights are hidden, with a button that shows them again', async () => {
        const before = await whosaidHighlights();
        const options = await browser.openExtensionPage('options/index.html');
        const rowOfSite = async () => (await options.evaluate(readHiddenSites, null)).find((row) => row.text === server.origin);
        await waitFor(async () => (await options.evaluate(readHiddenSites, null)).length > 0, 'the options page');
        expect(await rowOfSite(), 'the site while its highlights show').toBeUndefined();

        await press('toggle-highlights');
        await waitFor(async () => (await page.evaluate(readLiveRegion, null)) === t('announceHighlightsOff'), 'the highlights to go');
        // The open options page follows the change.
        await waitFor(async () => Boolean(await rowOfSite()), 'the site in the options list');
        const { button } = (await rowOfSite())!;
        expect(button?.label).toBe(t('optionsShowHighlightsLabel', [server.origin]));

        await options.bringToFront();
        await options.click(button!.x, button!.y);
        await waitFor(async () => (await rowOfSite()) === undefined, 'the site to leave the options list');
        expect(await options.evaluate(() => document.getElementById('notice')?.textContent, null))
          .toBe(t('optionsHighlightsShown', [server.origin]));
        await reload();
        await waitFor(async () => JSON.stringify(await whosaidHighlights()) === JSON.stringify(before), 'every highlight on the next visit');
      });
    });

    describe('exports from the popup', () => {
      let files: Record<string, { type: string | null; content: string }>;
      const pageUrl = () => state.url;
      /** Where the test could read the blob's MIME type (Chromium), it must be `expected`. */
      const expectType = (file: { type: string | null }, expected: RegExp) => {
        if (file.type !== null) expect(file.type).toMatch(expected);
      };

      beforeAll(async () => {
        await waitFor(async () => Object.keys(await popup.evaluate(readExportLinks, null)).length === 3, 'three export links');
        if (browserName === 'firefox') {
          // Firefox refuses the popup's own fetch of its blob: URLs: the files are downloaded, as a reader would.
          files = await downloadExports(popup);
          return;
        }
        // A re-render revokes the links' URLs: a fetch that loses that race is tried again.
        await waitFor(async () => Boolean(files = await popup.evaluate(fetchExports, null)), 'the export files');
      });

      it('offers Markdown, CSV and JSON downloads named after the site, made in the popup', async () => {
        const links = await popup.evaluate(readExportLinks, null);
        const host = new URL(pageUrl()).hostname;
        expect(Object.fromEntries(Object.entries(links).map(([format, { name }]) => [format, name]))).toEqual({
          md: `whosaid-${host}.md`, csv: `whosaid-${host}.csv`, json: `whosaid-${host}.json`,
        });
        for (const { href } of Object.values(links)) expect(href.startsWith(`blob:${browser.extensionOrigin}/`), href).toBe(true);
      });

      it('offers JSON: the Analysis of the page, with its URL, matching what is painted', async () => {
        expectType(files.json, /^application\/json/);
        const exported = JSON.parse(files.json.content) as Analysis & { url: string; title: string | null };
        expect(isAnalysis(exported), 'an Analysis every offset of which is valid').toBe(true);
        expect(exported.url).toBe(pageUrl());
        expect(exported.title).toBe(state.title ?? null);
        expect({ text: exported.text, quotes: exported.quotes, entities: exported.entities }).toEqual(state.analysis);
        for (const { phrase, speaker } of EXPECTED_QUOTES) {
          const quote = exported.quotes.find((candidate) => candidate.text.includes(phrase));
          expect(quote?.speaker?.name, `the speaker of "${phrase}"`).toBe(speaker);
        }
        // Every quote painted on the page is one of the exported quotes, and every exported quote is painted.
        const paintedQuotes = (await painted()).filter(isQuote).map((range) => bare(range.text));
        const exportedQuotes = navigationOrder({ analysis: exported, unanchored: state.unanchored }).map((quote) => bare(quote.text));
        for (const text of paintedQuotes) expect(exportedQuotes.some((quote) => quote.includes(text)), `"${text}" exported`).toBe(true);
        for (const quote of exportedQuotes) expect(paintedQuotes.some((text) => quote.includes(text)), `"${quote}" painted`).toBe(true);
      });

      it('offers CSV: a header, then one row per quote in reading order with its speaker and the URL', () => {
        expectType(files.csv, /^text\/csv/);
        const { header, records } = csvRecords(files.csv.content);
        expect(header).toEqual(expect.arrayContaining(['kind', 'speaker', 'text', 'url']));
        const quotes = [...state.analysis.quotes].sort((a, b) => a.start - b.start);
        expect(records.map((record) => record.text)).toEqual(quotes.map((quote) => quote.text));
        expect(records.map((record) => record.speaker)).toEqual(quotes.map((quote) => quote.speaker?.name ?? ''));
        expect(new Set(records.map((record) => record.url))).toEqual(new Set([pageUrl()]));
        for (const { phrase, speaker } of EXPECTED_QUOTES) {
          expect(records.find((record) => record.text.includes(phrase))?.speaker, `the row of "${phrase}"`).toBe(speaker);
        }
      });

      it('offers Markdown: the page URL, then each quote followed by its speaker', () => {
        expectType(files.md, /^text\/markdown/);
        const lines = files.md.content.split('\n');
        expect(lines).toContain(`<${pageUrl()}>`);
        for (const { phrase, speaker } of EXPECTED_QUOTES) {
          const at = lines.findIndex((line) => line.startsWith('> ') && line.includes(phrase));
          expect(at, `a quoted line with "${phrase}"`).toBeGreaterThanOrEqual(0);
          const attribution = lines.slice(at).find((line) => line.startsWith('> — '));
          expect(attribution?.startsWith(`> — ${speaker} (`), `the attribution after "${phrase}": ${attribution}`).toBe(true);
          expect(lines.slice(0, at).reverse().find((line) => line.startsWith('## ')), `the heading over "${phrase}"`).toBe(`## ${speaker}`);
        }
      });
    });
  });
}
