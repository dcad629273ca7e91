/**
 * Stage 2b: tagger spans → name mentions.
 *  - A possessive ending stays outside the mention ("China's" → "China").
 *  - Punctuation at the edges of a span is dropped, except a closing bracket
 *    whose opening one is inside ("Zeleznik (B)").
 *  - Capitalised common words of a title-case headline are not names.
 *  - Qualifiers joined by "and" share the place they qualify: "Central and
 *    East Europe" is one place, not "Central" and "East Europe".
 *  - An institution goes on over "of", "on" or "for" and the name after it:
 *    "Center on Poverty and Inequality" is one organisation.
 *  - An institution stops before a lower-case "in" and a place: "Upstate
 *    Medical University in Syracuse" is an organisation, then a place (but
 *    "Human Rights in China" is one name).
 *  - One document, one reading: a name found once is found everywhere it
 *    recurs with the same spelling (the tagger may miss it in a headline or at
 *    the start of a sentence), and every occurrence gets the type the tagger
 *    gave it most often (Ratinov and Roth's label consistency).
 */
import type { Segmented } from '../segment';
import type { DocumentView } from './features';
import type { LabelledSpan, TaggerType } from './labels';
import { MAX_MENTION_CHARS, MAX_MENTION_TOKENS } from './limits';
import places from './places.json';
import { mapPacked } from '../../shared/map-packed';

const SHARED_QUALIFIERS = new Set(places.sharedQualifiers);
const LOCATING = new Set(places.locating);
const INSTITUTIONS = new Set(places.institutions);
const INSTITUTION_LINKS = new Set(places.institutionLinks);
const ORGANISATION_HEADS = new Set([...places.institutions, ...places.organisationHeads]);

export interface NameMention {
  start: number;
  end: number;
  /** The tokens of the mention. */
  tokenStart: number;
  tokenEnd: number;
  type: TaggerType;
  /** The mention is written in capitals for emphasis (headline, dateline, credit), so its casing says nothing. */
  capsLine: boolean;
}

const POSSESSIVE = /['\u2019][sS]$/;
const HEADLINE_VOTE = 0.5;

function isPunct(segmented: Segmented, i: number): boolean {
  return segmented.tokens[i].kind === 'punct';
}

function closesInside(segmented: Segmented, from: number, close: number): boolean {
  if (segmented.tokens[close].text !== ')') return false;
  for (let i = from; i < close; i++) if (segmented.tokens[i].text === '(') return true;
  return false;
}

function isUpperWord(segmented: Segmented, i: number): boolean {
  const token = segmented.tokens[i];
  return token !== undefined && token.kind === 'word' && token.text.length >= 2 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

const DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * Capitals in a mixed-case paragraph that are still emphasis, not an acronym:
 * several capitalised words in a row ("PHOTO PROVIDED TO CHINA DAILY") or a
 * dateline ("BEIJING - ...").
 */
function isShouted(segmented: Segmented, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (segmented.tokens[i].kind === 'word' && !isUpperWord(segmented, i)) return false;
  if (to - from > 1 || isUpperWord(segmented, from - 1) || isUpperWord(segmented, to)) return true;
  const next = segmented.tokens[to];
  const previous = segmented.tokens[from - 1];
  const startsLine = !previous || segmented.text.slice(previous.end, segmented.tokens[from].start).includes('\n');
  return startsLine && next !== undefined && DASHES.has(next.text);
}

/** The character span of tokens [from, to), without a possessive ending. */
function mentionOf(segmented: Segmented, view: DocumentView, from: number, to: number, type: TaggerType): NameMention | null {
  while (from < to && isPunct(segmented, from)) from++;
  while (to > from && isPunct(segmented, to - 1) && !closesInside(segmented, from, to - 1)) to--;
  if (from >= to) return null;
  const { tokens } = segmented;
  let end = tokens[to - 1].end;
  const last = tokens[to - 1].text;
  const possessive = POSSESSIVE.exec(last);
  if (possessive && possessive.index > 0) end -= possessive[0].length;
  // A run of capitals too long for a name (limits.ts).
  if (to - from > MAX_MENTION_TOKENS || end - tokens[from].start > MAX_MENTION_CHARS) return null;
  return { start: tokens[from].start, end, tokenStart: from, tokenEnd: to, type, capsLine: view.capsLine[from] === 1 || isShouted(segmented, from, to) };
}

/**
 * In a title-case headline every word is capitalised, so only words that the
 * rest of the document also capitalises can be names: the others are trimmed
 * from the edges of a span ("Hillary Clinton Was Headed" → "Hillary Clinton"),
 * and a span left with none, or with one inside, is dropped ("Bad Optics",
 * "Berg Visits Kiel"); names found in the body are then found here again.
 */
function trimHeadline(view: DocumentView, span: LabelledSpan): LabelledSpan | null {
  if (!view.titleLine[span.tokenStart]) return span;
  const isName = (i: number) => view.elsewhere[i] === 'c' || view.elsewhere[i] === 'b';
  let { tokenStart, tokenEnd } = span;
  while (tokenStart < tokenEnd && !isName(tokenStart)) tokenStart++;
  while (tokenEnd > tokenStart && !isName(tokenEnd - 1)) tokenEnd--;
  for (let i = tokenStart; i < tokenEnd; i++) if (view.elsewhere[i] === 'l') return null;
  return tokenStart < tokenEnd ? { ...span, tokenStart, tokenEnd } : null;
}

function isQualifier(segmented: Segmented, i: number): boolean {
  const token = segmented.tokens[i];
  return token !== undefined && /^\p{Lu}/u.test(token.text) && SHARED_QUALIFIERS.has(token.text.toLowerCase());
}

/** "Central and East Europe": a place that starts with a qualifier absorbs "Qualifier and" before it (and any span there). */
function joinQualifiers(segmented: Segmented, spans: LabelledSpan[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const span of spans) {
    const { tokenStart } = span;
    const joins = span.type === 'LOC' && isQualifier(segmented, tokenStart) && segmented.tokens[tokenStart - 1]?.text === 'and' &&
      isQualifier(segmented, tokenStart - 2);
    if (!joins) {
      out.push(span);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && previous.tokenEnd > tokenStart - 2) out.pop();
    out.push({ ...span, tokenStart: tokenStart - 2 });
  }
  return out;
}

/** "Center on Poverty and Inequality": a name ending in an institution's head, one linking word and the next name are one organisation. */
function joinLinkedInstitutions(segmented: Segmented, spans: LabelledSpan[]): LabelledSpan[] {
  const { tokens } = segmented;
  const out: LabelledSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const linked = previous !== undefined && previous.tokenEnd === span.tokenStart - 1 &&
      INSTITUTION_LINKS.has(tokens[previous.tokenEnd].text) && ORGANISATION_HEADS.has(tokens[previous.tokenEnd - 1].text.toLowerCase());
    if (linked) out[out.length - 1] = { tokenStart: previous.tokenStart, tokenEnd: span.tokenEnd, type: 'ORG' };
    else out.push(span);
  }
  return out;
}

/** "X University in Syracuse": an institution's span split into the institution and the place after "in". */
function splitLocated(segmented: Segmented, spans: LabelledSpan[]): LabelledSpan[] {
  const { tokens } = segmented;
  const out: LabelledSpan[] = [];
  for (const span of spans) {
    let at = -1;
    if (span.type === 'ORG') {
      for (let i = span.tokenStart + 1; i + 1 < span.tokenEnd && at < 0; i++) {
        const located = LOCATING.has(tokens[i].text) && INSTITUTIONS.has(tokens[i - 1].text.toLowerCase());
        if (located && /^\p{Lu}/u.test(tokens[i + 1].text)) at = i;
      }
    }
    if (at < 0) out.push(span);
    else out.push({ tokenStart: span.tokenStart, tokenEnd: at, type: 'ORG' }, { tokenStart: at + 1, tokenEnd: span.tokenEnd, type: 'LOC' });
  }
  return out;
}

/** The spelling key of a mention: its tokens without a possessive ending. */
function keyOf(segmented: Segmented, mention: NameMention): string {
  return segmented.text.slice(mention.start, mention.end);
}

export function nameMentions(segmented: Segmented, view: DocumentView, spans: LabelledSpan[]): NameMention[] {
  const mentions: NameMention[] = [];
  for (const tagged of splitLocated(segmented, joinLinkedInstitutions(segmented, joinQualifiers(segmented, spans)))) {
    const span = trimHeadline(view, tagged);
    const mention = span && mentionOf(segmented, view, span.tokenStart, span.tokenEnd, span.type);
    if (mention) mentions.push(mention);
  }
  // Votes per spelling, then the winning type for each.
  const votes = new Map<string, Map<TaggerType, number>>();
  for (const mention of mentions) {
    const key = keyOf(segmented, mention);
    const counts = votes.get(key) ?? new Map<TaggerType, number>();
    // Headlines are tagged least reliably: their vote counts half.
    const weight = mention.capsLine || view.titleLine[mention.tokenStart] ? HEADLINE_VOTE : 1;
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + weight);
    votes.set(key, counts);
  }
  const typeOf = new Map<string, TaggerType>();
  for (const [key, counts] of votes) {
    let best: TaggerType | null = null;
    for (const [type, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = type;
    if (best) typeOf.set(key, best);
  }
  for (const mention of mentions) mention.type = typeOf.get(keyOf(segmented, mention)) ?? mention.type;
  return [...mentions, ...recurrences(segmented, view, mentions, typeOf)].sort((a, b) => a.start - b.start);
}

/** Names shorter than this (in characters) are not searched for elsewhere: "A", "US" would match too much. */
const MIN_PROPAGATED_LENGTH = 3;

/**
 * Other occurrences of the names already found, token-aligned and outside any
 * mention, that start with a capital letter.
 */
function recurrences(segmented: Segmented, view: DocumentView, mentions: NameMention[], typeOf: Map<string, TaggerType>): NameMention[] {
  const { tokens, text } = segmented;
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  // Names by first word, longest first, so "New York Times" wins over "New York".
  const firstOf = new Map<string, NameMention>();
  for (const mention of mentions) if (!firstOf.has(keyOf(segmented, mention))) firstOf.set(keyOf(segmented, mention), mention);
  const byFirstWord = new Map<string, Array<{ words: string[]; type: TaggerType }>>();
  for (const [key, found] of firstOf) {
    const type = typeOf.get(key);
    if (!type || key.length < MIN_PROPAGATED_LENGTH) continue;
    const words = mapPacked(tokens.slice(found.tokenStart, found.tokenEnd), (token) => token.text);
    words[words.length - 1] = text.slice(tokens[found.tokenEnd - 1].start, found.end);
    const list = byFirstWord.get(words[0]) ?? [];
    list.push({ words, type });
    byFirstWord.set(words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const first = tokens[i].text;
    // Only a capitalised word repeats a name: most tokens are passed over before any look-up.
    if (first[0] === first[0].toLowerCase()) continue;
    const candidates = byFirstWord.get(first) ?? byFirstWord.get(first.replace(POSSESSIVE, ''));
    if (!candidates) continue;
    for (const { words, type } of candidates) {
      const to = i + words.length;
      if (to > tokens.length) continue;
      let matches = true;
      for (let j = 0; j < words.length && matches; j++) {
        const word = tokens[i + j].text;
        matches = !covered[i + j] && (word === words[j] || (j === words.length - 1 && word.replace(POSSESSIVE, '') === words[j]));
      }
      // A one-word name that is also a common word ("Will", "Rose") is not one at the start of a sentence.
      const commonWord = view.elsewhere[i] === 'l' || view.elsewhere[i] === 'b';
      if (!matches || (words.length === 1 && view.initial[i] && commonWord)) continue;
      const mention = mentionOf(segmented, view, i, to, type);
      if (mention) added.push(mention);
      covered.fill(1, i, to);
      break;
    }
  }
  return added;
}
