/**
 * The extension checks every analysis it receives (`isAnalysis` in src/shared/messages.ts, with
 * bounds on every string) and paints nothing when the check fails. So whatever the parser returns
 * for any text the background accepts must pass that check, or a page with one odd passage would
 * show no highlight at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { isAnalysis } from '../../../../src/shared/messages';
import { CRAFTED_INPUTS, newsLikeText, tokenSoup } from './hostile-text';

/** Over the validator's 2,000-character string bound, so an unbounded name shows. */
const CRAFTED_LENGTH = 5_000;
const TIMEOUT_MS = 60_000;
const acceptedByExtension = (text: string) => {
  expect(isAnalysis(analyze(text))).toBe(true);
};

describe('the extension accepts what the parser returns', () => {
  it('for news-like attributions and token soups', () => {
    fc.assert(fc.property(fc.oneof(newsLikeText, tokenSoup), acceptedByExtension), { numRuns: 200 });
  }, TIMEOUT_MS);

  for (const [name, craft] of Object.entries(CRAFTED_INPUTS)) {
    it(`for 5,000 characters of ${name}`, () => acceptedByExtension(craft(CRAFTED_LENGTH)), TIMEOUT_MS);
  }
});
