/**
 * The hostile inputs named in the robustness issue, at full size: a 1 MB paragraph,
 * 1 MB without a single space, 10,000 quote marks of each style in a row, 100,000
 * "said" cues, long runs of capitalised words, acronyms and parentheses. `analyze`
 * must return and keep the contract. Every crafted unit of linear-time.test.ts is
 * checked here too, at a size where its result is cheap to verify.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { contractViolations } from './contract';
import { EXOTIC, QUOTE_MARKS, REPEATED_UNITS, repeatTo } from './hostile-text';

const MEGABYTE = 1 << 20;
/** Generous: a busy 2-core machine runs these beside other tests; linear-time.test.ts is the real speed check. */
const TIMEOUT_MS = 60_000;

const keepsContract = (text: string) => {
  expect(contractViolations(text, analyze(text))).toEqual([]);
};

describe('analyze survives hostile inputs at full size', () => {
  it.each([
    ['an empty text', ''],
    ['only spaces and line breaks', ' \n\t\r\n \u00a0\u2028\n\n '],
    ['a 1 MB paragraph of attributions', repeatTo('\u201cWe will not stop,\u201d Li Mingzhu, head of the World Health Organization (WHO), said on Monday. ', MEGABYTE)],
    ['1 MB without spaces', repeatTo('Abc.def-ghi\u2019jkl', MEGABYTE)],
    ['1 MB of one letter', repeatTo('a', MEGABYTE)],
    ['100,000 "said" cues', 'said '.repeat(100_000)],
    ['100,000 attributed quotes', '"Yes," he said. '.repeat(100_000)],
    ['50,000 capitalised words', 'Abc '.repeat(50_000)],
    ['50,000 acronym definitions', 'World Health Organization (WHO) '.repeat(50_000)],
    ['100,000 open parentheses', '('.repeat(100_000) + 'WHO'],
    ['mixed right-to-left, CJK, emoji and control characters', repeatTo(EXOTIC.join(' ') + ' \u201c\u0642\u0627\u0644\u201d, \u674e said. ', MEGABYTE / 4)],
  ])('%s', (_name, text) => keepsContract(text), TIMEOUT_MS);

  it.each(QUOTE_MARKS)('10,000 %j quote marks in a row, then an attribution', (mark) => {
    keepsContract(`${mark.repeat(10_000)} Yes, ${mark} Li said.`);
  }, TIMEOUT_MS);

  it.each(Object.entries(REPEATED_UNITS))('20,000 characters of repeated %s', (_name, unit) => keepsContract(repeatTo(unit, 20_000)), TIMEOUT_MS);
});
