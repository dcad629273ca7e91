/**
 * Property tests of `analyze` over random and adversarial text: it never throws, and
 * every span it returns lies inside the text, on code-point boundaries, and slices to
 * the text it states (see contract.ts). The generators are in hostile-text.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { contractViolations } from './contract';
import { anyCodeUnit, nestedQuotes, newsLikeText, tokenSoup } from './hostile-text';

/** Holds when `analyze` returns without throwing and its result keeps the contract. */
const keepsContract = (text: string) => {
  expect(contractViolations(text, analyze(text))).toEqual([]);
};

describe('analyze keeps the Analysis contract', () => {
  it('on arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), keepsContract), { numRuns: 300 });
  });

  it('on arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 400 }), keepsContract), { numRuns: 300 });
  });

  it('on a soup of quote marks, cues, names, acronyms, punctuation and exotic characters', () => {
    fc.assert(fc.property(tokenSoup, keepsContract), { numRuns: 500 });
  });

  it('on news-like attributions with missing, mismatched and mixed-style quote marks', () => {
    fc.assert(fc.property(newsLikeText, keepsContract), { numRuns: 500 });
  });

  it('on quotes nested to any depth and closed in any order', () => {
    fc.assert(fc.property(nestedQuotes, keepsContract), { numRuns: 300 });
  });
});
