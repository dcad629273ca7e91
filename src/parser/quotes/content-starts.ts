/**
 * Where a reported content starts when words at its head are the writer's, not the source's.
 *
 * A discourse connective set off by a comma at the head of a content whose attribution trails ("In fact, [neither
 * Trump nor Clinton's tax plans would ...], analysts said") links the sentence to the one before it: PolNeAR leaves it
 * out of the quote (train: 11 of the 13 such contents that match a gold quote; exact tp +9 -1). A connective alone
 * before an attribution that interrupts the content ("But, Carson added, ...") is reported.ts's concern; one without
 * its comma may be an adverb of the clause.
 */
import type { Token } from '../segment';
import startData from './content-starts.json';

const CONNECTIVES = new Set(startData.connectives);
/** Most words of a connective ("what's more" may be three tokens). */
const MAX_CONNECTIVE_TOKENS = 4;

/** The first token after an opening connective and its comma in the content [start, end), or `start` when none opens it. */
export function afterOpeningConnective(text: string, tokens: Token[], start: number, end: number): number {
  for (let comma = start + 1; comma < end && comma - start <= MAX_CONNECTIVE_TOKENS; comma++) {
    if (tokens[comma].kind !== 'punct') continue;
    if (tokens[comma].text !== ',' || comma + 1 >= end) return start;
    const words = text.slice(tokens[start].start, tokens[comma - 1].end).toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ');
    return CONNECTIVES.has(words) ? comma + 1 : start;
  }
  return start;
}
