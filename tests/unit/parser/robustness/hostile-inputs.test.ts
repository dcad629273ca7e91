/**
 * The hostile inputs named in the robustness issue, at full size: a 1 MB paragraph,
 * 1 MB without a single space, 10,000 quote marks of each style in a row, 100,000
 * "said" cues, long runs of capitalised words, acronyms and parentheses. `analyze`
 * must return and keep the contract. Every crafted input of linear-time.test.ts is
 * checked here too, at a size where its result is cheap to verify.
 */
import { describe, it } from 'vitest';
import { expectAnalysisKeepsContract as keepsContract } from './contract';
import { CRAFTED_INPUTS, EXOTIC, QUOTE_MARKS, repeatTo } from './hostile-text';

const MEGABYTE = 1 << 20;
/** Generous: a busy 2-core machine runs these beside other tests; linear-time.test.ts is the real speed check. */
const TIMEOUT_MS = 60_000;

describe('analyze survives hostile inputs at full size', () => {
  it.each([
    ['an empty text', ''],
    ['only spaces and line breaks', ' \n\t\r\n \u00a0\u2028\n\n '],
    ['a 1 MB paragraph of attributions', repeatTo('\u201cWe will not stop,\u201d Ana Ruiz, a senior official, said on Monday. ', MEGABYTE)],
    ['1 MB without spaces', repeatTo('Abc.def-ghi\u2019jkl', MEGABYTE)],
    ['1 MB of one letter', repeatTo('a', MEGABYTE)],
    ['100,000 "said" cues', 'said '.repeat(100_000)],
    ['50,000 attributed quotes', '"Yes," he said. '.repeat(50_000)],
    ['50,000 capitalised words', 'Abc '.repeat(50_000)],
    ['100,000 open parentheses', '('.repeat(100_000) + 'WHO'],
    ['mixed right-to-left, CJK, emoji and control characters', repeatTo(EXOTIC.join(' ') + ' \u201c\u0642\u0627\u0644\u201d, \u674e said. ', MEGABYTE / 4)],
  ])('%s', (_name, text) => keepsContract(text), TIMEOUT_MS);

  it('50,000 acronym definitions', () => keepsContract('World Health Organization (WHO) '.repeat(50_000)), TIMEOUT_MS);

  it('150,000 mentions of one person', () => keepsContract('Ana Ruiz. '.repeat(150_000)), TIMEOUT_MS);

  it('1 MB of quotes attributed to a one-word name', () => keepsContract(repeatTo('"Yes," Li said. ', MEGABYTE)), TIMEOUT_MS);

  it.each(QUOTE_MARKS)('10,000 %j quote marks in a row, then an attribution', (mark) => {
    keepsContract(`${mark.repeat(10_000)} Yes, ${mark} Li said.`);
  }, TIMEOUT_MS);

  it.each(Object.entries(CRAFTED_INPUTS))('20,000 characters of %s', (_name, craft) => keepsContract(craft(20_000)), TIMEOUT_MS);
});
