/**
 * A learned reporting-cue detector: whether a word outside quotation marks is the
 * head of a reporting cue, judged from its context rather than from a list.
 *
 * Why: most reported speech that the lexicon (`cues.json`) misses is introduced by
 * words that each report only once or twice in a corpus ("took issue with", "made the
 * case that", "refers to"), so no list can be long enough. Their frame gives them
 * away: a subject before them, a past-tense or third-person ending, "that" or a noun
 * phrase after them. The same model drops a listed word in a frame no cue has ("won
 * the support of the union"). A binary averaged perceptron over such features, trained
 * on PolNeAR train's gold cue spans by `npm run train -- quote-cues`, scores every token
 * once per document; the reported-speech rules then read one decision per token (`cueOf`
 * of the Scan). An unlisted word before "that" ("Warren fretted that ...") has the
 * frame of a speech verb: it needs a lower score and reads as one (LEARNED_SPEECH_CUE); other
 * learned cues read as stance verbs. Both thresholds were set for the whole parser's F1 on train
 * folds: being unlisted weighs heavily in the score, and learned cues' spans are often inexact.
 *
 * The model file stores integer weights (`weight * scale` is the perceptron's), the
 * decision thresholds chosen on train folds, and the floors (one before "that") under which a word's own
 * features rule it out, so that most tokens cost one cached look-up (the stage stays fast).
 */
import type { Token } from '../segment';
import { startsUpperCase, type QuoteContext } from './context';
import { cueInfo, isBetweenSubjectAndCue, isPronoun, WORDS, type CueInfo } from './lexicon';
import { subjectBefore } from './names';
import modelData from './cue-model.json';

export interface CueModelFile {
  about: string;
  scale: number;
  /** An unlisted word is a cue when its summed integer weight exceeds this. */
  threshold: number;
  /** The same for an unlisted word before "that" ("fretted that"): the frame of a speech verb, lower. */
  thatThreshold: number;
  /** A listed cue is none when its summed integer weight falls under this. */
  veto: number;
  /** An unlisted word whose own features sum to this or less is no cue: its context is not scored. */
  minWordScore: number;
  /** The same for an unlisted word before "that", whose threshold is lower. */
  minThatWordScore: number;
  /** Feature → integer weight (positive: cue). */
  weights: Record<string, number>;
}

/** How far back the subject of a cue is looked for: its clause, not the whole sentence. */
const MAX_SUBJECT_DISTANCE = 12;

/** A coarse class of a word: the part of a frame that tells a reporting verb. */
function classOfWord(word: string, lower: string): string {
  if (isPronoun(lower)) return 'PRON';
  if (WORDS.speakerHeads.has(lower) || WORDS.anonymousHeads.has(lower)) return 'HEAD';
  if (WORDS.determiners.has(lower)) return 'DET';
  if (lower === 'that' || lower === 'to') return lower;
  if (startsUpperCase(word)) return 'CAP';
  if (isBetweenSubjectAndCue(word)) return 'AUX';
  return 'w';
}

/** The class of a neighbouring token: its word class, or the punctuation itself. */
function tokenClass(token: Token | undefined): string {
  if (!token) return '^';
  if (token.kind !== 'word') return token.kind === 'number' ? 'NUM' : token.text;
  return wordEntry(token.text).wordClass;
}

/** The features of a word on its own: the word, its endings, its case and its lexicon class. */
export function wordFeatures(word: string): string[] {
  const lower = word.toLowerCase();
  return [
    'b',
    `w=${lower}`,
    `s3=${lower.length > 4 ? lower.slice(-3) : ''}`,
    `s2=${lower.length > 3 ? lower.slice(-2) : ''}`,
    `cap=${startsUpperCase(word)}`,
    `lex=${cueInfo(lower)?.cueClass ?? '-'}`,
    `stem=${stem(lower)}`,
  ];
}

/** Verb endings stripped so that the forms of one verb share what was learnt of it ("lamented", "laments"). */
const ENDINGS = ['ing', 'ed', 'es', 's'];

/** The word without its verb ending: a crude stem, enough to pool a verb's forms. */
function stem(lower: string): string {
  for (const ending of ENDINGS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) return lower.slice(0, -ending.length).replace(/e$/, '');
  }
  return lower.replace(/e$/, '');
}

/**
 * The features of token `k` (a word outside quotation marks) in its context, the sentence
 * starting at `sentenceStart`: its neighbours and their classes, where it stands, and whether a
 * subject the rules recognise stands before it.
 */
export function contextFeatures(ctx: QuoteContext, quoteOf: Int32Array, k: number, sentenceStart: number): string[] {
  const { tokens } = ctx;
  const sentenceEnd = ctx.sentenceTokens[ctx.sentenceOf[k]]?.[1] ?? tokens.length;
  const lower = lowerOf(tokens[k]);
  const previous = k > sentenceStart ? tokens[k - 1] : undefined;
  const next = tokens[k + 1];
  let before = k - 1;
  while (before >= sentenceStart && isBetweenSubjectAndCue(tokens[before].text)) before--;
  const subjectClass = before >= sentenceStart ? tokenClass(tokens[before]) : '^';
  const suffix = lower.length > 3 ? lower.slice(-2) : '';
  const nextClass = quoteOf[k + 1] >= 0 ? 'Q' : tokenClass(next);
  const subject = subjectBefore(ctx, k, Math.max(sentenceStart, k - MAX_SUBJECT_DISTANCE)) !== null;
  // Conjunctions with the lexicon class let a strong frame outweigh being unlisted ("Warren fretted that").
  const listed = wordEntry(tokens[k].text).listed?.cueClass ?? '-';
  const that = thatSoon(tokens, k, sentenceEnd);
  return [
    `p1=${previous ? lowerOf(previous) : '^'}`,
    `p1c=${previous && quoteOf[k - 1] >= 0 ? 'Q' : tokenClass(previous)}`,
    `p2c=${k - 2 >= sentenceStart ? tokenClass(tokens[k - 2]) : '^'}`,
    `sc=${subjectClass}`,
    `n1=${next ? lowerOf(next) : '$'}`,
    `n1c=${nextClass}`,
    `n2c=${tokenClass(tokens[k + 2])}`,
    `sub=${subject}`,
    `that=${that}`,
    `end=${Math.min(sentenceEnd - k, 4)}`,
    `pos=${Math.min(k - sentenceStart, 4)}`,
    `s2n=${suffix}|${nextClass}`,
    `s2sc=${suffix}|${subjectClass}|${subject}`,
    `wn=${lower}|${nextClass}`,
    `lst=${listed}|${subject}|${that}`,
    // What follows "that" tells a content clause ("that the bill") from a determiner ("that order").
    `tha=${that > 0 ? tokenClass(tokens[k + that + 1]) : '-'}`,
    `lsn=${listed}|${subjectClass}|${nextClass}`,
    `lss=${listed}|${suffix}|${subject}|${nextClass}`,
  ];
}

/** How near a following "that" opens a content clause ("lamented [last week] that ..."): 0 when none within three words. */
function thatSoon(tokens: Token[], k: number, end: number): number {
  for (let t = k + 1; t < end && t <= k + 3; t++) if (lowerOf(tokens[t]) === 'that') return t - k;
  return 0;
}

/** Whether "that" opens the words after token `k`, after one word at most ("fretted that", "argued Tuesday that"). */
export function thatOpensContent(tokens: Token[], quoteOf: Int32Array, k: number): boolean {
  for (let t = k + 1; t < tokens.length && t <= k + 2 && tokens[t].kind === 'word' && quoteOf[t] < 0; t++) {
    if (lowerOf(tokens[t]) === 'that') return true;
  }
  return false;
}

const MODEL = modelData as CueModelFile;
const WEIGHTS = new Map(Object.entries(MODEL.weights));

/**
 * How a word the model takes for a cue reads: a stance verb whose object is its content, after a
 * short object and preposition of its own if any ("took swipes at [...]"), as PolNeAR marks them.
 */
export const LEARNED_CUE: CueInfo = {
  cueClass: 'stance', objectFirst: false, particles: new Set(), infinitiveInCue: false,
  evidential: false, passiveEvidential: false, shortObjectInCue: true,
};

/**
 * How a word the model takes for a cue reads when "that" follows it ("Warren fretted that <clause>"):
 * a speech verb, whose content starts at "that" and runs to the end of its clause, as listed speech cues' do.
 */
export const LEARNED_SPEECH_CUE: CueInfo = { ...LEARNED_CUE, cueClass: 'speech', shortObjectInCue: false };

function sum(features: string[]): number {
  let score = 0;
  for (const feature of features) score += WEIGHTS.get(feature) ?? 0;
  return score;
}

/** What a word brings on its own: its lexicon entry, lower case and class, and the summed weight of its own features once asked for. */
interface WordEntry {
  listed: CueInfo | undefined;
  lower: string;
  wordClass: string;
  score?: number;
}

/** Distinct words remembered (bounded memory in a long-lived worker). */
const MAX_CACHED_WORDS = 50_000;
const wordEntries = new Map<string, WordEntry>();

/** A word's entry, remembered per distinct spelling: most tokens then cost one look-up. */
function wordEntry(word: string): WordEntry {
  let entry = wordEntries.get(word);
  if (entry === undefined) {
    if (wordEntries.size >= MAX_CACHED_WORDS) wordEntries.clear();
    const lower = word.toLowerCase();
    entry = { listed: cueInfo(word), lower, wordClass: classOfWord(word, lower) };
    wordEntries.set(word, entry);
  }
  return entry;
}

/** A token's text in lower case, remembered per distinct word. */
function lowerOf(token: Token): string {
  return token.kind === 'word' ? wordEntry(token.text).lower : token.text.toLowerCase();
}

/** The summed weight of a word's own features. */
export function wordScore(word: string): number {
  return ownScore(word, wordEntry(word));
}

/** A word's own score, summed the first time it is asked for (only words outside quotation marks are). */
function ownScore(word: string, entry: WordEntry): number {
  return entry.score ??= sum(wordFeatures(word));
}

/** The tokens the model judges: words outside quotation marks. */
export function isCueCandidate(ctx: QuoteContext, quoteOf: Int32Array, k: number): boolean {
  return quoteOf[k] < 0 && ctx.tokens[k].kind === 'word';
}

/**
 * The cue of every token, decided once per document: a listed cue unless the model finds it
 * very unlikely in its context (score under `veto`: "won the *support* of the union"), an
 * unlisted word before "that" (`thatOpensContent`) the model scores over `thatThreshold` as LEARNED_SPEECH_CUE,
 * any other unlisted word it scores over `threshold` as LEARNED_CUE. Words inside quotation
 * marks keep their lexicon entry: the model never saw them.
 */
export function cuesOfTokens(ctx: QuoteContext, quoteOf: Int32Array): Array<CueInfo | undefined> {
  const { tokens } = ctx;
  const cues: Array<CueInfo | undefined> = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    // No punctuation or number is a cue.
    if (tokens[k].kind !== 'word') continue;
    const entry = wordEntry(tokens[k].text);
    const { listed } = entry;
    const own = ownScore(tokens[k].text, entry);
    const thatFollows = thatOpensContent(tokens, quoteOf, k);
    // Most words ("the", "percent") are no cue whatever their context: their context goes unread.
    // A degree adverb before an adjective and "that" ("it is very important that") has a cue's frame but is none.
    if (!isCueCandidate(ctx, quoteOf, k) || !listed && (own <= (thatFollows ? MODEL.minThatWordScore : MODEL.minWordScore) || WORDS.degreeAdverbs.has(entry.lower))) {
      cues[k] = listed;
      continue;
    }
    const score = own + sum(contextFeatures(ctx, quoteOf, k, ctx.sentenceTokens[ctx.sentenceOf[k]]?.[0] ?? 0));
    if (listed) cues[k] = score < MODEL.veto ? undefined : listed;
    else if (score > (thatFollows ? MODEL.thatThreshold : MODEL.threshold)) cues[k] = thatFollows ? LEARNED_SPEECH_CUE : LEARNED_CUE;
  }
  return cues;
}
