/**
 * Hostile text for the parser's robustness tests: fast-check generators for the property
 * tests, and crafted inputs of any length for the size and speed tests. Uniformly random strings
 * almost never contain a quote mark next to "said" next to a capitalised name, so they
 * never reach the interesting code paths; these generators build text out of the pieces
 * the parser reacts to (quote marks of every style, reporting verbs, names, acronyms,
 * parentheses) mixed with the pieces that break naive code (surrogate pairs, lone
 * surrogates, combining marks, right-to-left text, control and format characters).
 */
import fc from 'fast-check';

/** Every quotation mark style a news page may use, paired or not. */
export const QUOTE_MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u201f', '\u2039', '\u203a', '\u300c', '\u300d', '`'];

const CUES = ['said', 'says', 'told', 'added', 'asked', 'according to', 'said in a statement', 'wrote', 'tweeted', 'explained', 'insisted'];
const SPEAKERS = ['he', 'she', 'they', 'Li', 'Chen Li', 'Mr. Smith', 'Dr. Ana Ruiz', 'the commission', 'a spokesman', 'sources', 'officials', 'WHO', 'the U.S. State Department'];
const NAMES = ['World', 'Health', 'Organization', '(WHO)', 'WHO', 'U.S.', 'Mr.', 'Jan.', 'New', 'York', 'Times', 'Li', 'McDonald', "O'Brien", 'Jean-Luc', 'AT&T', 'NATO', '(', ')', '[', ']'];
const WORDS = ['the', 'a', 'of', 'and', 'that', 'it', 'is', 'was', 'not', 'on', 'in', 'who', 'would', '$5 million', '12%', 'Jan. 5, 2024', '3 p.m.', '1,000', 'COVID-19', "don't"];
const PUNCTUATION = ['.', ',', ':', ';', '?', '!', '\u2026', '\u2014', '\u2013', '-', '...', '/', '&', '*'];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\u202f', ''];
/** Text that stresses UTF-16 handling and script detection. */
export const EXOTIC = [
  '\u{1F600}', '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1EB}\u{1F1F7}', '\u{1D4B3}', 'e\u0301', '\u0915\u094d\u0937',
  '\ud800', '\udc00', '\udbff', '\u{10FFFF}',
  '\u0642\u0627\u0644', '\u05e9\u05dc\u05d5\u05dd', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069',
  '\u738b\u5c0f\u7ea2', '\u8868\u793a', '\u3002',
  '\u0000', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\u200b', '\u200d', '\ufeff', '\ufffd', '\ufffe',
];

/** Any UTF-16 code unit, lone surrogates included: page text can contain them. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...SPEAKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A soup of the pieces above, separated by every kind of space (or none). */
export const tokenSoup = fc
  .array(fc.tuple(piece, fc.constantFrom(...SPACES)), { maxLength: 120 })
  .map((pairs) => pairs.map(([text, space]) => text + space).join(''));

const quoteMark = fc.constantFrom(...QUOTE_MARKS, '');
const body = fc.array(fc.oneof(fc.constantFrom(...WORDS, ...NAMES), fc.constantFrom(...EXOTIC)), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const attribution = fc.tuple(fc.constantFrom(...SPEAKERS), fc.constantFrom(...CUES), fc.boolean())
  .map(([speaker, cue, inverted]) => (inverted ? `${cue} ${speaker}` : `${speaker} ${cue}`));

/**
 * A news-like attribution sentence whose quote marks may be missing, mismatched or of
 * mixed styles: `“Body,” Li said.`, `Li said «body`, `“Body,” she said, ‘more.”`.
 */
const attributedSentence = fc
  .record({ open: quoteMark, close: quoteMark, first: body, second: fc.option(body), who: attribution, order: fc.nat(2), end: fc.constantFrom('.', '', '?', '\u2026') })
  .map(({ open, close, first, second, who, order, end }) => {
    const quoted = `${open}${first},${close}`;
    if (order === 0) return `${quoted} ${who}${second === null ? '' : `, ${open}${second}${close}`}${end}`;
    if (order === 1) return `${who} ${quoted}${end}`;
    return `${first}, ${who}${end}`;
  });

/** Paragraphs of attribution sentences, as the article finder would produce them. */
export const newsLikeText = fc
  .array(fc.array(attributedSentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' ')), { minLength: 1, maxLength: 5 })
  .map((paragraphs) => paragraphs.join('\n\n'));

/** Quote marks opened and closed to a random depth, in a random and often wrong order. */
export const nestedQuotes = fc
  .array(fc.tuple(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...QUOTE_MARKS), body), { minLength: 1, maxLength: 30 })
  .chain((levels) => fc.shuffledSubarray(levels.map(([, close]) => close), { minLength: 0 })
    .map((closers) => levels.map(([open, , text]) => `${open}${text} `).join('') + closers.join(' ') + ' Li said.'));

/**
 * Units that, repeated thousands of times, aim at each kind of pattern a parser of news
 * text matches: runs of quote marks, reporting cues, capitalised names, acronyms and
 * parentheses, words without spaces, sentence punctuation, and exotic characters.
 * A matcher that rescans or backtracks over such a run turns quadratic or worse.
 */
export const REPEATED_UNITS: Record<string, string> = {
  // One mark of each role: ambiguous, opening, closing, and the German/French openers.
  ...Object.fromEntries(['"', "'", '\u201c', '\u201d', '\u2019', '\u00ab', '\u201e'].map((mark) => [`quote mark ${JSON.stringify(mark)}`, mark])),
  'unclosed openers': '\u201cword ',
  'unclosed guillemets': '\u00ab mot ',
  'unclosed straight quotes with commas': '"word, ',
  'closed quotes': '\u201cYes\u201d ',
  'direct quote then cue': '"Yes," he said. ',
  'interrupted quote': '\u201cYes,\u201d said Li, \u201c',
  'attributed quotes without a full stop': '\u201cYes,\u201d said Li, ',
  'cue then open quote': 'Li said \u201c',
  'bare cues': 'said ',
  'cues with commas': 'said, ',
  'reported speech tails': 'the plan works, Li said ',
  'according to': 'according to ',
  'pronoun cues': 'she told ',
  'capitalised words': 'Abc ',
  'hyphenated names': 'Abc-Def ',
  'initials': 'A. ',
  'titles': 'Mr. ',
  'acronyms': 'ABC ',
  'acronym definitions': 'World Health Organization (WHO) ',
  'short acronym definitions': 'Ab Cd (AC) ',
  'unclosed name parentheses': 'World Health Organization (',
  'open parentheses': '(',
  'close parentheses': ')',
  'nested parentheses': 'A (B ',
  'dotted abbreviation without spaces': 'a.',
  'dotted capitals': 'A.B.',
  'letters without spaces': 'a',
  'capitalised letters without spaces': 'Ab',
  'apostrophes without spaces': "a'",
  'hyphens without spaces': 'a-',
  'digit groups': '1,000,',
  'money': '$5 million ',
  'dates': 'Jan. 5, 2024 ',
  'periods': '.',
  'sentences': 'a. ',
  'ellipses': '\u2026',
  'commas': ', ',
  'line breaks': '\n',
  'blank lines with spaces': ' \n \n',
  'emoji': '\u{1F600}',
  'lone high surrogates': '\ud800',
  'right-to-left words': '\u0642\u0627\u0644 ',
  'control characters': '\u0000\u001b',
};

/** `unit` repeated until the text is at least `length` UTF-16 units long. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

/**
 * Every crafted input, as a function of its length: the repeated units above, and single
 * huge tokens, which a regular expression over one word sees whole (a pattern such as
 * `[A-Z]*[A-Z][A-Z]*$` backtracks quadratically on a long word that fails at its end).
 */
export const CRAFTED_INPUTS: Record<string, (length: number) => string> = {
  ...Object.fromEntries(Object.entries(REPEATED_UNITS).map(([name, unit]) => [`repeated ${name}`, (length: number) => repeatTo(unit, length)])),
  'one capitals word ending in lower case, in parentheses': (length) => `(${'A'.repeat(length)}a)`,
  'one capitals word ending in a digit, in parentheses': (length) => `(${'A&'.repeat(length / 2)}A1x)`,
  'one word with joiners, in parentheses': (length) => `(${"A.B-C'd&".repeat(length / 8)})`,
  'one capitalised word': (length) => `Ab${'c'.repeat(length)} said.`,
  'one dotted abbreviation ending without a letter': (length) => `${'a.'.repeat(length / 2)}.`,
  'one number with separators ending in a letter': (length) => `${'1,000.'.repeat(length / 6)}5x`,
  'one possessive-looking word': (length) => `${"s'".repeat(length / 2)}x said.`,
};
