/**
 * Property tests of `analyze` over random and adversarial text: it never throws, and
 * every span it returns lies inside the text, on code-point boundaries, and slices to
 * the text it states (see contract.ts). The generators are in hostile-text.ts.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectAnalysisKeepsContract as keepsContract } from './contract';
import { anyCodeUnit, nestedQuotes, newsLikeText, tokenSoup } from './hostile-text';

/** Hundreds of analyses per property: generous for a busy 2-core machine. */
const TIMEOUT_MS = 60_000;

describe('analyze keeps the Analysis contract', () => {
  it('on arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), keepsContract), { numRuns: 300 });
  }, TIMEOUT_MS);

  it('on arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 400 }), keepsContract), { numRuns: 300 });
  }, TIMEOUT_MS);

  it('on a soup of quote marks, cues, names, acronyms, punctuation and exotic characters', () => {
    fc.assert(fc.property(tokenSoup, keepsContract), { numRuns: 300 });
  }, TIMEOUT_MS);

  it('on news-like attributions with missing, mismatched and mixed-style quote marks', () => {
    fc.assert(fc.property(newsLikeText, keepsContract), { numRuns: 300 });
  }, TIMEOUT_MS);

  it('on quotes nested to any depth and closed in any order', () => {
    fc.assert(fc.property(nestedQuotes, keepsContract), { numRuns: 300 });
  }, TIMEOUT_MS);
});
