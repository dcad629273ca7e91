/**
 * Stage 2a: the trained tagger. A structured averaged perceptron (trained by
 * scripts/train/ner.ts on CoNLL-2003) gives each token a BILOU label; Viterbi
 * picks the best sequence per sentence.
 *
 * Speed: a score is a sum of feature weights. Word features depend on one word
 * string and its offset only, and transition features on the word and whether
 * its line is in capitals, so both sums are cached per distinct word; per token
 * only a handful of context features are built as strings.
 */
import type { Segmented } from '../segment';
import { contextFeatures, mayBeName, SENTENCE_END, SENTENCE_START, transitionKeys, viewDocument, WINDOW, wordFeatures, type DocumentView } from './features';
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

export class Tagger {
  private readonly weights = new Map<string, Float32Array>();
  /** Words interned as small integers, so each token costs one map lookup; caches below are indexed by id. */
  private wordIds = new Map<string, number>();
  private words: string[] = [];
  /** Summed word-feature weights per window slot and word id. */
  private slotScores: Array<Array<Float32Array | undefined>> = [];
  /** Transition tables per word id, for ordinary lines [0] and capital-only lines [1]. */
  private transitionTables: Array<Array<Float32Array | undefined>> = [];
  private emissions = new Float32Array(0);
  private transitions: Float32Array[] = [];
  private best = new Int32Array(0);

  constructor(model: ModelFile, private readonly gazetteer: Gazetteer) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model: labels do not match this version of the tagger');
    for (const [feature, sparse] of Object.entries(model.weights)) {
      const dense = new Float32Array(K);
      for (let k = 0; k < sparse.length; k += 2) dense[sparse[k]] = sparse[k + 1] * model.scale;
      this.weights.set(feature, dense);
    }
    this.forgetWords();
  }

  private forgetWords(): void {
    this.wordIds = new Map([[SENTENCE_START, START_ID], [SENTENCE_END, END_ID]]);
    this.words = [SENTENCE_START, SENTENCE_END];
    this.slotScores = WINDOW.map(() => []);
    this.transitionTables = [[], []];
  }

  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  private add(scores: Float32Array, offset: number, feature: string): void {
    const weights = this.weights.get(feature);
    if (!weights) return;
    for (let k = 0; k < K; k++) scores[offset + k] += weights[k];
  }

  /** The summed weights of a word's features at one window slot. */
  private wordScores(id: number, slot: number): Float32Array {
    const cached = this.slotScores[slot][id];
    if (cached) return cached;
    const scores = new Float32Array(K);
    for (const feature of wordFeatures(this.words[id], WINDOW[slot])) this.add(scores, 0, feature);
    this.slotScores[slot][id] = scores;
    return scores;
  }

  /** The transition features of a word as one (K + 1) × K table: row p holds the weights of `${key}|${previous p}`. */
  private transitionScores(id: number, capsLine: number): Float32Array {
    const cached = this.transitionTables[capsLine][id];
    if (cached) return cached;
    const table = new Float32Array((K + 1) * K);
    for (const key of transitionKeys(this.words[id], capsLine === 1)) {
      PREVIOUS_LABELS.forEach((previous, p) => this.add(table, p * K, `${key}|${previous}`));
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
      for (const feature of contextFeatures(view, i)) this.add(emissions, e, feature);
      transitions[i - from] = this.transitionScores(ids[i], view.capsLine[i]);
    }
    viterbi(n, emissions, transitions, this.best, before);
    for (let i = 0; i < n; i++) labels[from + i] = LABELS[this.best[i]];
  }

  /** BILOU labels for every token of the document. */
  label(view: DocumentView): string[] {
    if (this.words.length > MAX_WORDS) this.forgetWords();
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
