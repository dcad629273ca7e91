/**
 * The binary search every ordered lookup uses (tokens by offset, text segments
 * by offset, paragraphs and painted items by position on screen): so that each
 * caller states only its question, and the search is written and tested once.
 */

/**
 * The first index in [0, length) at which `test` holds, given that it holds from
 * some index on and at every index after it; `length` when it never does.
 */
export function firstWhere(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
