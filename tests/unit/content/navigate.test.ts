import { describe, expect, it } from 'vitest';
import { step } from '../../../src/content/navigate';

describe('keyboard navigation order', () => {
  it('starts at the first or last item and wraps around both ends', () => {
    expect(step(-1, 3, 1)).toBe(0);
    expect(step(-1, 3, -1)).toBe(2);
    expect(step(0, 3, 1)).toBe(1);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(0, 3, -1)).toBe(2);
  });

  it('has nowhere to go without items, and recovers from a stale position', () => {
    expect(step(0, 0, 1)).toBe(-1);
    expect(step(7, 3, 1)).toBe(0);
  });
});
