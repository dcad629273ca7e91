/**
 * Hover intent for cards (WCAG 1.4.13, timings after Wikipedia Page Previews):
 * a card opens after the pointer rests ~300 ms on an item, stays open while the
 * pointer is over the item or the card, closes ~300 ms after it leaves both, and
 * Escape closes it at once. Keyboard focus opens without delay.
 * Pure state machine over injected timers, so it is tested without a browser.
 */

export const OPEN_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 300;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export class HoverIntent<T> {
  private shown: T | null = null;
  private overCard = false;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;

  constructor(
    private readonly show: (target: T) => void,
    private readonly hide: () => void,
    private readonly timers: Timers,
  ) {}

  get current(): T | null {
    return this.shown;
  }

  /** The item under the pointer now (null: none). Items compare by identity. */
  pointerOver(target: T | null): void {
    if (target !== null && target === this.shown) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    this.cancelOpen();
    if (target !== null) {
      this.openTimer = this.timers.set(() => {
        this.openTimer = null;
        this.open(target);
      }, OPEN_DELAY_MS);
    }
    if (this.shown !== null && !this.overCard) this.scheduleClose();
  }

  cardEnter(): void {
    this.overCard = true;
    this.cancelClose();
  }

  cardLeave(): void {
    this.overCard = false;
    if (this.shown !== null) this.scheduleClose();
  }

  /** Keyboard: show now. */
  focus(target: T): void {
    this.cancelOpen();
    this.open(target);
  }

  /** Escape, teardown, scroll away: close now. Returns whether a card was open. */
  dismiss(): boolean {
    this.cancelOpen();
    this.cancelClose();
    const wasOpen = this.shown !== null;
    if (wasOpen) this.hide();
    this.shown = null;
    this.overCard = false;
    return wasOpen;
  }

  private open(target: T): void {
    this.cancelClose();
    this.shown = target;
    this.show(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = null;
      this.shown = null;
      this.overCard = false;
      this.hide();
    }, CLOSE_DELAY_MS);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clear(this.openTimer);
    this.openTimer = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
