import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../../src/shared/map-packed';

describe('mapPacked', () => {
  it('maps every item with its index, in order, as Array.prototype.map does', () => {
    const words = ['Ann', 'said', 'no'];
    expect(mapPacked(words, (word, i) => `${i}:${word.toLowerCase()}`)).toEqual(['0:ann', '1:said', '2:no']);
    expect(mapPacked([], () => 1)).toEqual([]);
  });

  it('returns a new array with no holes and leaves its input alone', () => {
    const items = [1, 2, 3];
    const mapped = mapPacked(items, (n) => n * 2);
    expect(mapped).not.toBe(items);
    expect(items).toEqual([1, 2, 3]);
    expect(Object.keys(mapped)).toEqual(['0', '1', '2']);
  });
});
