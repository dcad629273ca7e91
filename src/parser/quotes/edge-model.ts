/**
 * Learned rankers for the edges of reported speech: where an indirect (or mixed) content ends and starts.
 *
 * Why: the rules find most reported speech, but its edges are often wrong in ways no single rule covers:
 * the content runs on over a trailing adjunct ("... last week", "in an op-ed in the Gazette", ", a
 * self-described socialist", "when the poll was taken") or over a second clause (", but then he went
 * ..."), or starts too early ("praised X for <content>") or too late. Each pattern is rare; together they
 * cost many indirect matches their exact span, and years of hand rules leave a residue of small ones.
 * Two ranking averaged perceptrons (Collins, 2002), trained on PolNeAR train by `npm run train --
 * quote-edges`, weigh the small clues together. For each content the end ranker scores the rules' own end
 * and every plausible cut inside it (before a mark or a word that opened an adjunct or clause after gold
 * ends in training, the model's end `words`); the start ranker scores the rules' start, the few words
 * before it within its clause, and the starts after a mark or a word that preceded gold starts. A moved
 * edge must beat the rules' one by a margin chosen on train folds (a wrong cut may lose the whole match);
 * ties keep the rules' edges, so an empty model changes nothing.
 *
 * An edge never falls inside quotation marks, so a mixed content keeps its quoted fragments whole. Each
 * content offers at most MAX_CUTS cuts per edge; a feature's values are small integers (a word's worked out
 * once per distinct text) and its weight is one number look-up, so the stage builds no string per feature
 * and stays linear and cheap.
 */
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { startsUpperCase, type QuoteContext } from './context';
import { cueInfo, isBetweenSubjectAndCue, isCueParticle, isPronoun, WORDS } from './lexicon';
import modelData from './edge-model.json';
import { mapPacked } from '../../shared/map-packed';

/** One ranker: the words that offer an edge besides marks, the margin a moved edge must win by, and the weights. */
export interface EdgeRanker {
  /** Ends: the first words cut off after gold ends in training ("openers"); starts: the words before gold starts ("preceders"). */
  words: string[];
  /** How much more than the rules' edge a moved one must score (stored units), chosen on train folds: a wrong cut may lose the match. */
  margin: number;
  /** Feature → integer weight of an edge (higher: better). */
  weights: Record<string, number>;
}

export interface EdgeModelFile {
  about: string;
  /** Stored weight = round(perceptron weight / scale). */
  scale: number;
  end: EdgeRanker;
  start: EdgeRanker;
}

/** Most cuts scored per content, the nearest to its end: a bounded cost per quotation. */
export const MAX_CUTS = 16;
/** Most words before a content that a start may take in ("said [that] ...", "[the plan] was ..."). */
const MAX_EARLIER = 8;
/** A kept content is at least this many tokens long. */
const MIN_KEPT_TOKENS = 2;
/** Marks before which a content may end. */
const CUT_MARKS = new Set([',', ';', ':', '(', '-', '\u2013', '\u2014']);
/** Marks that close no content: a kept part ends before them. */
const TRAILING_MARKS = new Set([',', ';', ':', '(', '-', '\u2013', '\u2014', '.']);

/** Possessive determiners: "on his Facebook page", "in her speech" are adjuncts of the act. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const MODEL = modelData as EdgeModelFile;
const OPENERS = new Set(MODEL.end.words);
const PRECEDERS = new Set(MODEL.start.words);

/** One edge on offer: the kept content's first token (a start) or last token + 1 (an end), and what its features give. */
export interface EdgeOption<T> {
  edge: number;
  value: T;
}

/** The feature templates of both rankers; a feature is a template and up to three values. */
const TEMPLATE_NAMES = [
  'edge', 'nw', 'p', 'off', 'share', 'wo', 'wc', 'oc', 'cw', 'pro', 'ed', 'com', 'wp', 'w2', 'sent', 'tl', 'cc', 'kv',
  'b', 'bc', 'f', 'fc', 'bf', 'keep', 'bo', 'bcue', 'hv', 'hc', 'hq', 'open',
] as const;
type TemplateName = typeof TEMPLATE_NAMES[number];
const TEMPLATE = Object.fromEntries(TEMPLATE_NAMES.map((name, i) => [name, i])) as Record<TemplateName, number>;

/** Lengths bucketed so that long tails share what was learnt of them; the last bucket holds every longer length. */
const BUCKETS = ['0', '1', '2', '3', '4', '5-6', '5-6', '7-9', '7-9', '7-9', '10-14', '10-14', '10-14', '10-14', '10-14', '15+'];

/**
 * Feature values as small integers, so that scoring builds no string and looks weights up by number. Training
 * interns every value it meets (`grows`); parsing knows only the model's values, and any other one is -1: a
 * feature holding it has no weight.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly entries = new Map<string, WordEntry>();
  readonly values: string[] = [];
  /** Ids of the values every option uses, interned once. */
  readonly yes: number;
  readonly no: number;
  readonly none: number;
  readonly sentenceEnd: number;
  readonly sentenceStart: number;
  readonly quoted: number;
  readonly before: number;
  readonly after: number;
  readonly original: number;
  readonly cut: number;
  readonly numbers: number[];
  readonly negatives: number[];
  readonly buckets: number[];

  constructor(private readonly grows: boolean, known: Iterable<string> = []) {
    for (const value of known) this.intern(value);
    [this.yes, this.no, this.none, this.sentenceEnd, this.sentenceStart, this.quoted, this.before, this.after, this.original, this.cut] =
      ['true', 'false', '-', '$', '^', 'Q', '<', '>', 'orig', 'cut'].map((value) => this.id(value));
    this.numbers = Array.from({ length: MAX_CUTS + 1 }, (_, i) => this.id(String(i)));
    this.negatives = Array.from({ length: MAX_CUTS + 1 }, (_, i) => this.id(`-${i}`));
    this.buckets = BUCKETS.map((value) => this.id(value));
  }

  /** The id of `value`, or -1 when a model's vocabulary has it not. */
  id(value: string): number {
    return this.ids.get(value) ?? (this.grows ? this.intern(value) : -1);
  }

  private intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The entry of a token's text, remembered. */
  entryOf(token: Token): WordEntry {
    let entry = this.entries.get(token.text);
    if (entry === undefined) {
      if (this.entries.size >= MAX_CACHED_WORDS) this.entries.clear();
      const lower = token.text.toLowerCase();
      entry = { lower, lowerId: this.id(lower), classId: this.id(wordClassOf(token, lower)), flags: flagsOf(token, lower) };
      this.entries.set(token.text, entry);
    }
    return entry;
  }

  flag(value: boolean): number {
    return value ? this.yes : this.no;
  }

  /** The id of a length's bucket. */
  bucket(n: number): number {
    return this.buckets[Math.min(n, BUCKETS.length - 1)];
  }
}

/** Where an option's features go: joined into strings to learn from (FeatureList), or looked up to score (Scorer). */
export interface FeatureSink<T> {
  readonly vocabulary: Vocabulary;
  /** One feature: a template and the ids of up to three values (-1: a value the model has not). */
  add(template: number, a: number, b?: number, c?: number): void;
  /** The features collected since the last call. */
  take(): T;
}

/** Collects features as "template=a|b|c" strings, the keys of the model file. */
export class FeatureList implements FeatureSink<string[]> {
  readonly vocabulary = new Vocabulary(true);
  private features: string[] = [];

  add(template: number, a: number, b?: number, c?: number): void {
    const { values } = this.vocabulary;
    this.features.push(`${TEMPLATE_NAMES[template]}=${values[a]}${b === undefined ? '' : `|${values[b]}`}${c === undefined ? '' : `|${values[c]}`}`);
  }

  take(): string[] {
    const features = this.features;
    this.features = [];
    return features;
  }
}

/** Sums the weights of an option's features: one number look-up per feature in its template's table (the vocabulary is the model's, fixed). */
export class Scorer implements FeatureSink<number> {
  private score = 0;
  private readonly tables: Array<Map<number, number>> = TEMPLATE_NAMES.map(() => new Map());
  /** The key of a feature: its value ids in base `radix`, each shifted by one so that a missing value is 0. */
  private readonly radix: number;

  constructor(readonly vocabulary: Vocabulary, weights: Record<string, number>) {
    this.radix = vocabulary.values.length + 1;
    for (const [feature, weight] of Object.entries(weights)) {
      const eq = feature.indexOf('=');
      const [a, b, c] = feature.slice(eq + 1).split('|').map((value) => vocabulary.id(value));
      this.tables[TEMPLATE[feature.slice(0, eq) as TemplateName]].set(this.key(a, b, c), weight);
    }
  }

  private key(a: number, b: number | undefined, c: number | undefined): number {
    return a + this.radix * ((b ?? -1) + 1 + this.radix * ((c ?? -1) + 1));
  }

  add(template: number, a: number, b?: number, c?: number): void {
    if (a < 0 || b !== undefined && b < 0 || c !== undefined && c < 0) return;
    this.score += this.tables[template].get(this.key(a, b, c)) ?? 0;
  }

  take(): number {
    const score = this.score;
    this.score = 0;
    return score;
  }
}

/** What the features read of a token's text, worked out once per distinct text and vocabulary. */
export interface WordEntry {
  lower: string;
  lowerId: number;
  classId: number;
  /** FLAG bits. */
  flags: number;
}

/** Distinct token texts remembered per vocabulary (bounded memory in a long-lived worker). */
const MAX_CACHED_WORDS = 50_000;

/** The coarse class of a token for the features. */
function wordClassOf(token: Token, lower: string): string {
  if (token.kind === 'number') return 'NUM';
  if (token.kind !== 'word') return token.text;
  if (isPronoun(lower)) return 'PRON';
  if (WORDS.determiners.has(lower)) return 'DET';
  if (startsUpperCase(token.text)) return 'CAP';
  if (lower.endsWith('ing')) return 'ING';
  if (lower.endsWith('ed')) return 'ED';
  if (lower.endsWith('ly')) return 'LY';
  return 'w';
}

/**
 * What the features ask of a word, as bits: a pronoun, a past form, a time word ("Tuesday", "week") or a
 * possessive ("his": the marks of an adjunct), an auxiliary or past form (the mark of a finite verb), a listed cue.
 */
const FLAG = { pronoun: 1, pastTense: 2, time: 4, possessive: 8, verbLike: 16, cue: 32 };

/** The FLAG bits of a token: none for marks and numbers. */
function flagsOf(token: Token, lower: string): number {
  let flags = 0;
  if (token.kind !== 'word') return flags;
  if (isPronoun(lower)) flags |= FLAG.pronoun;
  if (lower.endsWith('ed')) flags |= FLAG.pastTense | FLAG.verbLike;
  if (WORDS.timeNouns.has(lower)) flags |= FLAG.time;
  if (POSSESSIVE_DETERMINERS.has(lower)) flags |= FLAG.possessive;
  if (WORDS.beForms.has(lower) || isBetweenSubjectAndCue(lower)) flags |= FLAG.verbLike;
  if (cueInfo(lower) !== undefined) flags |= FLAG.cue;
  return flags;
}

/**
 * What the features read of a document's tokens: each token's entry, looked up once per document in its
 * vocabulary's cache of entries by text (a word met before costs one look-up).
 */
export class TokenValues {
  private readonly entries: Array<WordEntry | undefined>;

  constructor(private readonly tokens: Token[], private readonly vocabulary: Vocabulary) {
    this.entries = new Array<WordEntry | undefined>(tokens.length);
  }

  private entry(t: number): WordEntry {
    return this.entries[t] ??= this.vocabulary.entryOf(this.tokens[t]);
  }

  lower(t: number): string {
    return this.entry(t).lower;
  }

  /** The id of token `t`'s lower case; past the text, the id of "$". */
  lowerId(t: number): number {
    return t < this.tokens.length ? this.entry(t).lowerId : this.vocabulary.sentenceEnd;
  }

  /** The id of token `t`'s coarse class; past the text, the id of "$". */
  classId(t: number): number {
    return t < this.tokens.length ? this.entry(t).classId : this.vocabulary.sentenceEnd;
  }

  /** Whether token `t` has any of the FLAG bits `flags`. */
  has(t: number, flags: number): boolean {
    return (this.entry(t).flags & flags) !== 0;
  }
}

/** Words whose opening tells what a content is: a "that" or "whether" clause, an infinitive. */
function isOpening(lower: string): boolean {
  return lower === 'that' || lower === 'to' || lower === 'whether' || lower === 'if' || lower === 'how' || lower === 'why';
}

/** What the cut-off part [cut, end) holds, gathered from the end backwards (each token read once). */
interface Tail {
  pronoun: boolean;
  pastTense: boolean;
  comma: boolean;
  /** A time word ("Tuesday", "week") or a possessive ("his", "her"): the marks of an adjunct. */
  time: boolean;
  possessive: boolean;
}

/** The first token at or after `t` past marks, or `end`. */
function indexAfterMarks(tokens: Token[], t: number, end: number): number {
  while (t < end && tokens[t].kind === 'punct') t++;
  return t;
}

/**
 * The ends on offer for the content [start, end) whose cue stands before it (`cueBefore`) or after it:
 * the rules' end first, then the cuts before a mark or an opener, nearest first; a kept part ends before
 * any mark. `quoteOf` gives the quoted span of every token (-1 outside marks); `openers` are the model's
 * unless training.
 */
export function endOptions<T>(
  ctx: QuoteContext, values: TokenValues, quoteOf: Int32Array, start: number, end: number, cueBefore: boolean, cueWord: string,
  sink: FeatureSink<T>, openers: ReadonlySet<string> = OPENERS,
): Array<EdgeOption<T>> {
  const { tokens } = ctx;
  const v = sink.vocabulary;
  const options: Array<EdgeOption<T>> = [];
  const tail: Tail = { pronoun: false, pastTense: false, comma: false, time: false, possessive: false };
  // Whether the content runs to its sentence's end: a tail there is an afterthought more often than mid-sentence.
  const closesSentence = v.flag(end >= tokens.length || ctx.sentenceOf[end] !== ctx.sentenceOf[end - 1] || tokens[end].text === '.');
  const cue = cueBefore ? v.before : v.after;
  const cueWordId = v.id(cueWord);
  // What reports the content: a speech or a stance verb.
  const cueClass = v.id(cueInfo(cueWord)?.cueClass ?? '-');
  // The first verb-like word of the content: a kept part without one is a fragment, not a clause.
  let firstVerb = start;
  while (firstVerb < end && !(quoteOf[firstVerb] < 0 && values.has(firstVerb, FLAG.verbLike))) firstVerb++;
  const add = (cut: number): void => {
    const original = cut === end;
    let kept = cut;
    // The rules' own end stays as it is, however short its content.
    while (!original && kept > start && quoteOf[kept - 1] < 0 && TRAILING_MARKS.has(tokens[kept - 1].text)) kept--;
    // Cuts come nearest first, so a kept part already on offer is the last one.
    if (!original && (kept - start < MIN_KEPT_TOKENS || options[options.length - 1].edge === kept)) return;
    const wordIndex = indexAfterMarks(tokens, kept, end);
    const word = original ? v.sentenceEnd : values.lowerId(wordIndex);
    const afterWord = indexAfterMarks(tokens, wordIndex + 1, end);
    const off = v.bucket(end - kept);
    const isOriginal = v.flag(original);
    sink.add(TEMPLATE.edge, original ? v.original : v.cut);
    sink.add(TEMPLATE.nw, values.lowerId(kept), word);
    sink.add(TEMPLATE.p, values.lowerId(kept - 1));
    sink.add(TEMPLATE.off, off);
    // The share of the content cut off, in tenths: a deep cut loses the whole quotation when wrong.
    sink.add(TEMPLATE.share, v.numbers[Math.floor((10 * (end - kept)) / (end - start))]);
    sink.add(TEMPLATE.wo, word, off);
    sink.add(TEMPLATE.wc, word, cue);
    sink.add(TEMPLATE.oc, isOriginal, cue, off);
    sink.add(TEMPLATE.cw, cueWordId, isOriginal);
    sink.add(TEMPLATE.pro, v.flag(tail.pronoun), word);
    sink.add(TEMPLATE.ed, v.flag(tail.pastTense), word);
    sink.add(TEMPLATE.com, v.flag(tail.comma), word);
    sink.add(TEMPLATE.wp, word, values.classId(kept - 1));
    sink.add(TEMPLATE.w2, word, original || afterWord >= end ? v.sentenceEnd : values.lowerId(afterWord));
    sink.add(TEMPLATE.sent, closesSentence, word);
    sink.add(TEMPLATE.tl, v.flag(tail.time), v.flag(tail.possessive), word);
    sink.add(TEMPLATE.cc, cueClass, word);
    sink.add(TEMPLATE.kv, v.flag(firstVerb < kept), word);
    options.push({ edge: kept, value: sink.take() });
  };
  add(end);
  for (let t = end - 1; t > start && options.length < MAX_CUTS; t--) {
    if (quoteOf[t] >= 0) continue;
    const token = tokens[t];
    if (token.kind === 'punct') tail.comma ||= token.text === ',';
    else {
      tail.pronoun ||= values.has(t, FLAG.pronoun);
      tail.pastTense ||= values.has(t, FLAG.pastTense);
      tail.time ||= values.has(t, FLAG.time);
      tail.possessive ||= values.has(t, FLAG.possessive);
    }
    // A cut never falls inside quotation marks: before a mark or an opener outside them.
    if (CUT_MARKS.has(token.text) || token.kind === 'word' && openers.has(values.lower(t))) add(t);
  }
  return options;
}

/** What the cut-off head [start, cut) holds, gathered from the start onwards. */
interface Head {
  verb: boolean;
  comma: boolean;
  quoted: boolean;
}

/**
 * The starts on offer for the content [start, end): the rules' start first, then the words before it down to
 * `earliest` ("said [that] ..."), then the starts after a mark or a word that preceded gold starts in training
 * (`preceders`: "praised X [for] <content>", "accusing Obama [of] <content>"), nearest first; a kept part
 * starts after any mark.
 */
export function startOptions<T>(
  ctx: QuoteContext, values: TokenValues, quoteOf: Int32Array, start: number, end: number, earliest: number, cueBefore: boolean,
  cueWord: string, sink: FeatureSink<T>, preceders: ReadonlySet<string> = PRECEDERS,
): Array<EdgeOption<T>> {
  const { tokens } = ctx;
  const v = sink.vocabulary;
  const options: Array<EdgeOption<T>> = [];
  const head: Head = { verb: false, comma: false, quoted: false };
  const cue = cueBefore ? v.before : v.after;
  const cueWordId = v.id(cueWord);
  const opening = isOpening(values.lower(start)) ? values.lowerId(start) : values.classId(start);
  const cueClass = v.id(cueInfo(cueWord)?.cueClass ?? '-');
  const add = (cut: number): void => {
    const original = cut === start;
    let kept = cut;
    while (!original && kept < end && quoteOf[kept] < 0 && TRAILING_MARKS.has(tokens[kept].text)) kept++;
    // Starts come nearest first on each side, so a kept part already on offer is the last one.
    if (!original && (end - kept < MIN_KEPT_TOKENS || options[options.length - 1].edge === kept)) return;
    const before = kept > 0 ? values.lowerId(kept - 1) : v.sentenceStart;
    const firstClass = quoteOf[kept] >= 0 ? v.quoted : values.classId(kept);
    const off = kept < start ? v.negatives[start - kept] : v.bucket(kept - start);
    const isOriginal = v.flag(original);
    sink.add(TEMPLATE.edge, original ? v.original : v.cut);
    sink.add(TEMPLATE.b, before);
    sink.add(TEMPLATE.bc, kept > 0 ? values.classId(kept - 1) : v.sentenceStart);
    sink.add(TEMPLATE.f, values.lowerId(kept));
    sink.add(TEMPLATE.fc, firstClass);
    sink.add(TEMPLATE.bf, before, firstClass);
    sink.add(TEMPLATE.off, off);
    sink.add(TEMPLATE.keep, v.bucket(end - kept));
    sink.add(TEMPLATE.share, kept < start ? v.none : v.numbers[Math.floor((10 * (kept - start)) / (end - start))]);
    sink.add(TEMPLATE.bo, before, off);
    sink.add(TEMPLATE.bcue, before, cue);
    sink.add(TEMPLATE.oc, isOriginal, cue, off);
    sink.add(TEMPLATE.cw, cueWordId, before);
    sink.add(TEMPLATE.cc, cueClass, before);
    sink.add(TEMPLATE.hv, v.flag(head.verb), before);
    sink.add(TEMPLATE.hc, v.flag(head.comma), before);
    sink.add(TEMPLATE.hq, v.flag(head.quoted), isOriginal);
    sink.add(TEMPLATE.open, opening, before);
    options.push({ edge: kept, value: sink.take() });
  };
  add(start);
  for (let t = start - 1; t >= earliest; t--) add(t);
  for (let t = start + 1; t < end && options.length < MAX_CUTS; t++) {
    const previous = tokens[t - 1];
    // A start never falls inside quotation marks: after a mark or a preceder outside them.
    if (quoteOf[t - 1] >= 0) {
      head.quoted = true;
      continue;
    }
    if (previous.kind === 'punct') head.comma ||= previous.text === ',';
    else head.verb ||= values.has(t - 1, FLAG.verbLike | FLAG.cue);
    if (CUT_MARKS.has(previous.text) || previous.kind === 'word' && preceders.has(values.lower(t - 1))) add(t);
  }
  return options;
}

/** The index of the best-scored option; a moved edge must beat the first option (the rules' edge) by `margin`. */
export function bestOption(scores: number[], margin: number): number {
  let best = 0;
  let bestScore = -Infinity;
  scores.forEach((score, i) => {
    const total = score - (i > 0 ? margin : 0);
    if (total > bestScore) {
      bestScore = total;
      best = i;
    }
  });
  return best;
}

/** Every feature value of the model's rankers: the vocabulary that parsing knows. */
export function valuesOf(model: Pick<EdgeModelFile, 'end' | 'start'>): Set<string> {
  const values = new Set<string>();
  for (const ranker of [model.end, model.start]) {
    for (const feature of Object.keys(ranker.weights)) for (const value of feature.slice(feature.indexOf('=') + 1).split('|')) values.add(value);
  }
  return values;
}

const VOCABULARY = new Vocabulary(false, valuesOf(MODEL));
const END_SCORER = new Scorer(VOCABULARY, MODEL.end.weights);
const START_SCORER = new Scorer(VOCABULARY, MODEL.start.weights);

/** The edge of the best option, or `fallback` when none is on offer. */
function bestEdge(options: Array<EdgeOption<number>>, margin: number, fallback: number): number {
  return options.length > 0 ? options[bestOption(options.map((o) => o.value), margin)].edge : fallback;
}

/** The first token starting at or after character `offset` (tokens are sorted). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token range [first, end) of a candidate's content, and its cue's place and word. */
export function contentTokens(ctx: QuoteContext, candidate: Candidate): { first: number; end: number; earliest: number; cueBefore: boolean; cueWord: string } {
  const { tokens } = ctx;
  const first = tokenAt(tokens, candidate.start);
  const end = tokenAt(tokens, candidate.end);
  const cue = candidate.cue;
  const cueBefore = cue !== null && cue.start < first;
  const cueWord = cue ? tokens[cue.end - 1].text.toLowerCase() : '-';
  // The earliest start on offer: the words right before the content, after its cue and its particle ("hinted [at]",
  // "pointed [out]": the cue's, never the content's) and within its clause.
  let floor = Math.max(cue !== null && cueBefore ? cue.end : ctx.sentenceTokens[ctx.sentenceOf[first]]?.[0] ?? first, first - MAX_EARLIER);
  while (cueBefore && floor < first && isParticleOf(cueWord, tokens[floor].text.toLowerCase())) floor++;
  let earliest = first;
  // A content opened by "that" starts there: what stands before it is the cue's listener or adjunct ("tells voters who ... that").
  while (earliest > floor && tokens[earliest - 1].kind === 'word' && tokens[first].text.toLowerCase() !== 'that') earliest--;
  return { first, end, earliest, cueBefore, cueWord };
}

/** Whether `word` is a particle of the cue `cueWord` ("hint" + "at") or one that any cue takes ("out", "up"). */
function isParticleOf(cueWord: string, word: string): boolean {
  return isCueParticle(cueWord, word) || WORDS.phrasalParticles.has(word);
}

/**
 * Whether the edge model reads this candidate: reported speech in one piece, of more than one token. A one-token
 * content is one the rules chose on purpose (a named object "endorsed [Cruz]", an answer "said [yes]", a relative
 * word "the deal, [which] Putin opposed"), and the words around it are no part of it.
 */
export function isRanked(ctx: QuoteContext, candidate: Candidate): boolean {
  if (candidate.kind !== 'indirect' && candidate.kind !== 'mixed' || candidate.parts) return false;
  return tokenAt(ctx.tokens, candidate.end) - tokenAt(ctx.tokens, candidate.start) >= MIN_KEPT_TOKENS;
}

/** The reported-speech candidates with the edges the model ranks best; a content cut off its quoted fragments becomes indirect, one cut down to them direct. */
export function rankEdges(ctx: QuoteContext, quoteOf: Int32Array, candidates: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const values = new TokenValues(tokens, VOCABULARY);
  return mapPacked(candidates, (candidate) => {
    if (!isRanked(ctx, candidate)) return candidate;
    const { first, end, earliest, cueBefore, cueWord } = contentTokens(ctx, candidate);
    const newEnd = bestEdge(endOptions(ctx, values, quoteOf, first, end, cueBefore, cueWord, END_SCORER), MODEL.end.margin, end);
    let newStart = bestEdge(startOptions(ctx, values, quoteOf, first, end, earliest, cueBefore, cueWord, START_SCORER), MODEL.start.margin, first);
    // Both edges moved inwards may leave too little: the end, ranked first, wins.
    if (newEnd - newStart < MIN_KEPT_TOKENS) newStart = first;
    if (newEnd === end && newStart === first) return candidate;
    // What is kept may be all in marks ("chanting ["no contract no peace"] after ..."): then it is a direct quote.
    let quoted = false;
    let unquoted = false;
    for (let t = newStart; t < newEnd; t++) {
      if (quoteOf[t] >= 0) quoted = true;
      else unquoted ||= tokens[t].kind === 'word';
    }
    const kind = !quoted ? 'indirect' : unquoted ? 'mixed' : 'direct';
    return { ...candidate, start: tokens[newStart].start, end: tokens[newEnd - 1].end, kind };
  });
}
