/**
 * Hover cards and pinned cards over painted items.
 *
 * Hover: the pointer is hit-tested once per animation frame; hover intent decides
 * when the read-only card (role="tooltip") opens and closes; Escape closes it.
 * Pin: a plain click on a highlight (not on a link or control, not ending a text
 * selection) pins its card as a non-modal dialog with jump buttons — the speaker's
 * other quotes, the entity's previous and next mention — because a tooltip may not
 * hold focusable controls. Enter does the same for the card that keyboard navigation
 * opened, so that its buttons are in reach without a pointer. Escape, Close or a
 * click elsewhere unpins it and gives focus back.
 * Keyboard focus on an item also makes it the document selection, for assistive
 * technology; Escape gives the reader's own selection back (active-selection.ts).
 */
import type { Analysis } from '../../shared/analysis';
import type { PaintItem } from '../paint/anchor';
import { itemAtPoint, type HitContext } from '../hover/hit-test';
import { HoverIntent } from '../hover/intent';
import { speakerKey } from '../paint/speakers';
import { translate } from '../i18n';
import { guard } from '../report';
import { ActiveSelection } from './active-selection';
import { CardHost, HOST_TAG, type CardAction } from './host';
import { entityCardText, quoteCardText } from './text';

/** What the cards need from the page's current analysis. */
export interface CardSource {
  analysis(): Analysis | null;
  items(): readonly PaintItem[];
  /** Null while nothing can be hit (highlights hidden, or the article's DOM changed). */
  hitContext(): HitContext | null;
  /** Scroll to, mark and focus an item (keyboard navigation does the same). */
  jump(item: PaintItem): void;
}

/** Elements whose clicks belong to the page, never to a card. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]';
/** A pinned quote card offers at most this many of the speaker's other quotes. */
const MAX_QUOTE_LINKS = 5;
const SNIPPET_LENGTH = 48;

export class Cards {
  private host: CardHost | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  private pinned: { item: PaintItem; returnFocus: Element | null } | null = null;
  /** The item whose card keyboard navigation opened, while that card is the one shown. */
  private keyboardItem: PaintItem | null = null;
  private stops: Array<() => void> = [];
  private readonly selection: ActiveSelection;
  private readonly intent = new HoverIntent<PaintItem>(
    (item) => this.render(item, false),
    () => this.host?.hide(),
    { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) },
  );

  constructor(private readonly doc: Document, private readonly source: CardSource) {
    this.selection = new ActiveSelection(doc);
  }

  start(): void {
    this.host ??= new CardHost(this.doc, { enter: () => this.intent.cardEnter(), leave: () => this.intent.cardLeave() });
    if (this.stops.length > 0) return;
    const view = this.doc.defaultView;
    const onMove = (event: PointerEvent) => {
      // Over our own card (its events arrive retargeted to the host): the card's enter/leave
      // handlers keep it open, and text under the card must not open another one.
      if ((event.target as Element | null)?.localName === HOST_TAG) return;
      this.pointer = { x: event.clientX, y: event.clientY };
      if (this.frame || this.pinned) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        guard('hover', () => this.hover());
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Escape ends keyboard navigation: the reader's own selection comes back (active-selection.ts).
        this.selection.restore();
        if (this.dismiss()) event.stopPropagation();
      }
      else if (event.key === 'Enter' && this.pinFromKeyboard(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onClick = (event: MouseEvent) => guard('click', () => this.click(event));
    const onScroll = () => guard('scroll', () => this.reposition());
    this.doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', onKey, true);
    this.doc.addEventListener('click', onClick);
    view?.addEventListener('scroll', onScroll, { passive: true, capture: true });
    this.stops = [
      () => this.doc.removeEventListener('pointermove', onMove, { capture: true }),
      () => this.doc.removeEventListener('keydown', onKey, true),
      () => this.doc.removeEventListener('click', onClick),
      () => view?.removeEventListener('scroll', onScroll, { capture: true }),
    ];
  }

  /** Removes the card host and every listener. */
  stop(): void {
    this.dismiss();
    for (const stop of this.stops) stop();
    this.stops = [];
    this.host?.remove();
    this.host = null;
  }

  /**
   * Keyboard focus on an item: its card opens at once, next to its first line, and the item
   * becomes the document selection for assistive technology.
   */
  focus(item: PaintItem): void {
    this.unpin();
    this.pointer = null;
    this.intent.focus(item);
    this.keyboardItem = item;
    this.selection.mirror(item);
  }

  /**
   * Enter pins the card keyboard navigation opened, unless the key belongs to the page:
   * a modifier is held, or the focus is on one of the page's controls or editable text.
   */
  private pinFromKeyboard(event: KeyboardEvent): boolean {
    const item = this.keyboardItem;
    if (!item || this.pinned || this.intent.current !== item) return false;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return false;
    const focused = this.doc.activeElement;
    if (focused?.closest?.(INTERACTIVE) || (focused as HTMLElement | null)?.isContentEditable) return false;
    this.pin(item, focused);
    return true;
  }

  /** Closes whatever card is open; true when one was. */
  dismiss(): boolean {
    this.keyboardItem = null;
    const wasPinned = this.unpin();
    return this.intent.dismiss() || wasPinned;
  }

  announce(message: string): void {
    this.host?.announce(message);
  }

  private hover(): void {
    if (this.pinned) return;
    const context = this.source.hitContext();
    if (!this.pointer || !context) {
      this.intent.dismiss();
      return;
    }
    this.intent.pointerOver(itemAtPoint(this.pointer.x, this.pointer.y, context, CSS.highlights, this.doc));
  }

  private click(event: MouseEvent): void {
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as Element | null;
    if (target?.localName === HOST_TAG) return;
    this.unpin();
    if (target?.closest?.(INTERACTIVE) || !this.doc.getSelection()?.isCollapsed) return;
    const context = this.source.hitContext();
    const item = context && itemAtPoint(event.clientX, event.clientY, context, CSS.highlights, this.doc);
    if (!item) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    this.pin(item, this.doc.activeElement);
  }

  private pin(item: PaintItem, returnFocus: Element | null): void {
    this.intent.dismiss();
    this.keyboardItem = null;
    this.pinned = { item, returnFocus };
    this.render(item, true);
  }

  /** Returns whether a card was pinned; focus goes back where it was. */
  private unpin(): boolean {
    if (!this.pinned) return false;
    const { returnFocus } = this.pinned;
    this.pinned = null;
    this.host?.hide();
    if (returnFocus instanceof HTMLElement || returnFocus instanceof SVGElement) returnFocus.focus({ preventScroll: true });
    return true;
  }

  /** The page scrolled: the open card follows its line. */
  private reposition(): void {
    const item = this.pinned?.item ?? this.intent.current;
    if (item) this.host?.place(this.lineOf(item));
  }

  private render(item: PaintItem, pinned: boolean): void {
    const analysis = this.source.analysis();
    if (!analysis || !this.host) return;
    const text = item.kind === 'quote'
      ? quoteCardText(analysis, item.index, translate)
      : entityCardText(analysis, item.index, translate, item.mention);
    this.host.show(text, this.lineOf(item), pinned ? this.actionsFor(item, analysis) : null);
  }

  private actionsFor(item: PaintItem, analysis: Analysis): CardAction[] {
    const items = this.source.items();
    // A jump keeps the card pinned, now on the target, so the reader can go on from there.
    const jump = (target: PaintItem) => () => {
      const returnFocus = this.pinned?.returnFocus ?? null;
      this.source.jump(target);
      this.pointer = null;
      this.pin(target, returnFocus);
    };
    const actions: CardAction[] = [];
    if (item.kind === 'quote') {
      const key = speakerKey(analysis.quotes[item.index]);
      const others = key === null ? [] : items.filter((other) =>
        other.kind === 'quote' && other.index !== item.index && speakerKey(analysis.quotes[other.index]) === key);
      for (const other of others.slice(0, MAX_QUOTE_LINKS)) {
        actions.push({ label: snippet(analysis.quotes[other.index].text), run: jump(other) });
      }
    } else {
      const mentions = items.filter((other) => other.kind === 'entity' && other.index === item.index);
      const at = mentions.indexOf(item);
      if (at > 0) actions.push({ label: translate('cardPreviousMention'), run: jump(mentions[at - 1]) });
      if (at >= 0 && at < mentions.length - 1) actions.push({ label: translate('cardNextMention'), run: jump(mentions[at + 1]) });
    }
    actions.push({ label: translate('cardClose'), run: () => this.unpin() });
    return actions;
  }

  /** The client rect of the item's line under the pointer, else its first line. */
  private lineOf(item: PaintItem): DOMRect {
    const rects = item.ranges.flatMap((range) => [...range.getClientRects()]);
    const pointer = this.pointer;
    const under = pointer && rects.find((r) => pointer.x >= r.left && pointer.x <= r.right && pointer.y >= r.top && pointer.y <= r.bottom);
    return under || rects[0] || item.ranges[0].getBoundingClientRect();
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SNIPPET_LENGTH ? flat : `${flat.slice(0, SNIPPET_LENGTH - 1)}…`;
}
