import { describe, expect, it } from 'vitest';
import { isAllowed, labelsOf, spansOf } from '../../../../src/parser/entities/labels';

describe('BILOU labels', () => {
  it('reads spans of every length and type', () => {
    const labels = ['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-LOC', 'L-LOC'];
    expect(spansOf(labels)).toEqual([
      { tokenStart: 0, tokenEnd: 1, type: 'PER' },
      { tokenStart: 2, tokenEnd: 5, type: 'ORG' },
      { tokenStart: 5, tokenEnd: 7, type: 'LOC' },
    ]);
  });

  it('writes the labels it reads', () => {
    const spans = [{ tokenStart: 1, tokenEnd: 4, type: 'MISC' as const }, { tokenStart: 5, tokenEnd: 6, type: 'PER' as const }];
    const labels = labelsOf(7, spans);
    expect(labels).toEqual(['O', 'B-MISC', 'I-MISC', 'L-MISC', 'O', 'U-PER', 'O']);
    expect(spansOf(labels)).toEqual(spans);
  });

  it('keeps a name cut off by the end of the sequence', () => {
    expect(spansOf(['O', 'B-PER', 'I-PER'])).toEqual([{ tokenStart: 1, tokenEnd: 3, type: 'PER' }]);
  });

  it('only lets a begun name go on with its own type', () => {
    expect(isAllowed('B-PER', 'I-PER')).toBe(true);
    expect(isAllowed('B-PER', 'L-ORG')).toBe(false);
    expect(isAllowed('B-PER', 'O')).toBe(false);
    expect(isAllowed('O', 'L-PER')).toBe(false);
    expect(isAllowed('L-PER', 'U-LOC')).toBe(true);
  });
});
