/**
 * Finds tokens by character offset with a binary search over the (sorted)
 * tokens, so the steps after tagging need no per-token lookup tables.
 */
import type { Token } from '../segment';
import { firstWhere } from '../../shared/first-where';

/** Index of the first token that ends after `offset` (tokens.length when none does). */
function firstEndingAfter(tokens: Token[], offset: number): number {
  return firstWhere(tokens.length, (i) => tokens[i].end > offset);
}

/** Index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  const i = firstEndingAfter(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}

/** Index of the token that contains the character just before `offset` (a mention's last token), or -1. */
export function tokenEndingAt(tokens: Token[], offset: number): number {
  const i = firstEndingAfter(tokens, offset - 1);
  return i < tokens.length && tokens[i].start < offset ? i : -1;
}
