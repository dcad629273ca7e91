/**
 * The one element Whosaid adds to a page: `<whosaid-card>` on the document
 * element, with an open shadow root holding the card (in the top layer as a
 * manual popover) and a polite live region for keyboard navigation. A hover card
 * is a read-only tooltip; a pinned card is a non-modal dialog with buttons.
 * Text only: every string goes in through `textContent`.
 */
import type { CardText } from './text';
import { CARD_CSS } from './style';

export const HOST_TAG = 'whosaid-card';

export interface CardAction {
  label: string;
  run(): void;
}
/** Space between the line a card explains and the card, so it never covers that line. */
const GAP_PX = 6;
const MARGIN_PX = 8;

export class CardHost {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private readonly root: ShadowRoot;

  constructor(private readonly doc: Document, handlers: { enter(): void; leave(): void }) {
    this.host = doc.createElement(HOST_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    this.root = root;
    addStyles(doc, root);
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'tooltip');
    this.card.setAttribute('popover', 'manual');
    this.card.hidden = true;
    this.card.addEventListener('pointerenter', () => handlers.enter());
    this.card.addEventListener('pointerleave', () => handlers.leave());
    this.live = doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    root.append(this.card, this.live);
    doc.documentElement.append(this.host);
  }

  /**
   * Shows `text` next to `line` (the client rect of the line it explains): as a
   * tooltip, or with `actions` as a dialog whose first button takes the focus.
   */
  show(text: CardText, line: DOMRect, actions: CardAction[] | null = null): void {
    const title = this.doc.createElement('p');
    title.className = 'title';
    title.textContent = text.title;
    const list = this.doc.createElement('ul');
    list.className = 'lines';
    for (const line of text.lines) {
      const item = this.doc.createElement('li');
      item.textContent = line.text;
      if (line.source !== undefined) {
        const source = this.doc.createElement('q');
        source.className = 'source';
        source.textContent = line.source;
        item.append(source);
      }
      list.append(item);
    }
    const buttons = (actions ?? []).map((action) => {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', () => action.run());
      return button;
    });
    const footer = this.doc.createElement('div');
    footer.className = 'actions';
    footer.append(...buttons);
    this.card.replaceChildren(title, list, ...(buttons.length > 0 ? [footer] : []));
    this.card.setAttribute('role', actions ? 'dialog' : 'tooltip');
    if (actions) this.card.setAttribute('aria-label', text.title);
    else this.card.removeAttribute('aria-label');
    this.card.hidden = false;
    if (typeof this.card.showPopover === 'function' && !this.card.matches(':popover-open')) this.card.showPopover();
    this.place(line);
    buttons[0]?.focus({ preventScroll: true });
  }

  hide(): void {
    // A focused button must not stay focused out of sight (browsers fix that up only later, if at all):
    // focus leaves the card, for the caller to put back where it was.
    const focused = this.root.activeElement as HTMLElement | null;
    if (focused && this.card.contains(focused)) focused.blur();
    if (typeof this.card.hidePopover === 'function' && this.card.matches(':popover-open')) this.card.hidePopover();
    this.card.hidden = true;
  }

  announce(message: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.live.textContent = '';
    this.live.textContent = message;
  }

  remove(): void {
    this.host.remove();
  }

  /** Below the line when it fits, else above it; clamped inside the viewport. */
  place(line: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = this.card.getBoundingClientRect();
    const below = line.bottom + GAP_PX;
    const top = below + box.height <= height - MARGIN_PX || line.top - GAP_PX - box.height < MARGIN_PX
      ? below
      : line.top - GAP_PX - box.height;
    const left = Math.max(MARGIN_PX, Math.min(line.left, width - box.width - MARGIN_PX));
    this.card.style.top = `${Math.round(top)}px`;
    this.card.style.left = `${Math.round(left)}px`;
  }
}

/**
 * Constructed stylesheets need no inline <style> (which a page's CSP may block);
 * where the content script cannot adopt one (Firefox Xray wrappers have refused
 * it), a <style> element inside our own shadow root.
 */
function addStyles(doc: Document, root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}
