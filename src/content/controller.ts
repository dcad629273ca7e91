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
import { isEnglish } from '../parser/language';
import { watchArticle } from './article/watch';
import { loadStored, watchStored } from '../shared/store';
import { siteChoice, type Stored } from '../shared/settings';
import palettes from '../shared/palettes.json';
import { anchorAnalysis, type PaintItem } from './paint/anchor';
import { Painter } from './paint/painter';
import { viewportFirst } from './paint/viewport';
import { buildHighlightCss, pageColours } from './paint/styles';
import { alphaOf } from './paint/colour';
import { insertStyles } from './paint/inject-styles';
import { highlightScope, stylesReachInside } from './paint/scope';
import { rememberInheritance, rememberedInheritance } from './paint/inheritance-memory';
import { ACTIVE_HIGHLIGHT } from './paint/names';
import { Cards } from './card/cards';
import { HOST_TAG } from './card/host';
import { quoteAnnouncement } from './card/text';
import { step } from './navigate';
import { translate } from './i18n';
import { guard, reportError, send } from './report';
import { runSliced, SLICE_MS, yieldToPage } from './slices';
import { textInView } from './article/in-view';
import { pieceInWhole } from '../shared/bare-spans';
import { highlightsHidden, rememberHighlights } from '../shared/highlight-memory';

type Found = Extract<ArticleResult, { kind: 'article' }>;

export class Controller {
  private stored: Stored | null = null;
  private analysis: Analysis | null = null;
  /** The analysis is of the part in view only: the whole article's is on its way. */
  private partial = false;
  private found: Found | null = null;
  private underline = true;
  private items: PaintItem[] = [];
  /** Speakers' colours (palette slots) by name, kept from paint to paint of the same page. */
  private speakerSlots = new Map<string, number>();
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
  /** The stylesheet in the page now: inserting a `::highlight()` sheet restyles the page (or the article: scope.ts), so an unchanged one stays. */
  private insertedCss: string | null = null;
  /** Whether the browser's highlights inherit their parent's styles, once seen here or on an earlier page (scope.ts, inheritance-memory.ts). */
  private highlightsInherit: boolean | null = null;
  private styling: Promise<void> = Promise.resolve();
  private stopWatching: Array<() => void> = [];
  private stopArticleWatch: (() => void) | null = null;
  /**
   * When the script's first task counts as begun, until the first run has used it: that run reads the
   * page in the same task (slices.ts), instead of yielding first, which cost 6–8 ms in Firefox, nearly
   * as long as reading the sample page (5–9 ms). Compiling and starting the script came before, in the
   * same task, for an unknown time: it counts as half a slice.
   */
  private scriptStart: number | undefined = performance.now() - SLICE_MS / 2;

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
    // What the previous pages learnt of this browser's highlights, for the first stylesheet (unreadable: learnt again).
    const userAgent = this.userAgent();
    const inheritance = userAgent && this.highlightsInherit === null ? rememberedInheritance(browser.storage.local, userAgent).catch(() => null) : null;
    // The first run starts in the script's own first task, whose budget the start has partly used up.
    const finding = findArticleSliced(this.doc, this.scriptStart);
    this.scriptStart = undefined;
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
    if (inheritance) this.highlightsInherit ??= await inheritance;
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
    // The parser reads English only: on another language it would find quotes and names that are not there.
    if (!isEnglish(found.text)) {
      this.clearPaint();
      await send({ type: 'page-status', status: 'not-english', reason: '', url });
      return;
    }
    // The stylesheet goes in before the parser runs: the style recalculation it costs (20–30 ms for a
    // 30,000-word page in Chromium, less where it is confined to the article: scope.ts) then happens
    // while the parser runs, not in the frame that paints the highlights. The background is idle now:
    // it answers at once.
    await this.restyle(found);
    // On a long article the part in view goes first (the background answers in order), and is painted
    // while the whole is analysed.
    const view = textInView(found.text, found.map, this.doc.defaultView?.innerHeight ?? 0);
    const previewing = view && send({ type: 'preview', text: found.text.slice(view.start, view.end) });
    const analysing = send({ type: 'analyze', text: found.text, url, title: (found.title ?? this.doc.title).slice(0, 500) });
    // Changed while the parser ran: a result is still right while every text node it came from is unchanged
    // (text was only added), and painting it now shows something at once; the next round brings the rest.
    const current = () => !outdated() || found.map.isValid();
    if (view && previewing) {
      const preview = parseAnalyzeResponse(await previewing, found.text.slice(view.start, view.end));
      if (preview && current()) await this.show(found, pieceInWhole(preview.analysis, view.start, found.text), preview.underlineSupported, false);
    }
    const response = parseAnalyzeResponse(await analysing, found.text);
    if (response && current()) await this.show(found, response.analysis, response.underlineSupported, true);
  }

  /** Paints an analysis of the article: of all of it (`whole`), or of the part in view, ahead of the rest. */
  private show(found: Found, analysis: Analysis, underline: boolean, whole: boolean): Promise<void> {
    this.found = found;
    this.analysis = analysis;
    this.partial = !whole;
    this.underline = underline;
    this.startListening();
    return this.paint();
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
      onUnchanged: () => guard('article moved', () => this.followMove()),
    });
  }

  /**
   * The same article in the same nodes, which the page may have moved: moving a node out of the page
   * and back collapses the ranges over it (paint them again), and a new place may lie outside the
   * highlight rules' scope (restyle, which changes the sheet only when the scope or colours changed).
   */
  private followMove(): Promise<void> | void {
    if (!this.analysis || !this.found) return;
    if (this.items.some((item) => item.ranges.some((range) => range.collapsed))) return this.paint();
    return this.restyle();
  }

  private async paint(): Promise<void> {
    const { analysis, found, stored } = this;
    if (!analysis || !found || !stored) return;
    const palette = palettes[stored.settings.palette];
    const painting = ++this.paints;
    // Usually unchanged since analyse() put it in; a new one (settings, colour scheme) travels while ranges are built.
    const styled = this.restyle(found);
    // In a task of its own: receiving a long article's analysis (copying and checking it) already takes one.
    await yieldToPage();
    const anchored = await runSliced(anchorAnalysis(analysis, found.map, {
      paletteSize: palette.length,
      showQuotes: stored.settings.showQuotes,
      entityTypes: stored.settings.entityTypes,
      keptSlots: this.speakerSlots,
    }));
    // Anchoring yields to the page: a newer paint, or a teardown, may have come in between.
    if (painting !== this.paints || analysis !== this.analysis) return;
    this.items = anchored.items;
    this.speakerSlots = anchored.speakerSlots;
    this.byRange = new Map(this.items.flatMap((item) => item.ranges.map((range): [AbstractRange, PaintItem] => [range, item])));
    this.active = -1;
    this.cards.dismiss();
    this.painter.setActive(null);
    // The stylesheet goes in before the ranges: the style recalculation it causes is then
    // a rendering task of its own, not one with the highlights' paint invalidation on top (80 ms on a
    // 30,000-word page in Chromium, where each alone stays under 40).
    await styled;
    if (painting !== this.paints || analysis !== this.analysis) return;
    if (this.visible) this.painter.paint(this.items).catch((error: unknown) => reportError('paint', error));
    else this.painter.clear();
    this.cards.start();
    // The background records what the whole article's analysis could not paint; a preview's indexes are its own.
    if (!this.partial) await send({ type: 'unanchored', ...anchored.unanchored });
  }

  /**
   * (Re)builds the highlight stylesheet from the page's current colours. Calls are
   * chained so that two overlapping restyles cannot leave an orphan stylesheet.
   */
  private restyle(found: Found | null = this.found): Promise<void> {
    return this.queueStyling(async () => {
      if (!this.stored) return;
      const palette = palettes[this.stored.settings.palette];
      const page = this.readPageColours(found);
      const root = found?.map.commonAncestor() ?? null;
      for (;;) {
        // Until seen otherwise, highlights are taken to inherit: the cheapest rules, checked once they are in.
        const scope = root && highlightScope(root, this.highlightsInherit ?? true);
        const css = buildHighlightCss({ palette, page, underline: this.underline, scope });
        if (css !== this.insertedCss) {
          this.removeStyles?.();
          this.removeStyles = await insertStyles(this.doc, css);
          this.insertedCss = css;
        }
        if (!root || !scope?.inherited || this.highlightsInherit !== null) return;
        const inside = this.firstTextHolder(found, root);
        this.highlightsInherit = stylesReachInside(inside, ACTIVE_HIGHLIGHT);
        // Only an answer from an element is the browser's ("no element" says nothing of it).
        const userAgent = this.userAgent();
        if (inside && userAgent) rememberInheritance(browser.storage.local, userAgent, this.highlightsInherit).catch((error: unknown) => reportError('styles', error));
        if (this.highlightsInherit) return;
      }
    });
  }

  private queueStyling(task: () => Promise<void> | void): Promise<void> {
    this.styling = this.styling.then(task).catch((error: unknown) => reportError('styles', error));
    return this.styling;
  }

  /** The browser's name and version, which say whether its highlights inherit (inheritance-memory.ts). */
  private userAgent(): string | undefined {
    return this.doc.defaultView?.navigator?.userAgent;
  }

  /** The element holding the article's first text, when it lies inside `root` (not `root` itself). */
  private firstTextHolder(found: Found | null, root: Element): Element | null {
    const holder = this.firstTextElement(found);
    return holder && holder !== root && root.contains(holder) ? holder : null;
  }

  /** The element holding the article's first text, or null when that text has changed since it was read. */
  private firstTextElement(found: Found | null): Element | null {
    try {
      const first = found?.map.rangesFor(0, 1)[0]?.startContainer;
      return first ? (first.nodeType === Node.ELEMENT_NODE ? first as Element : first.parentElement) : null;
    } catch {
      return null;
    }
  }

  /** The article's text colour and the background behind it, for contrast-safe tints. */
  private readPageColours(found: Found | null) {
    const view = this.doc.defaultView;
    // The article's first text node may have changed since it was read: the body's colours will do.
    let element: Element | null = this.firstTextElement(found) ?? this.doc.body;
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
        // The popup's indexes are into the whole article's analysis, which a preview's items are not.
        if (this.partial) return;
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
    this.partial = false;
    this.found = null;
    this.items = [];
    this.speakerSlots = new Map();
    this.byRange = new Map();
  }
}
