/**
 * Marks around the name of a work are no quotation: a show ("on ''The Late Show With Stephen
 * Colbert''"), a book ("his 2012 book, ''An American Son.''"), a slogan on a hat, or a headline
 * credited to its writer ("“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello").
 * Titles are written in title case, which utterances seldom are; on PolNeAR train, 41 of the 47
 * unattributed quoted spans in title case match no gold quotation. A cue beside a title is the
 * writer's, not the title's ("reality show “The Apprentice,” who went on to ... said"), so a title
 * that a work noun introduces is no quotation even then. Words shown as written or called out
 * ("a sign reading “...”") are quotations whatever their case.
 */
import { startsUpperCase, type QuoteContext } from './context';
import type { QuotedSpan } from './marks';
import titleWords from './titles.json';

/** Words a title leaves in lower case ("Planet of the Apes", "Orange is the New Black"). */
const MINOR_WORDS = new Set(titleWords.minorWords);
/** Nouns that introduce the title of a work ("reality show", "the book", "his memoir"). */
const WORK_NOUNS = new Set(titleWords.workNouns);
/**
 * Words after which marks show words as written or called out, which PolNeAR counts as quotations
 * even in title case ("a hat reading, “Make Mexico Great Again Also”", "chants of “Ted! Ted!”").
 */
const DISPLAY_WORDS = new Set(titleWords.displayWords);
/** One capitalised word is as often an utterance ("Absolutely," he said) as a title. */
const MIN_TITLE_WORDS = 2;

/** Marks of a cry or a question: chants and slogans use them ("Ted! Ted! Ted!"), titles seldom do. */
const UTTERANCE_MARKS = new Set(['!', '?']);

/** Whether every word inside the marks is capitalised (or a number), but minor words after the first, and no mark cries or asks. */
function inTitleCase(ctx: QuoteContext, span: QuotedSpan): boolean {
  let words = 0;
  for (let t = span.contentStart; t <= span.contentEnd; t++) {
    const token = ctx.tokens[t];
    if (UTTERANCE_MARKS.has(token.text)) return false;
    if (token.kind === 'punct') continue;
    words++;
    if (token.kind === 'number' || startsUpperCase(token.text) || words > 1 && MINOR_WORDS.has(token.text.toLowerCase())) continue;
    return false;
  }
  return words >= MIN_TITLE_WORDS;
}

/** The word before the marks, past a comma ("his memoir, “Tough Choices.”"), in lower case. */
function wordBefore(ctx: QuoteContext, span: QuotedSpan): string {
  const { tokens } = ctx;
  const before = tokens[span.open - 1]?.text === ',' ? span.open - 2 : span.open - 1;
  return tokens[before]?.text.toLowerCase() ?? '';
}

/** `“...,” by Times' Ben Sisario`, `by the New York Post's Amy Spencer`: a headline or book credited to its author right after the marks. */
function creditedToAuthor(ctx: QuoteContext, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  const by = tokens[span.close + 1]?.text === ',' ? span.close + 2 : span.close + 1;
  const author = tokens[by + 1]?.text === 'the' ? tokens[by + 2] : tokens[by + 1];
  return tokens[by]?.text === 'by' && author !== undefined && author.kind === 'word' && startsUpperCase(author.text);
}

/** Whether the marks show words as written or called out (`DISPLAY_WORDS`: "a hat reading “...”"). */
export function showsWords(ctx: QuoteContext, span: QuotedSpan): boolean {
  return DISPLAY_WORDS.has(wordBefore(ctx, span));
}

/**
 * Whether the quoted span names a work rather than quoting anyone: a credited headline, a title
 * after a work noun, or, when no attribution claims it (`attributed` false), any span in title case.
 */
export function namesWork(ctx: QuoteContext, span: QuotedSpan, attributed: boolean): boolean {
  if (creditedToAuthor(ctx, span)) return true;
  return !showsWords(ctx, span) && inTitleCase(ctx, span) && (!attributed || WORK_NOUNS.has(wordBefore(ctx, span)));
}
