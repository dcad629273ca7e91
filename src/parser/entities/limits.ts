/**
 * Size bounds on what the entity stage returns. Real names and descriptions are
 * short; a longer span is a run of capitals (a shouted passage, a list of
 * headings, a hostile page), not a name. The bounds also keep every string the
 * stage returns well inside what the extension accepts (`isAnalysis` in
 * src/shared/messages.ts rejects a whole analysis when one name passes 2,000
 * characters, so one odd passage would leave the page unpainted).
 *
 * | bound                  | value | why                                                     |
 * |------------------------|-------|---------------------------------------------------------|
 * | MAX_MENTION_TOKENS     | 12    | "State University of New York Upstate Medical University" is 9 |
 * | MAX_MENTION_CHARS      | 200   | longest real names are under 100 characters             |
 * | MAX_DESCRIPTION_CHARS  | 300   | a description is at most 16 tokens of ordinary words    |
 * | MAX_SOURCE_CHARS       | 600   | a description's source sentence shown in a card; a longer |
 * |                        |       | "sentence" is a run-on passage, cut to the name and description |
 */
import type { Token } from '../segment';
import { tokenStartingAt } from './token-index';

export const MAX_MENTION_TOKENS = 12;
export const MAX_MENTION_CHARS = 200;
export const MAX_DESCRIPTION_CHARS = 300;
export const MAX_SOURCE_CHARS = 600;

/** Whether the span [start, end) is short enough to be a name; looks at no more than MAX_MENTION_TOKENS + 1 tokens. */
export function isNameSized(tokens: Token[], start: number, end: number): boolean {
  if (end - start > MAX_MENTION_CHARS) return false;
  const first = tokenStartingAt(tokens, start);
  if (first < 0) return true;
  let count = 0;
  for (let i = first; i < tokens.length && tokens[i].start < end; i++) if (++count > MAX_MENTION_TOKENS) return false;
  return true;
}
