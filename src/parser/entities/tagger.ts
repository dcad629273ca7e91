/**
 * Stage 2a: the trained tagger. A structured averaged perceptron (trained by
 * scripts/train/ner.ts on CoNLL-2003) gives each token a BILOU label; Viterbi
 * picks the best sequence per sentence.
 *
 * Speed: a score is a sum of feature weights. Word features depend on one word
 * string and its offset only, and transition features on the word and whether
 * its line is in capitals, so both sums are cached per distinct word. Context
 * features depend on a few strings each (a word pair, three shapes): those
 * strings are interned as integers and the weights cached by integer key, so a
 * token costs a few map lookups and no string building (only the rare name-list
 * features are built as strings).
 */
import type { Segmented } from '../segment';
import { CONTEXT, isTransitionKey, mayBeName, SENTENCE_END, SENTENCE_START, shape, transitionKeys, viewDocument, WINDOW, wordFeatures, type DocumentView } from './features';
import type { Gazetteer } from './gazetteer';
import { LABELS, OUTSIDE, spansOf, type LabelledSpan } from './labels';
import { PREVIOUS_LABELS, viterbi } from './viterbi';

/** The model file: weights are integers, `weight * scale` is the perceptron weight. */
export interface ModelFile {
  about: string;
  labels: string[];
  scale: number;
  /** Feature → [labelIndex, weight, labelIndex, weight, ...] (sparse). */
  weights: Record<string, number[]>;
}

const K = LABELS.length;
const OUTSIDE_INDEX = LABELS.indexOf(OUTSIDE);
/** Distinct words remembered beyond this are forgotten (bounded memory in a long-lived worker). */
const MAX_WORDS = 200_000;
/** Word ids of the sentence padding, which every window needs. */
const START_ID = 0;
const END_ID = 1;
/** Cached context-feature sums kept beyond this are forgotten, with the words. */
const MAX_CACHED_PAIRS = 200_000;
/** The weights of a feature the model does not have. */
const NO_WEIGHTS = new Float32Array(K);
/** `elsewhere` values ('' | 'c' | 'l' | 'b') as small integers. */
const SEEN_INDEX: Readonly<Record<string, number>> = { '': 0, c: 1, l: 2, b: 3 };
const SEEN_INDEX_COUNT = 4;

/** Context-feature weights cached by small-integer key (an interned string, or one and a small index). */
type PairCache = Map<number, Float32Array>;
/**
 * Context features over several parts, by the prefix of their name: a part that
 * starts no such feature of the model needs no lookup at all (most word pairs).
 */
const LEADING_PART_FEATURES = [
  { prefix: 'bl=', flag: 1 },
  { prefix: 'br=', flag: 2 },
  { prefix: 'ss=', flag: 4 },
] as const;
const [BEFORE_FLAG, AFTER_FLAG, SHAPES_FLAG] = LEADING_PART_FEATURES.map((kind) => kind.flag);

/** Weights cached by two interned strings: first → second → weights (small-integer keys allocate nothing). */
type PairsCache = Map<number, PairCache>;

export class Tagger {
  private readonly weights = new Map<string, Float32Array>();
  /**
   * Transition features by key, as (K + 1) × K tables (row p: after previous label p),
   * so a new word's transition table is a few lookups, not one per previous label.
   */
  private readonly transitionWeights = new Map<string, Float32Array>();
  /** Each string that starts some context feature over several parts → flags of those feature kinds. */
  private readonly leadingParts = new Map<string, number>();
  /** Per interned part, its LEADING_PART_FEATURES flags. */
  private partFlags: number[] = [];
  /** Words interned as small integers, so each token costs one map lookup; caches below are indexed by id. */
  private wordIds = new Map<string, number>();
  private words: string[] = [];
  /** Summed word-feature weights per window slot and word id. */
  private slotScores: Array<Array<Float32Array | undefined>> = [];
  /** Transition tables per word id, for ordinary lines [0] and capital-only lines [1]. */
  private transitionTables: Array<Array<Float32Array | undefined>> = [];
  /** Transition tables by the keys of the model they sum (words mostly share them). */
  private sharedTransitions = new Map<string, Float32Array>();
  /** Lower-case forms, shapes and other feature parts interned as integers; per word id, its lower case and shape. */
  private partIds = new Map<string, number>();
  private parts: string[] = [];
  private lowerOf: number[] = [];
  private startPart = 0;
  private endPart = 0;
  private shapeOf: number[] = [];
  /** Per word id: the summed weights of its sentence-initial and capitals-line features. */
  private initialWord: Array<Float32Array | undefined> = [];
  private capsWord: Array<Float32Array | undefined> = [];
  private before: PairsCache = new Map();
  private after: PairsCache = new Map();
  /** Shape triples: previous → own → next → weights. */
  private shapes = new Map<number, PairsCache>();
  /** Entries in the caches of pairs and triples, to bound their memory. */
  private cachedPairs = 0;
  private seen: PairCache = new Map();
  private initialSeen: PairCache = new Map();
  private capsSeen: PairCache = new Map();
  private emissions = new Float32Array(0);
  private transitions: Float32Array[] = [];
  private best = new Int32Array(0);

  constructor(model: ModelFile, private readonly gazetteer: Gazetteer) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model: labels do not match this version of the tagger');
    const previousIndex = new Map(PREVIOUS_LABELS.map((previous, p) => [previous, p]));
    for (const [feature, sparse] of Object.entries(model.weights)) {
      const bar = feature.lastIndexOf('|');
      const key = feature.slice(0, bar);
      const previous = bar > 0 && isTransitionKey(key) ? previousIndex.get(feature.slice(bar + 1)) : undefined;
      let dense: Float32Array;
      if (previous === undefined) this.weights.set(feature, (dense = new Float32Array(K)));
      else {
        let table = this.transitionWeights.get(key);
        if (!table) this.transitionWeights.set(key, (table = new Float32Array((K + 1) * K)));
        dense = table.subarray(previous * K, (previous + 1) * K);
      }
      for (let k = 0; k < sparse.length; k += 2) dense[sparse[k]] = sparse[k + 1] * model.scale;
      this.noteLeadingParts(feature);
    }
    this.forgetWords();
  }

  /** Records the possible first parts of a context feature over several parts (a part may itself contain "|"). */
  private noteLeadingParts(feature: string): void {
    for (const { prefix, flag } of LEADING_PART_FEATURES) {
      if (!feature.startsWith(prefix)) continue;
      for (let bar = feature.indexOf('|', prefix.length); bar >= 0; bar = feature.indexOf('|', bar + 1)) {
        const part = feature.slice(prefix.length, bar);
        this.leadingParts.set(part, (this.leadingParts.get(part) ?? 0) | flag);
      }
    }
  }

  private forgetWords(): void {
    this.wordIds = new Map([[SENTENCE_START, START_ID], [SENTENCE_END, END_ID]]);
    this.words = [SENTENCE_START, SENTENCE_END];
    this.slotScores = WINDOW.map(() => []);
    this.transitionTables = [[], []];
    this.sharedTransitions = new Map();
    this.partIds = new Map();
    this.parts = [];
    this.partFlags = [];
    // The sentence padding stands for itself as a lower-case word or a shape (contextFeatures).
    this.startPart = this.partId(SENTENCE_START);
    this.endPart = this.partId(SENTENCE_END);
    this.lowerOf = [this.partId(SENTENCE_START.toLowerCase()), this.partId(SENTENCE_END.toLowerCase())];
    this.shapeOf = [this.partId(shape(SENTENCE_START)), this.partId(shape(SENTENCE_END))];
    this.initialWord = [];
    this.capsWord = [];
    this.before = new Map();
    this.after = new Map();
    this.shapes = new Map();
    this.cachedPairs = 0;
    this.seen = new Map();
    this.initialSeen = new Map();
    this.capsSeen = new Map();
  }

  private partId(part: string): number {
    let id = this.partIds.get(part);
    if (id === undefined) {
      id = this.parts.length;
      this.partIds.set(part, id);
      this.parts.push(part);
      this.partFlags.push(this.leadingParts.get(part) ?? 0);
    }
    return id;
  }

  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(word, id);
      this.words.push(word);
      this.lowerOf.push(this.partId(word.toLowerCase()));
      this.shapeOf.push(this.partId(shape(word)));
    }
    return id;
  }

  private weightsOf(feature: string): Float32Array {
    return this.weights.get(feature) ?? NO_WEIGHTS;
  }

  /** Cached weights of a feature built from two interned parts. */
  private pairWeights(cache: PairsCache, a: number, b: number, build: (a: string, b: string) => string): Float32Array {
    let bySecond = cache.get(a);
    if (!bySecond) cache.set(a, (bySecond = new Map()));
    let weights = bySecond.get(b);
    if (!weights) {
      bySecond.set(b, (weights = this.weightsOf(build(this.parts[a], this.parts[b]))));
      this.cachedPairs++;
    }
    return weights;
  }

  private shapeWeights(previous: number, own: number, next: number): Float32Array {
    let byOwn = this.shapes.get(previous);
    if (!byOwn) this.shapes.set(previous, (byOwn = new Map()));
    let byNext = byOwn.get(own);
    if (!byNext) byOwn.set(own, (byNext = new Map()));
    let weights = byNext.get(next);
    if (!weights) {
      byNext.set(next, (weights = this.weightsOf(CONTEXT.shapes(this.parts[previous], this.parts[own], this.parts[next]))));
      this.cachedPairs++;
    }
    return weights;
  }

  /** Cached weights of a feature of how the word is written elsewhere. */
  private seenWeights(cache: PairCache, seen: string, build: (seen: string) => string): Float32Array {
    const key = SEEN_INDEX[seen];
    let weights = cache.get(key);
    if (!weights) cache.set(key, (weights = this.weightsOf(build(seen))));
    return weights;
  }

  private summed(features: string[]): Float32Array {
    const scores = new Float32Array(K);
    for (const feature of features) this.add(scores, 0, feature);
    return scores;
  }

  /** Adds the context-feature weights of token `i` (CONTEXT in features.ts) to `scores` at `offset`. */
  private addContext(view: DocumentView, ids: Int32Array, i: number, scores: Float32Array, offset: number): void {
    const id = ids[i];
    const lower = this.lowerOf[id];
    const form = this.shapeOf[id];
    const hasPrevious = i > view.sentenceStart[i];
    const hasNext = i + 1 < view.sentenceEnd[i];
    const previousLower = this.lowerOf[hasPrevious ? ids[i - 1] : START_ID];
    const nextLower = this.lowerOf[hasNext ? ids[i + 1] : END_ID];
    const previousShape = hasPrevious ? this.shapeOf[ids[i - 1]] : this.startPart;
    const nextShape = hasNext ? this.shapeOf[ids[i + 1]] : this.endPart;
    const seen = view.elsewhere[i];
    const flags = this.partFlags;
    if (flags[previousLower] & BEFORE_FLAG) this.addScores(scores, offset, this.pairWeights(this.before, previousLower, lower, CONTEXT.before));
    if (flags[lower] & AFTER_FLAG) this.addScores(scores, offset, this.pairWeights(this.after, lower, nextLower, CONTEXT.after));
    if (flags[previousShape] & SHAPES_FLAG) this.addScores(scores, offset, this.shapeWeights(previousShape, form, nextShape));
    const seenKey = form * SEEN_INDEX_COUNT + SEEN_INDEX[seen];
    let seenWeights = this.seen.get(seenKey);
    if (!seenWeights) this.seen.set(seenKey, (seenWeights = this.weightsOf(CONTEXT.seen(seen, this.parts[form]))));
    this.addScores(scores, offset, seenWeights);
    const listed = view.listed[i];
    const listedBefore = hasPrevious ? view.listed[i - 1] : '';
    const listedAfter = hasNext ? view.listed[i + 1] : '';
    if (listed || listedBefore || listedAfter) {
      for (const feature of CONTEXT.listed(listedBefore, listed, listedAfter, this.parts[form])) this.add(scores, offset, feature);
    }
    if (view.initial[i]) {
      const word = (this.initialWord[id] ??= this.summed(CONTEXT.initialWord(this.parts[form], this.parts[lower])));
      this.addScores(scores, offset, word);
      this.addScores(scores, offset, this.seenWeights(this.initialSeen, seen, CONTEXT.initialSeen));
    }
    if (view.capsLine[i]) {
      this.addScores(scores, offset, (this.capsWord[id] ??= this.weightsOf(CONTEXT.capsWord(this.parts[lower]))));
      this.addScores(scores, offset, this.seenWeights(this.capsSeen, seen, CONTEXT.capsSeen));
    }
  }

  private addScores(scores: Float32Array, offset: number, weights: Float32Array): void {
    for (let k = 0; k < K; k++) scores[offset + k] += weights[k];
  }

  private add(scores: Float32Array, offset: number, feature: string): void {
    const weights = this.weights.get(feature);
    if (weights) this.addScores(scores, offset, weights);
  }

  /** The summed weights of a word's features at one window slot. */
  private wordScores(id: number, slot: number): Float32Array {
    const cached = this.slotScores[slot][id];
    if (cached) return cached;
    const scores = new Float32Array(K);
    const features = wordFeatures(this.words[id], WINDOW[slot], this.parts[this.lowerOf[id]], this.parts[this.shapeOf[id]]);
    for (const feature of features) this.add(scores, 0, feature);
    this.slotScores[slot][id] = scores;
    return scores;
  }

  /** The transition features of a word as one (K + 1) × K table: row p holds the weights of `${key}|${previous p}`. */
  private transitionScores(id: number, capsLine: number): Float32Array {
    const cached = this.transitionTables[capsLine][id];
    if (cached) return cached;
    // Most words have no transition weights of their own: words with the same known
    // keys (the same shape, say) share one table, which keeps memory per word small.
    const known = transitionKeys(this.words[id], capsLine === 1).filter((key) => this.transitionWeights.has(key));
    const signature = known.join('\n');
    let table = this.sharedTransitions.get(signature);
    if (!table) {
      table = new Float32Array((K + 1) * K);
      for (const key of known) {
        const weights = this.transitionWeights.get(key) as Float32Array;
        for (let j = 0; j < table.length; j++) table[j] += weights[j];
      }
      this.sharedTransitions.set(signature, table);
    }
    this.transitionTables[capsLine][id] = table;
    return table;
  }

  /** Labels tokens [from, to) of one sentence: O where no name can be, Viterbi over each run of the rest. */
  private labelSentence(view: DocumentView, ids: Int32Array, from: number, to: number, labels: string[]): void {
    let i = from;
    while (i < to) {
      if (!mayBeName(view, i)) {
        labels[i++] = OUTSIDE;
        continue;
      }
      let end = i + 1;
      while (end < to && mayBeName(view, end)) end++;
      this.labelRun(view, ids, i, end, i === from ? K : OUTSIDE_INDEX, labels);
      i = end;
    }
  }

  private labelRun(view: DocumentView, ids: Int32Array, from: number, to: number, before: number, labels: string[]): void {
    const n = to - from;
    if (this.best.length < n) {
      this.emissions = new Float32Array(n * K * 2);
      this.best = new Int32Array(n * 2);
    }
    const { emissions, transitions } = this;
    emissions.fill(0, 0, n * K);
    transitions.length = n;
    for (let i = from; i < to; i++) {
      const e = (i - from) * K;
      for (let slot = 0; slot < WINDOW.length; slot++) {
        const j = i + WINDOW[slot];
        const id = j < view.sentenceStart[i] ? START_ID : j >= view.sentenceEnd[i] ? END_ID : ids[j];
        const scores = this.wordScores(id, slot);
        for (let k = 0; k < K; k++) emissions[e + k] += scores[k];
      }
      this.addContext(view, ids, i, emissions, e);
      transitions[i - from] = this.transitionScores(ids[i], view.capsLine[i]);
    }
    viterbi(n, emissions, transitions, this.best, before);
    for (let i = 0; i < n; i++) labels[from + i] = LABELS[this.best[i]];
  }

  /** BILOU labels for every token of the document. */
  label(view: DocumentView): string[] {
    if (this.words.length > MAX_WORDS || this.cachedPairs > MAX_CACHED_PAIRS) this.forgetWords();
    const labels = new Array<string>(view.words.length);
    const ids = Int32Array.from(view.words, (word) => this.idOf(word));
    let i = 0;
    while (i < view.words.length) {
      const end = view.sentenceEnd[i];
      if (end <= i) throw new Error('entity tagger: malformed sentence boundaries');
      this.labelSentence(view, ids, i, end, labels);
      i = end;
    }
    return labels;
  }

  /** Name spans (token ranges) found by the tagger, with the document view they came from. */
  spans(segmented: Segmented): { view: DocumentView; spans: LabelledSpan[] } {
    const view = viewDocument(segmented, this.gazetteer);
    return { view, spans: spansOf(this.label(view)) };
  }
}
