/**
 * Name lists as tagger features: each token learns whether it starts, continues
 * or ends a name known to be a person, organisation, place or other name. The
 * lists (gazetteer.json) are the names of the CoNLL-2003 training set; training
 * uses lists built from the other folds only (scripts/train/ner.ts), so the
 * tagger learns how far to trust a list rather than to copy it.
 */
import type { Token } from '../segment';

/** Names of each type, tokens joined by single spaces, lower case. */
export type GazetteerData = Record<string, string[]>;

/** Longest name, in tokens, that is looked up. */
const MAX_NAME_TOKENS = 6;

/** The lookup form of a token: lower case, without a possessive ending. */
export function gazetteerKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith("'s") || lower.endsWith('\u2019s') ? lower.slice(0, -2) : lower;
}

/** Names start with a capital or a digit: lower-case words never open a listed name. */
function startsName(word: string): boolean {
  const first = word[0];
  return (first >= '0' && first <= '9') || first !== first.toLowerCase();
}

export class Gazetteer {
  /** Joined name → the types it is listed under ("washington" → "LOC PER"). */
  private readonly names = new Map<string, string>();
  /** Every proper beginning of a listed name ("new", "new york" for "new york times"): lookups stop when there is none. */
  private readonly beginnings = new Set<string>();

  constructor(data: GazetteerData) {
    for (const [type, names] of Object.entries(data)) {
      for (const name of names) {
        const types = this.names.get(name);
        // A name listed twice under one type (in the CoNLL lists and in well-known.ts) is listed once.
        if (types?.split(' ').includes(type)) continue;
        this.names.set(name, types ? `${types} ${type}` : type);
        const words = name.split(' ');
        for (let n = 1; n < words.length; n++) this.beginnings.add(words.slice(0, n).join(' '));
      }
    }
  }

  /** The types a name is listed under ("LOC PER"), or '' when it is not listed. */
  typesOf(tokens: Token[]): string {
    return this.names.get(tokens.map((token) => gazetteerKey(token.text)).join(' ')) ?? '';
  }

  /**
   * For each token, the gazetteer feature value ("B-ORG", "U-LOC PER", ...) of
   * the longest listed name that covers it, or '' when none does.
   */
  match(tokens: Token[]): string[] {
    const out = new Array<string>(tokens.length).fill('');
    let i = 0;
    while (i < tokens.length) {
      let length = 0;
      let types = '';
      let joined = '';
      for (let n = 1; n <= MAX_NAME_TOKENS && i + n <= tokens.length; n++) {
        if (n === 1 && !startsName(tokens[i].text)) break;
        const key = gazetteerKey(tokens[i + n - 1].text);
        joined = n === 1 ? key : `${joined} ${key}`;
        const found = this.names.get(joined);
        if (found) {
          length = n;
          types = found;
        }
        if (!this.beginnings.has(joined)) break;
      }
      if (length === 0) {
        i++;
        continue;
      }
      if (length === 1) out[i] = `U-${types}`;
      else {
        out[i] = `B-${types}`;
        for (let j = i + 1; j < i + length - 1; j++) out[j] = `I-${types}`;
        out[i + length - 1] = `L-${types}`;
      }
      i += length;
    }
    return out;
  }
}
