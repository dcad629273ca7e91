/**
 * The content script's life in a page: find the article, have the background
 * analyse it, paint the result, show cards on hover and keyboard moves, follow
 * commands from the background and jumps from the popup, re-run when the article
 * changes, and leave no trace when switched off.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../shared/analysis';
import { httpOriginOf, parseAnalyzeResponse, parseToContent, type ToContent } from '../shared/messages';
import { findArticleSliced, type ArticleResult } from './article';
import { watchArticle } from './article/watch';
import { loadStored, watchStored } from '../shared/store';
import { siteChoice, type Stored } from '../shared/settings';
import palettes from '../shared/palettes.json';
import { anchorAnalysis, type PaintItem } from './paint/anchor';
import { Painter } from './paint/painter';
import { viewportFirst } from './paint/viewport';
import { ACTIVE_HIGHLIGHT } from './paint/names';
import { buildHighlightCss, pageColours } from './paint/styles';
import { alphaOf } from './paint/colour';
import { insertStyles } from './paint/inject-styles';
import { Cards } from './card/cards';
import { HOST_TAG } from './card/host';
import { quoteAnnouncement } from './card/text';
import { step } from './navigate';
import { translate } from './i18n';
import { guard, reportError, send } from './report';
import { runSliced } from './slices';
import { highlightsHidden, rememberHighlights } from '../shared/highlight-memory';

type Found = Extract<ArticleResult, { kind: 'article' }>;

export class Controller {
  private stored: Stored | null = null;
  private analysis: Analysis | null = null;
  private found: Found | null = null;
  private underline = true;
  private items: PaintItem[] = [];
  private byRange = new Map<AbstractRange, PaintItem>();
  private visible = true;
  private active = -1;
  private running: Promise<void> | null = null;
  /**
   * Counts requests for a run: run() calls (an injection, the popup) and the page
   * changes the watcher reports. A run goes round until it has seen them all.
   */
  private requests = 0;
  /** Counts paint() calls, so that a paint overtaken by a newer one while anchoring gives way. */
  private paints = 0;
  private readonly painter = new Painter(CSS.highlights, (ranges) => new Highlight(...ranges), viewportFirst);
  private readonly cards: Cards;
  private removeStyles: (() => void) | null = null;
  /** The stylesheet in the page now: inserting a `::highlight()` sheet restyles the whole page, so an unchanged one stays. */
  private insertedCss: string | null = null;
  private styling: Promise<void> = Promise.resolve();
  private stopWatching: Array<() => void> = [];
  private stopArticleWatch: (() => void) | null = null;

  constructor(private readonly doc: Document) {
    this.cards = new Cards(doc, {
      analysis: () => this.analysis,
      items: () => this.items,
      hitContext: () => this.hitContext(),
      jump: (item) => this.jumpTo(item),
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseToContent(message);
      if (parsed) guard(`message ${parsed.type}`, () => this.handle(parsed));
      return undefined;
    });
  }

  /**
   * Runs the whole pipeline. A call while a run is under way makes that run go
   * round once more and resolves with it: what it found may predate the call (text
   * that grew, a navigation, a popup that has just marked the tab as analysing), so
   * every call is answered by an outcome found after it.
   */
  run(): Promise<void> {
    this.requests++;
    this.running ??= this.runUntilCurrent();
    return this.running;
  }

  private async runUntilCurrent(): Promise<void> {
    try {
      for (;;) {
        const requestsAtStart = this.requests;
        await this.analyse(() => requestsAtStart !== this.requests);
        if (requestsAtStart === this.requests) return;
      }
    } finally {
      // Cleared as the loop ends, in the same step: a call from now on starts a new run instead of joining this one.
      this.running = null;
    }
  }

  /** One round of the pipeline; `outdated` turns true once a newer request has come in. */
  private async analyse(outdated: () => boolean): Promise<void> {
    // The outcome is reported for the URL the page had when it was read: after pushState the tab's state is keyed by the new one.
    const url = this.doc.location.href;
    const origin = httpOriginOf(url);
    // The article is looked for (in slices) while the settings are read: all are on the way to the first paint.
    const loading = loadStored();
    // A reader who hid the highlights on this site finds them hidden on the next visit.
    const hiding = origin ? highlightsHidden(browser.storage.local, origin) : null;
    const finding = findArticleSliced(this.doc);
    // A failure is reported where each is awaited, below.
    hiding?.catch(() => undefined);
    finding.catch(() => undefined);
    this.stored = (await loading).stored;
    if (!siteChoice(this.stored, origin).enabled) {
      this.teardown();
      await send({ type: 'page-status', status: 'disabled', reason: translate('stateDisabled'), url });
      return;
    }
    if (hiding) this.visible = !(await hiding);
    // The watcher measures later changes from this same result.
    this.watchArticle(finding);
    const found = await finding;
    // A newer request came in while the page was read (a change, a navigation, an injection): the next
    // round reads it afresh, and only that round reports.
    if (outdated()) return;
    if (found.kind !== 'article') {
      this.clearPaint();
      await send({ type: 'page-status', status: 'not-article', reason: found.reason.slice(0, 500), url });
      return;
    }
    const response = parseAnalyzeResponse(await send({
      type: 'analyze', text: found.text, url, title: (found.title ?? this.doc.title).slice(0, 500),
    }), found.text);
    if (!response) return;
    // Changed while the parser ran: the result is still right while every text node it came from is unchanged
    // (text was only added), and painting it now shows something at once; the next round brings the rest.
    if (outdated() && !found.map.isValid()) return;
    this.found = found;
    this.analysis = response.analysis;
    this.underline = response.underlineSupported;
    this.startListening();
    await this.paint();
  }

  /**
   * Late rendering, "read more", SPA navigation: analyse again. A re-render of
   * the same text only needs the ranges mapped again onto the new nodes.
   */
  private watchArticle(initial: Promise<ArticleResult>): void {
    if (this.stopArticleWatch) return;
    this.stopArticleWatch = watchArticle(this.doc, (reason) => guard(`article ${reason}`, async () => {
      const found = reason === 'rerendered' && this.analysis ? await findArticleSliced(this.doc) : null;
      if (found?.kind === 'article' && found.text === this.analysis?.text) {
        this.found = found;
        return this.paint();
      }
      return this.run();
    }), {
      initial,
      isOwnNode: (node) => node.nodeName.toLowerCase() === HOST_TAG,
      onError: (error) => reportError('article watch', error),
    });
  }

  private async paint(): Promise<void> {
    const { analysis, found, stored } = this;
    if (!analysis || !found || !stored) return;
    const palette = palettes[stored.settings.palette];
    const painting = ++this.paints;
    const anchored = await runSliced(anchorAnalysis(analysis, found.map, {
      paletteSize: palette.length,
      showQuotes: stored.settings.showQuotes,
      entityTypes: stored.settings.entityTypes,
    }));
    // Anchoring yields to the page: a newer paint, or a teardown, may have come in between.
    if (painting !== this.paints || analysis !== this.analysis) return;
    this.items = anchored.items;
    this.byRange = new Map(this.items.flatMap((item) => item.ranges.map((range): [AbstractRange, PaintItem] => [range, item])));
    this.active = -1;
    this.cards.dismiss();
    this.painter.setActive(null);
    if (this.visible) this.painter.paint(this.items).catch((error: unknown) => reportError('paint', error));
    else this.painter.clear();
    this.cards.start();
    await this.restyle();
    await send({ type: 'unanchored', ...anchored.unanchored });
  }

  /**
   * (Re)builds the highlight stylesheet from the page's current colours. Calls are
   * chained so that two overlapping restyles cannot leave an orphan stylesheet.
   */
  private restyle(): Promise<void> {
    return this.queueStyling(async () => {
      if (!this.stored || !this.analysis) return;
      const palette = palettes[this.stored.settings.palette];
      const names = new Set([ACTIVE_HIGHLIGHT, ...this.items.map((item) => item.highlight)]);
      const css = buildHighlightCss({ palette, page: this.readPageColours(), underline: this.underline, names });
      if (css === this.insertedCss) return;
      this.removeStyles?.();
      this.removeStyles = await insertStyles(this.doc, css);
      this.insertedCss = css;
    });
  }

  private queueStyling(task: () => Promise<void> | void): Promise<void> {
    this.styling = this.styling.then(task).catch((error: unknown) => reportError('styles', error));
    return this.styling;
  }

  /** The article's text colour and the background behind it, for contrast-safe tints. */
  private readPageColours() {
    const view = this.doc.defaultView;
    const first = this.items[0]?.ranges[0]?.startContainer;
    let element: Element | null = first ? (first.nodeType === Node.ELEMENT_NODE ? first as Element : first.parentElement) : this.doc.body;
    const text = element && view ? view.getComputedStyle(element).color : '';
    const backgrounds: Array<{ colour: string; alpha: number }> = [];
    for (; element && view; element = element.parentElement) {
      const colour = view.getComputedStyle(element).backgroundColor;
      backgrounds.push({ colour, alpha: alphaOf(colour) });
    }
    return pageColours(text, backgrounds);
  }

  /** Colour-scheme and settings changes, while something is painted. */
  private startListening(): void {
    if (this.stopWatching.length > 0) return;
    // A page that follows the system's dark mode changes its colours: the tints must follow.
    const scheme = this.doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => guard('colour scheme', () => this.restyle());
    scheme?.addEventListener('change', onScheme);
    const stopStored = watchStored((stored) => guard('settings changed', () => this.settingsChanged(stored)));
    this.stopWatching = [() => scheme?.removeEventListener('change', onScheme), stopStored];
  }

  private settingsChanged(stored: Stored): Promise<void> | void {
    if (!siteChoice(stored, httpOriginOf(this.doc.location?.href)).enabled) {
      this.teardown();
      return;
    }
    this.stored = stored;
    return this.paint();
  }

  /** What hit-testing needs, or null when there is nothing to hit. */
  private hitContext() {
    const found = this.found;
    if (!this.visible || !found) return null;
    if (!found.map.isValid()) return null;
    return { items: this.items, byRange: this.byRange, offsetOf: (node: Node, offset: number) => found.map.offsetOf(node, offset) };
  }

  private handle(message: ToContent): Promise<void> | void {
    switch (message.type) {
      case 'jump-to':
        return this.jumpTo(this.items.find((item) => item.kind === message.kind && item.index === message.index) ?? null);
      case 'command':
        if (message.command === 'toggle-highlights') return this.toggle(true);
        return this.moveQuote(message.command === 'next-quote' ? 1 : -1);
    }
  }

  /** `remember`: the reader's own toggle, kept for the site; a jump only reveals them for this visit. */
  private toggle(remember: boolean): Promise<void> | void {
    this.visible = !this.visible;
    this.cards.dismiss();
    if (this.visible) {
      this.painter.paint(this.items).catch((error: unknown) => reportError('paint', error));
    } else {
      this.painter.clear();
    }
    this.cards.announce(translate(this.visible ? 'announceHighlightsOn' : 'announceHighlightsOff'));
    const origin = httpOriginOf(this.doc.location?.href);
    if (remember && origin) return rememberHighlights(browser.storage.local, origin, this.visible);
  }

  private moveQuote(direction: 1 | -1): void {
    if (!this.analysis) return;
    const quotes = this.items.filter((item) => item.kind === 'quote');
    this.active = step(this.active, quotes.length, direction);
    if (this.active < 0) {
      this.cards.announce(translate('announceNoQuotes'));
      return;
    }
    const item = quotes[this.active];
    this.jumpTo(item);
    this.cards.announce(quoteAnnouncement(this.analysis, item.index, this.active, quotes.length, translate));
  }

  /** Scrolls to the item, marks it and opens its card, as keyboard focus would. */
  private jumpTo(item: PaintItem | null): void {
    if (!item) return;
    if (!this.visible) void this.toggle(false);
    // The shortcuts go on from here, whether the jump came from them, the popup or a card.
    if (item.kind === 'quote') this.active = this.items.filter((other) => other.kind === 'quote').indexOf(item);
    const target = item.ranges[0].startContainer;
    const element = target.nodeType === Node.ELEMENT_NODE ? target as Element : target.parentElement;
    // Smooth scrolling only for a visible page (a hidden tab does not animate) and without reduced motion.
    const smooth = this.doc.visibilityState === 'visible'
      && this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches === false;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    this.painter.setActive(item);
    this.cards.focus(item);
  }

  /** Switched off: every highlight, the stylesheet, the card host and every listener go. */
  private teardown(): void {
    this.clearPaint();
    this.stopArticleWatch?.();
    this.stopArticleWatch = null;
  }

  /** No article (any more): nothing painted, but the page is still watched in case one appears. */
  private clearPaint(): void {
    this.cards.stop();
    this.painter.clear();
    void this.queueStyling(() => {
      this.removeStyles?.();
      this.removeStyles = null;
      this.insertedCss = null;
    });
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    this.analysis = null;
    this.found = null;
    this.items = [];
    this.byRange = new Map();
  }
}
