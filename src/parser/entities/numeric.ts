/**
 * Stage 2c: DATE, TIME, MONEY, PERCENT and QUANTITY expressions, by rules over
 * tokens ("Thursday", "last week", "April 2, 2020", "16:58", "US$20 million",
 * "40 percent", "5 km"). One left-to-right scan, each rule looks at a few
 * tokens ahead, so the cost is linear in the text. Words are data (numeric.json).
 */
import type { EntityType } from '../../shared/analysis';
import type { Segmented, Token } from '../segment';
import data from './numeric.json';

export interface ValueMention {
  start: number;
  end: number;
  type: EntityType;
}

const WEEKDAYS = new Set(data.weekdays);
const MONTHS = new Set(data.months);
/** Month names that are also common words: dates only next to a number ("May 5", "5 March"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sun', 'dec']);
const RELATIVE_DAYS = new Set(data.relativeDays);
const DATE_MODIFIERS = new Set(data.dateModifiers);
const DATE_PERIODS = new Set(data.datePeriods);
const TIME_WORDS = new Set(data.timeWords);
const TIME_SUFFIXES = new Set(data.timeSuffixes);
const TIME_ZONES = new Set(data.timeZones);
const CURRENCY_SYMBOLS = new Set(data.currencySymbols);
const CURRENCY_PREFIXES = new Set(data.currencyPrefixes);
const CURRENCY_WORDS = new Set(data.currencyWords);
const SCALES = new Set(data.scales);
const PERCENT_WORDS = data.percentWords.map((phrase) => phrase.split(' '));
const UNITS = new Set(data.units);
/** Words before a bare year that make it a date ("in 2020"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during']);

/**
 * Every word that can open a value other than a number (a weekday, a month, "yesterday", "last",
 * "noon", "US"), in lower case: the scan passes over any other word after one look-up, and most
 * words are such.
 */
const OPENING_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...RELATIVE_DAYS, ...DATE_MODIFIERS, ...TIME_WORDS, ...CURRENCY_PREFIXES]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^(1[89]|20)\d\d$/;
const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;

function lowerAt(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

function isNumber(token: Token | undefined): boolean {
  return token?.kind === 'number';
}

function touches(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].end === tokens[i].start;
}

/** Index past the "a.m." and time zone ("Eastern", "GMT") that may follow a time ending before `i`. */
function timeEnd(tokens: Token[], i: number): number {
  if (TIME_SUFFIXES.has(lowerAt(tokens, i))) i++;
  if (TIME_ZONES.has(lowerAt(tokens, i))) i++;
  return i;
}

/** Index past any scale words ("20 million", "1.5 bn"). */
function skipScales(tokens: Token[], i: number): number {
  while (i < tokens.length && SCALES.has(lowerAt(tokens, i))) i++;
  return i;
}

/** Index past a percent word at `i`, or -1. */
function percentEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.text === '%') return i + 1;
  for (const phrase of PERCENT_WORDS) {
    if (phrase.every((word, j) => lowerAt(tokens, i + j) === word)) return i + phrase.length;
  }
  return -1;
}

/** A lower-case word without its final period ("sept." → "sept"). */
function withoutPeriod(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Whether a token may open a value: a number, a currency sign, a word that starts with a digit, or an opening word. */
function mayOpenValue(token: Token, lower: string): boolean {
  if (token.kind === 'number' || CURRENCY_SYMBOLS.has(token.text)) return true;
  const first = token.text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || OPENING_WORDS.has(lower) || OPENING_WORDS.has(withoutPeriod(lower));
}

/** Index past a date that starts at month token `i` ("April 2, 2020", "April 2020", "April"), or -1. */
function monthDateEnd(tokens: Token[], i: number): number {
  const lower = withoutPeriod(lowerAt(tokens, i));
  if (!MONTHS.has(lower) || !/^\p{Lu}/u.test(tokens[i].text)) return -1;
  let end = i + 1;
  if (tokens[end]?.text === '.') end++;
  if (DAY.test(tokens[end]?.text ?? '')) {
    end++;
    if (tokens[end]?.text === ',' && YEAR.test(tokens[end + 1]?.text ?? '')) end += 2;
  } else if (YEAR.test(tokens[end]?.text ?? '')) end++;
  const dayBefore = DAY.test(tokens[i - 1]?.text ?? '');
  if (end === i + 1 && !dayBefore && AMBIGUOUS_MONTHS.has(lower)) return -1;
  return end === i + 1 ? i + 1 : end;
}

/** The value expression starting at token `i`: [end index, type], or null. */
function valueAt(tokens: Token[], i: number): [number, EntityType] | null {
  const token = tokens[i];
  const lower = token.text.toLowerCase();
  if (!mayOpenValue(token, lower)) return null;
  // MONEY: "$20", "US$20 million", "€5".
  if (CURRENCY_SYMBOLS.has(token.text) && isNumber(tokens[i + 1])) return [skipScales(tokens, i + 2), 'MONEY'];
  if (CURRENCY_PREFIXES.has(lower) && /^\p{Lu}/u.test(token.text) && CURRENCY_SYMBOLS.has(tokens[i + 1]?.text ?? '') &&
    touches(tokens, i + 1) && isNumber(tokens[i + 2])) return [skipScales(tokens, i + 3), 'MONEY'];
  if (ISO_DATE.test(token.text)) return [i + 1, 'DATE'];
  if (WEEKDAYS.has(lower) && /^\p{Lu}/u.test(token.text)) {
    const next = lowerAt(tokens, i + 1);
    return [TIME_WORDS.has(next) ? i + 2 : i + 1, 'DATE'];
  }
  const monthEnd = monthDateEnd(tokens, i);
  if (monthEnd > 0) return [monthEnd, 'DATE'];
  if (RELATIVE_DAYS.has(lower)) return [i + 1, 'DATE'];
  if (DATE_MODIFIERS.has(lower) && DATE_PERIODS.has(lowerAt(tokens, i + 1))) return [i + 2, 'DATE'];
  if (TIME_WORDS.has(lower) && (lower === 'noon' || lower === 'midnight')) return [i + 1, 'TIME'];
  if (!isNumber(token)) return null;
  // TIME: "16:58", "5 p.m.".
  if (tokens[i + 1]?.text === ':' && isNumber(tokens[i + 2]) && touches(tokens, i + 1) && touches(tokens, i + 2)) {
    return [timeEnd(tokens, i + 3), 'TIME'];
  }
  if (TIME_SUFFIXES.has(lowerAt(tokens, i + 1)) && lowerAt(tokens, i + 1).includes('m')) return [timeEnd(tokens, i + 1), 'TIME'];
  const afterScales = skipScales(tokens, i + 1);
  const percent = percentEnd(tokens, afterScales);
  if (percent > 0) return [percent, 'PERCENT'];
  if (CURRENCY_WORDS.has(lowerAt(tokens, afterScales))) return [afterScales + 1, 'MONEY'];
  if (UNITS.has(lowerAt(tokens, afterScales))) return [afterScales + 1, 'QUANTITY'];
  if (YEAR.test(token.text) && YEAR_PREPOSITIONS.has(lowerAt(tokens, i - 1))) return [i + 1, 'DATE'];
  if (DAY.test(token.text) && MONTHS.has(lowerAt(tokens, i + 1))) {
    const end = YEAR.test(tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
    return [end, 'DATE'];
  }
  return null;
}

/**
 * Index past the tokens from `i` up to `end` that stand on token `i`'s line: a value never runs
 * over a line break, as a chart's figure and its unit on two lines would ("$915" / "billion").
 */
function lineEnd(text: string, tokens: Token[], i: number, end: number): number {
  let k = i + 1;
  while (k < end && !text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')) k++;
  return k;
}

export function valueMentions(segmented: Segmented): ValueMention[] {
  const { text, tokens } = segmented;
  const found: ValueMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const value = valueAt(tokens, i);
    const end = value ? lineEnd(text, tokens, i, value[0]) : i;
    // A currency sign alone on its line is no amount.
    if (!value || end === i + 1 && end < value[0] && !isNumber(tokens[i])) {
      i++;
      continue;
    }
    found.push({ start: tokens[i].start, end: tokens[end - 1].end, type: value[1] });
    i = end;
  }
  return found;
}
