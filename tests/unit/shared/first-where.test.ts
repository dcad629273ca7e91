import { describe, expect, it } from 'vitest';
import { firstWhere } from '../../../src/shared/first-where';

describe('firstWhere', () => {
  it('finds the first index from which the test holds, or the length when it never does', () => {
    const values = [1, 3, 3, 5, 8];
    expect(firstWhere(values.length, (i) => values[i] >= 3)).toBe(1);
    expect(firstWhere(values.length, (i) => values[i] > 3)).toBe(3);
    expect(firstWhere(values.length, (i) => values[i] > 0)).toBe(0);
    expect(firstWhere(values.length, (i) => values[i] > 8)).toBe(5);
    expect(firstWhere(0, () => true)).toBe(0);
  });

  it('asks about a logarithmic number of indexes', () => {
    let asked = 0;
    expect(firstWhere(1_000_000, (i) => (asked++, i >= 123_456))).toBe(123_456);
    expect(asked).toBeLessThanOrEqual(21);
  });
});
