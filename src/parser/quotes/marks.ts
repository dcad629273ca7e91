/**
 * Pairs quotation marks into quoted spans, in one pass over the tokens.
 *
 * Handles every double-mark style news uses: straight ("…"), curly (“…”),
 * guillemets («…»), low-high („…“ / „…”) and the typewriter pair ''…''.
 * Single marks are left alone: at top level they are mostly apostrophes, and
 * nested inside a double-quoted span they do not change its extent; so is an
 * inch sign after a height ("6’2”").
 * A quotation running over several paragraphs opens every paragraph with a
 * mark and closes only in the last one; it comes out as one span.
 * An opening curly mark glued to the end of a quotation and followed by a space
 * ("…this,“ she said") or by a bracketed source ("…stand.“[CNN]") is a mistyped
 * closing mark and closes it.
 * A paragraph that quotes again after closing the quotation carried into it holds
 * a quotation of its own, and the one before was left unclosed (`splitReopened`).
 */
import type { Token } from '../segment';
import type { QuoteContext } from './context';

export interface QuotedSpan {
  /** Token index of the opening mark's first token, and of the closing mark's last token. */
  open: number;
  close: number;
  /**
   * First and last content token (open < contentStart ≤ contentEnd < close unless empty); a
   * quotation left unclosed ends with its paragraph's last token, which is then both.
   */
  contentStart: number;
  contentEnd: number;
  /** Character offsets including the marks. */
  start: number;
  end: number;
  firstParagraph: number;
  lastParagraph: number;
}

type MarkRole = 'open' | 'close' | 'either';

const ROLES: Record<string, MarkRole> = {
  '\u201c': 'open', // “ (also closes a „ quotation, see below)
  '\u201e': 'open', // „
  '\u00ab': 'open', // «
  '\u201d': 'close', // ”
  '\u00bb': 'close', // »
  '"': 'either',
};

interface Mark {
  role: MarkRole;
  /** Number of tokens the mark spans (2 for '' and ``). */
  width: number;
}

/** A height in feet and inches ("6’2", "5'11"), which the inch sign after it closes: `he's like 6’2”,” Rubio said`. */
const FEET_AND_INCHES = /^\d['\u2019]\d{1,2}$/;

function markAt(tokens: Token[], i: number): Mark | undefined {
  const token = tokens[i];
  if (token.kind !== 'punct') return undefined;
  const before = tokens[i - 1];
  if (before?.end === token.start && before.kind === 'number' && FEET_AND_INCHES.test(before.text)) return undefined;
  const next = tokens[i + 1];
  const doubled = next !== undefined && next.start === token.end && next.text === token.text;
  const third = tokens[i + 2];
  // ''' is a single mark closing inside a double one: the double mark is the last two.
  const tripled = doubled && third !== undefined && third.start === next.end && third.text === token.text;
  if (token.text === "'" && doubled && !tripled) return { role: 'either', width: 2 };
  if (token.text === '`' && doubled) return { role: 'open', width: 2 };
  const role = ROLES[token.text];
  return role ? { role, width: 1 } : undefined;
}

/** Stops that end a quoted sentence right before its source in brackets ("...stand.“[HuffPost.]"). */
const SENTENCE_STOPS = new Set(['.', '!', '?']);
const OPENING_BRACKETS = new Set(['[', '(']);

/**
 * Whether the mark at `i` is glued to the word or punctuation before it and not to what follows,
 * or closes a sentence glued to a bracketed source after it.
 */
function closesLikeSuffix(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || prev.end !== tokens[i].start) return false;
  return next === undefined || next.start > tokens[i].end || SENTENCE_STOPS.has(prev.text) && OPENING_BRACKETS.has(next.text);
}

function firstMarkRole(tokens: Token[], first: number, last: number): MarkRole | undefined {
  for (let i = first; i < last; i++) {
    const mark = markAt(tokens, i);
    if (mark) return mark.role;
  }
  return undefined;
}

export function findQuotedSpans(ctx: QuoteContext): QuotedSpan[] {
  const { tokens } = ctx;
  const spans: QuotedSpan[] = [];
  let open = -1;
  let openWidth = 1;
  let openParagraph = -1;
  let lowOpen = false;
  for (let p = 0; p < ctx.paragraphTokens.length; p++) {
    const [first, last] = ctx.paragraphTokens[p];
    if (open >= 0) {
      // A quotation carries over only when the new paragraph opens with a mark,
      // or when a stray line break split it: the paragraph's first mark closes it.
      const mark = first < last ? markAt(tokens, first) : undefined;
      if (!mark ? firstMarkRole(tokens, first, last) !== 'close' : mark.role === 'close') open = -1;
    }
    for (let i = first; i < last; i++) {
      const mark = markAt(tokens, i);
      if (!mark) continue;
      const isCarryOver = open >= 0 && i === first && p > openParagraph;
      const closes = open >= 0 && !isCarryOver &&
        (mark.role !== 'open' || (tokens[i].text === '\u201c' && (lowOpen || closesLikeSuffix(tokens, i))));
      if (closes) {
        const close = i + mark.width - 1;
        spans.push({
          open, close,
          contentStart: open + openWidth, contentEnd: i - 1,
          start: tokens[open].start, end: tokens[close].end,
          firstParagraph: openParagraph, lastParagraph: p,
        });
        open = -1;
      } else if (!isCarryOver && mark.role !== 'close') {
        open = i;
        openWidth = mark.width;
        openParagraph = p;
        lowOpen = tokens[i].text === '\u201e';
      }
      i += mark.width - 1;
    }
  }
  return splitReopened(ctx, spans);
}

/**
 * `"... not a strategy.¶"Calling a threat ...," Obama said. "..."`: a quotation carried over into a
 * paragraph that quotes again after closing it there is a split quotation of that paragraph
 * (`"...," X said. "..."`), and the previous paragraph's quotation was left unclosed; a quotation
 * that really runs over several paragraphs closes in its last one and nothing is quoted after it.
 * On PolNeAR train, 7 of the 8 carried-over quotations followed by another quotation in their last
 * paragraph are two gold quotes. The unclosed part ends with the paragraph before.
 */
function splitReopened(ctx: QuoteContext, spans: QuotedSpan[]): QuotedSpan[] {
  const { tokens, paragraphTokens } = ctx;
  const out: QuotedSpan[] = [];
  spans.forEach((span, s) => {
    const [lastStart] = paragraphTokens[span.lastParagraph];
    // A quotation that a stray line break split carries over without a mark: it is one.
    const reopening = span.lastParagraph > span.firstParagraph ? markAt(tokens, lastStart) : undefined;
    if (!reopening || spans[s + 1]?.firstParagraph !== span.lastParagraph) {
      out.push(span);
      return;
    }
    const unclosedEnd = paragraphTokens[span.lastParagraph - 1][1] - 1;
    out.push(
      { ...span, close: unclosedEnd, contentEnd: unclosedEnd, end: tokens[unclosedEnd].end, lastParagraph: span.lastParagraph - 1 },
      { ...span, open: lastStart, contentStart: lastStart + reopening.width, start: tokens[lastStart].start, firstParagraph: span.lastParagraph },
    );
  });
  return out;
}
