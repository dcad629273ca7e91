/**
 * The content script's life in a page: find the article, have the background
 * analyse it, paint the result, show cards on hover and keyboard moves, follow
 * commands from the background and jumps from the popup, re-run when the article
 * changes, and leave no trace when switched off.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../shared/analysis';
import { httpOriginOf, parseAnalyzeResponse, parseToContent, type ToContent } from '../shared/messages';
import { findArticle } from './article';
import { watchArticle } from './article/watch';
import { loadStored, watchStored } from '../options/store';
import { siteChoice, type Stored } from '../options/settings';
import palettes from './paint/palettes.json';
import { anchorAnalysis, type PaintItem } from './paint/anchor';
import { Painter } from './paint/painter';
import { buildHighlightCss, pageColours } from './paint/styles';
import { alphaOf } from './paint/colour';
import { insertStyles } from './paint/inject-styles';
import { CardHost } from './card/host';
import { entityCardText, quoteAnnouncement, quoteCardText } from './card/text';
import { HoverIntent } from './hover/intent';
import { itemAtPoint } from './hover/hit-test';
import { step } from './navigate';
import { translate } from './i18n';
import { guard, send } from './report';

type Found = Extract<ReturnType<typeof findArticle>, { kind: 'article' }>;

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
  private readonly painter = new Painter(CSS.highlights, (ranges) => new Highlight(...ranges));
  private card: CardHost | null = null;
  private readonly intent = new HoverIntent<PaintItem>(
    (item) => this.showCard(item),
    () => this.card?.hide(),
    { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) },
  );
  private removeStyles: (() => void) | null = null;
  private stopWatching: Array<() => void> = [];
  private stopArticleWatch: (() => void) | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;

  constructor(private readonly doc: Document) {
    browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseToContent(message);
      if (parsed) guard(`message ${parsed.type}`, () => this.handle(parsed));
      return undefined;
    });
  }

  /** Runs the whole pipeline once; a call while one is under way joins it. */
  run(): Promise<void> {
    this.running ??= this.analyse().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async analyse(): Promise<void> {
    this.stored = (await loadStored()).stored;
    if (!siteChoice(this.stored, httpOriginOf(this.doc.location?.href)).enabled) {
      this.teardown();
      await send({ type: 'page-status', status: 'disabled', reason: translate('stateDisabled') });
      return;
    }
    this.watchArticle();
    const found = findArticle(this.doc);
    if (found.kind !== 'article') {
      this.clearPaint();
      await send({ type: 'page-status', status: 'not-article', reason: found.reason.slice(0, 500) });
      return;
    }
    const response = parseAnalyzeResponse(await send({
      type: 'analyze', text: found.text, url: this.doc.location.href, title: (found.title ?? this.doc.title).slice(0, 500),
    }));
    if (!response || !response.ok) return;
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
  private watchArticle(): void {
    if (this.stopArticleWatch) return;
    this.stopArticleWatch = watchArticle(this.doc, (reason) => guard(`article ${reason}`, () => {
      const found = reason === 'rerendered' && this.analysis ? findArticle(this.doc) : null;
      if (found?.kind === 'article' && found.text === this.analysis?.text) {
        this.found = found;
        return this.paint();
      }
      return this.run();
    }));
  }

  private async paint(): Promise<void> {
    if (!this.analysis || !this.found || !this.stored) return;
    const palette = palettes[this.stored.settings.palette];
    const anchored = anchorAnalysis(this.analysis, this.found.map, {
      paletteSize: palette.length,
      showQuotes: this.stored.settings.showQuotes,
      entityTypes: this.stored.settings.entityTypes,
    });
    this.items = anchored.items;
    this.byRange = new Map(this.items.flatMap((item) => item.ranges.map((range): [AbstractRange, PaintItem] => [range, item])));
    this.active = -1;
    this.intent.dismiss();
    this.painter.setActive(null);
    if (this.visible) this.painter.paint(this.items);
    const css = buildHighlightCss({ palette, page: this.readPageColours(), underline: this.underline });
    this.removeStyles?.();
    this.removeStyles = await insertStyles(this.doc, css);
    this.card ??= new CardHost(this.doc, { enter: () => this.intent.cardEnter(), leave: () => this.intent.cardLeave() });
    await send({ type: 'unanchored', ...anchored.unanchored });
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

  private startListening(): void {
    if (this.stopWatching.length > 0) return;
    const onMove = (event: PointerEvent) => {
      this.pointer = { x: event.clientX, y: event.clientY };
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        guard('hover', () => this.hover());
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.intent.dismiss()) event.stopPropagation();
    };
    const onScroll = () => guard('scroll', () => this.reposition());
    this.doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', onKey, true);
    this.doc.defaultView?.addEventListener('scroll', onScroll, { passive: true, capture: true });
    const stopStored = watchStored((stored) => guard('settings changed', () => this.settingsChanged(stored)));
    this.stopWatching = [
      () => this.doc.removeEventListener('pointermove', onMove, { capture: true }),
      () => this.doc.removeEventListener('keydown', onKey, true),
      () => this.doc.defaultView?.removeEventListener('scroll', onScroll, { capture: true }),
      stopStored,
    ];
  }

  private settingsChanged(stored: Stored): Promise<void> | void {
    if (!siteChoice(stored, httpOriginOf(this.doc.location?.href)).enabled) {
      this.teardown();
      return;
    }
    this.stored = stored;
    return this.paint();
  }

  private hover(): void {
    if (!this.pointer || !this.visible || !this.found) return;
    if (!this.found.map.isValid()) {
      this.intent.dismiss();
      return;
    }
    const context = { items: this.items, byRange: this.byRange, offsetOf: (node: Node, offset: number) => this.found!.map.offsetOf(node, offset) };
    this.intent.pointerOver(itemAtPoint(this.pointer.x, this.pointer.y, context, CSS.highlights, this.doc));
  }

  private showCard(item: PaintItem): void {
    if (!this.analysis || !this.card) return;
    const text = item.kind === 'quote'
      ? quoteCardText(this.analysis, item.index, translate)
      : entityCardText(this.analysis, item.index, translate, item.mention);
    this.card.show(text, this.lineOf(item));
  }

  private reposition(): void {
    const item = this.intent.current;
    if (item) this.showCard(item);
  }

  /** The client rect of the item's line under the pointer, else its first line. */
  private lineOf(item: PaintItem): DOMRect {
    const rects = item.ranges.flatMap((range) => [...range.getClientRects()]);
    const pointer = this.pointer;
    const under = pointer && rects.find((r) => pointer.x >= r.left && pointer.x <= r.right && pointer.y >= r.top && pointer.y <= r.bottom);
    return under || rects[0] || item.ranges[0].getBoundingClientRect();
  }

  private handle(message: ToContent): Promise<void> | void {
    switch (message.type) {
      case 'teardown':
        return this.teardown();
      case 'jump-to':
        return this.jumpTo(this.items.find((item) => item.kind === message.kind && item.index === message.index) ?? null);
      case 'command':
        if (message.command === 'toggle-highlights') return this.toggle();
        return this.moveQuote(message.command === 'next-quote' ? 1 : -1);
    }
  }

  private toggle(): void {
    this.visible = !this.visible;
    this.intent.dismiss();
    if (this.visible) {
      this.painter.paint(this.items);
    } else {
      this.painter.clear();
    }
    this.card?.announce(translate(this.visible ? 'announceHighlightsOn' : 'announceHighlightsOff'));
  }

  private moveQuote(direction: 1 | -1): void {
    if (!this.analysis) return;
    const quotes = this.items.filter((item) => item.kind === 'quote');
    this.active = step(this.active, quotes.length, direction);
    if (this.active < 0) {
      this.card?.announce(translate('announceNoQuotes'));
      return;
    }
    const item = quotes[this.active];
    this.jumpTo(item);
    this.card?.announce(quoteAnnouncement(this.analysis, item.index, this.active, quotes.length, translate));
  }

  /** Scrolls to the item, marks it and opens its card, as keyboard focus would. */
  private jumpTo(item: PaintItem | null): void {
    if (!item) return;
    if (!this.visible) this.toggle();
    const target = item.ranges[0].startContainer;
    const element = target.nodeType === Node.ELEMENT_NODE ? target as Element : target.parentElement;
    // Smooth scrolling only for a visible page (a hidden tab does not animate) and without reduced motion.
    const smooth = this.doc.visibilityState === 'visible'
      && this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches === false;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    this.painter.setActive(item);
    this.pointer = null;
    this.intent.focus(item);
  }

  /** Switched off: every highlight, the stylesheet, the card host and every listener go. */
  private teardown(): void {
    this.clearPaint();
    this.stopArticleWatch?.();
    this.stopArticleWatch = null;
  }

  /** No article (any more): nothing painted, but the page is still watched in case one appears. */
  private clearPaint(): void {
    this.intent.dismiss();
    this.painter.clear();
    this.removeStyles?.();
    this.removeStyles = null;
    this.card?.remove();
    this.card = null;
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    this.analysis = null;
    this.found = null;
    this.items = [];
    this.byRange = new Map();
  }
}
