/**
 * Whether a text is English, the only language the parser knows: its lexicons, cue lists and tagger
 * are English, so on any other language it would find quotes and names that are not there. The test
 * is the share of the commonest English function words among the text's words (english-words.json),
 * measured on the article-extraction pages (data/extract) and PolNeAR dev: 18–37% in English news,
 * 4.8% and more on English pages of lists and photo captions, at most 1.6% in French, Spanish,
 * Portuguese, German, Czech, Indonesian, Russian, Chinese or Japanese news (none at all in a
 * non-Latin script, whose words are never English ones).
 */
import data from './english-words.json';

const ENGLISH_WORDS = new Set(data.words);
/** Words read: enough for a stable share, a bounded cost on the longest pages. */
const SAMPLE_WORDS = 2_000;
/** Share of function words from which a text is English: between the two sides (see the header), nearer the other languages. */
const MIN_ENGLISH_SHARE = 0.03;
/** A text this short says too little to tell: it counts as English (the parser then decides what it holds). */
const MIN_WORDS = 20;

const WORD = /\p{L}+/gu;

/** The share of English function words among the first SAMPLE_WORDS words of `text`. */
export function englishShare(text: string): { words: number; share: number } {
  let words = 0;
  let english = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (ENGLISH_WORDS.has(match[0].toLowerCase())) english++;
    if (words >= SAMPLE_WORDS) break;
  }
  return { words, share: words === 0 ? 0 : english / words };
}

export function isEnglish(text: string): boolean {
  const { words, share } = englishShare(text);
  return words < MIN_WORDS || share >= MIN_ENGLISH_SHARE;
}
