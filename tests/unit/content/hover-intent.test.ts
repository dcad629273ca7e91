import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS, HoverIntent, OPEN_DELAY_MS } from '../../../src/content/hover/intent';

describe('hover intent', () => {
  let shown: string[];
  let hides: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
    hides = 0;
    intent = new HoverIntent<string>((item) => shown.push(item), () => hides++, {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on an item', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
  });

  it('does not open for an item the pointer only crossed', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.pointerOver(null);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    expect(shown).toEqual([]);
  });

  it('stays open while over the card, closes after leaving both', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_DELAY_MS / 2);
    intent.cardEnter();
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 10);
    expect(hides).toBe(0);
    expect(intent.current).toBe('a');
    intent.cardLeave();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(hides).toBe(1);
    expect(intent.current).toBeNull();
  });

  it('keeps the card while the pointer comes back in time', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 10);
    intent.pointerOver('a');
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 3);
    expect(hides).toBe(0);
  });

  it('moves to another item after the delay', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver('b');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(shown).toEqual(['a', 'b']);
    expect(intent.current).toBe('b');
  });

  it('opens at once on keyboard focus and closes at once on Escape', () => {
    intent.focus('k');
    expect(shown).toEqual(['k']);
    expect(intent.dismiss()).toBe(true);
    expect(hides).toBe(1);
    expect(intent.dismiss()).toBe(false);
  });
});
