/**
 * `npm run train -- ner <conll-train> [--epochs N] [--out FILE]`: trains the
 * entity tagger on CoNLL-2003 and writes src/parser/entities/model.json and,
 * beside it, gazetteer.json (the training set's names by type).
 *
 * A structured perceptron: each sentence is decoded with Viterbi under the
 * current weights and, where the best sequence differs from the gold one, the
 * gold features gain and the predicted ones lose. Each document is detokenised and cut by the product's own segmenter; gold
 * names are projected onto those tokens, so training sees what tagging sees.
 * Only features seen at least MIN_FEATURE_COUNT times in gold context enter the
 * dictionary; small averaged weights are dropped and the rest stored as integers
 * of WEIGHT_SCALE, which keeps the model file small for the extension package.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { segment } from '../../src/parser/segment';
import { contextFeatures, transitionKeys, viewDocument, WINDOW, wordAt, wordFeatures, type DocumentView } from '../../src/parser/entities/features';
import { Gazetteer, gazetteerKey, type GazetteerData } from '../../src/parser/entities/gazetteer';
import { LABELS, labelsOf } from '../../src/parser/entities/labels';
import type { ModelFile } from '../../src/parser/entities/tagger';
import { PREVIOUS_LABELS, START_LABEL, viterbi } from '../../src/parser/entities/viterbi';
import { projectToTokens, readConll } from './conll';
import { AveragedPerceptron, featureDictionary } from './perceptron';
import { option } from './options';
import { shuffler } from './shuffle';

/** Passes over the data: on dev, 5 scored 0.7 F1 less (greedy tagger) and 20 scored 0.4 less. */
const DEFAULT_EPOCHS = 12;
const MIN_FEATURE_COUNT = 2;
/** Stored weight = round(averaged weight / WEIGHT_SCALE). */
const WEIGHT_SCALE = 0.4;
/** Stored weights smaller than this (in absolute value) are dropped: weights under 1.6 rarely decide a label (measured on dev: F1 unchanged, model 1.7 MB → 0.65 MB). */
const MIN_STORED_WEIGHT = 4;
const DEFAULT_OUT = 'src/parser/entities/model.json';
/** Name-list features are trained with lists built without the document's own fold. */
const GAZETTEER_FOLDS = 10;

interface Example {
  view: DocumentView;
  gold: number[];
}

export async function run(args: string[]): Promise<void> {
  const path = args[0];
  if (!path) throw new Error('usage: npm run train -- ner <conll2003-train.txt> [--epochs N] [--out FILE]');
  const epochs = Number(option(args, '--epochs') ?? DEFAULT_EPOCHS);
  const out = option(args, '--out') ?? DEFAULT_OUT;

  const documents = readConll(path).map((document) => {
    const segmented = segment(document.text);
    return { segmented, spans: projectToTokens(document.entities, segmented.tokens) };
  });
  // Jackknifed name lists: each document sees only the names of the other folds.
  const namesOf = (fold: number) => {
    const names: GazetteerData = {};
    documents.forEach(({ segmented, spans }, d) => {
      if (d % GAZETTEER_FOLDS === fold) return;
      for (const { tokenStart, tokenEnd, type } of spans) {
        const name = segmented.tokens.slice(tokenStart, tokenEnd).map((token) => gazetteerKey(token.text)).join(' ');
        (names[type] ??= []).push(name);
      }
    });
    for (const type of Object.keys(names)) names[type] = [...new Set(names[type])].sort();
    return names;
  };
  const foldGazetteers = Array.from({ length: GAZETTEER_FOLDS }, (_, fold) => new Gazetteer(namesOf(fold)));
  const examples: Example[] = documents.map(({ segmented, spans }, d) => ({
    view: viewDocument(segmented, foldGazetteers[d % GAZETTEER_FOLDS]),
    gold: labelsOf(segmented.tokens.length, spans).map((label) => LABELS.indexOf(label)),
  }));
  console.error(`train ner: ${examples.length} documents`);

  // The dictionary: features seen often enough with gold labels.
  const counts = new Map<string, number>();
  const count = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const { view, gold } of examples) {
    for (let i = 0; i < view.words.length; i++) {
      for (const offset of WINDOW) for (const feature of wordFeatures(wordAt(view, i, offset), offset)) count(feature);
      for (const feature of contextFeatures(view, i)) count(feature);
      const previous = i > view.sentenceStart[i] ? LABELS[gold[i - 1]] : START_LABEL;
      for (const key of transitionKeys(view.words[i], view.capsLine[i] === 1)) count(`${key}|${previous}`);
    }
  }
  const dictionary = featureDictionary(counts, MIN_FEATURE_COUNT);
  counts.clear();
  console.error(`train ner: ${dictionary.size} features`);

  const indicesOf = (features: string[]): number[] => {
    const indices: number[] = [];
    for (const feature of features) {
      const index = dictionary.get(feature);
      if (index !== undefined) indices.push(index);
    }
    return indices;
  };
  const wordIndexCache = new Map<string, number[]>();
  const wordIndices = (word: string, offset: number): number[] => {
    const key = `${offset}\u0001${word}`;
    let indices = wordIndexCache.get(key);
    if (!indices) wordIndexCache.set(key, (indices = indicesOf(wordFeatures(word, offset))));
    return indices;
  };
  /** For a transition key, the dictionary index of `${key}|${previous}` for each previous label (-1 when unknown). */
  const transitionCache = new Map<string, Int32Array>();
  const transitionIndices = (key: string): Int32Array => {
    let indices = transitionCache.get(key);
    if (!indices) {
      indices = Int32Array.from(PREVIOUS_LABELS, (previous) => dictionary.get(`${key}|${previous}`) ?? -1);
      transitionCache.set(key, indices);
    }
    return indices;
  };

  const K = LABELS.length;
  const perceptron = new AveragedPerceptron(dictionary.size, K);
  const shuffle = shuffler(1);
  const sentences = examples.flatMap(({ view, gold }) => {
    const spans: Array<{ view: DocumentView; gold: number[]; from: number; to: number }> = [];
    for (let i = 0; i < view.words.length; i = view.sentenceEnd[i]) spans.push({ view, gold, from: i, to: view.sentenceEnd[i] });
    return spans;
  });
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(sentences);
    let correct = 0;
    let total = 0;
    for (const { view, gold, from, to } of sentences) {
      const n = to - from;
      const emissionFeatures: number[][] = [];
      const transitionFeatures: Int32Array[][] = [];
      const emissions = new Float32Array(n * K);
      const transitions: Float32Array[] = [];
      for (let i = from; i < to; i++) {
        const features = indicesOf(contextFeatures(view, i));
        for (const offset of WINDOW) features.push(...wordIndices(wordAt(view, i, offset), offset));
        emissionFeatures.push(features);
        for (const f of features) for (let k = 0; k < K; k++) emissions[(i - from) * K + k] += perceptron.weight(f, k);
        const keys = transitionKeys(view.words[i], view.capsLine[i] === 1).map(transitionIndices);
        transitionFeatures.push(keys);
        const table = new Float32Array((K + 1) * K);
        for (const indices of keys) {
          for (let p = 0; p <= K; p++) {
            if (indices[p] < 0) continue;
            for (let k = 0; k < K; k++) table[p * K + k] += perceptron.weight(indices[p], k);
          }
        }
        transitions.push(table);
      }
      const predicted = new Int32Array(n);
      viterbi(n, emissions, transitions, predicted);
      perceptron.tick();
      for (let j = 0; j < n; j++) {
        const truth = gold[from + j];
        const guess = predicted[j];
        total++;
        if (truth === guess) correct++;
        else for (const f of emissionFeatures[j]) {
          perceptron.adjust(f, truth, 1);
          perceptron.adjust(f, guess, -1);
        }
        const truthPrevious = j > 0 ? gold[from + j - 1] : K;
        const guessPrevious = j > 0 ? predicted[j - 1] : K;
        if (truth === guess && truthPrevious === guessPrevious) continue;
        for (const indices of transitionFeatures[j]) {
          if (indices[truthPrevious] >= 0) perceptron.adjust(indices[truthPrevious], truth, 1);
          if (indices[guessPrevious] >= 0) perceptron.adjust(indices[guessPrevious], guess, -1);
        }
      }
    }
    console.error(`train ner: epoch ${epoch}: token accuracy ${(100 * correct / total).toFixed(2)}%`);
  }

  const averaged = perceptron.averaged();
  const weights: Record<string, number[]> = {};
  let kept = 0;
  for (const [feature, index] of dictionary) {
    const sparse: number[] = [];
    for (let k = 0; k < LABELS.length; k++) {
      const stored = Math.round(averaged[index * LABELS.length + k] / WEIGHT_SCALE);
      if (Math.abs(stored) >= MIN_STORED_WEIGHT) sparse.push(k, stored);
    }
    if (sparse.length > 0) {
      weights[feature] = sparse;
      kept++;
    }
  }
  const model: ModelFile = {
    about: 'Averaged-perceptron entity tagger trained on CoNLL-2003 English train (Reuters RCV1, research licence). Regenerate with `npm run train -- ner <conll2003-train.txt>`; see README.md beside this file.',
    labels: LABELS,
    scale: WEIGHT_SCALE,
    weights,
  };
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  console.error(`train ner: wrote ${out}: ${kept} features, ${(json.length / 1024).toFixed(0)} KiB`);
  const gazetteer = JSON.stringify({ about: 'Names of the CoNLL-2003 English training set by type, lower case, tokens joined by spaces (research licence). Written by `npm run train -- ner`.', names: namesOf(-1) });
  const gazetteerOut = join(dirname(out), 'gazetteer.json');
  writeFileSync(gazetteerOut, gazetteer);
  console.error(`train ner: wrote ${gazetteerOut}: ${(gazetteer.length / 1024).toFixed(0)} KiB`);
}
