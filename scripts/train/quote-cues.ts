/**
 * `npm run train -- quote-cues <polnear-train.jsonl> [--epochs N] [--out FILE] [--skip-fold i/n]`:
 * trains the reporting-cue detector (src/parser/quotes/cue-model.ts) on PolNeAR's gold
 * cue spans and writes src/parser/quotes/cue-model.json.
 *
 * Each article is cut by the product's own segmenter and its quotation marks paired as
 * the parser pairs them, so training sees the tokens the parser sees. A token is a
 * positive example when it is the head of a gold cue span: the span's listed cue if it
 * has one ("has long [complained]"), else its first word that is no auxiliary or adverb
 * ("also [took] swipes at"). Every other word outside quotation marks is a negative one.
 * A binary averaged perceptron learns from them in an order shuffled by a fixed seed, so
 * two trainings give the same model.
 *
 * `--skip-fold i/n` leaves out every article whose index is i modulo n. THRESHOLD, THAT_THRESHOLD
 * and VETO were chosen by training on three folds of four and running the whole parser on the
 * fourth, never on dev. Summed over the four held-out folds (exact F1 / GGT@0.3 F1):
 * lexicon alone 52.3 / 75.8; threshold 0, veto -300: 52.6 / 76.7; threshold 0, veto -200:
 * 52.8 / 76.5; threshold -25, veto -300: 52.5 / 76.9. Without a veto the learned cues'
 * quotes, whose spans are rarely exact, cost exact F1 (threshold 0: 52.2 / 76.6).
 * With the parser of 2026-11-29 (veto -300): one threshold for every frame, 0: 53.3 / 76.8, -60:
 * 52.9 / 77.3, -120: 52.0 / 77.6; with the conjunctions of the lexicon class and the frame, 0:
 * 53.4 / 76.9; unlisted words before "that" read as speech verbs with a threshold of their own
 * (threshold 0): that-threshold 0: 53.4 / 76.9, -100: 53.5 / 76.9, -200: 53.5 / 77.0, -300:
 * 53.5 / 77.1; "that" after one word as well ("argued Tuesday that"), that-threshold -200,
 * threshold 0: 53.5 / 77.1, -15: 53.5 / 77.2, -30: 53.4 / 77.3; threshold -30, that-threshold
 * -250: 53.3 / 77.3; -300: 53.2 / 77.3. Then with the class of the word after "that" and stored
 * weights from 18 (not 15, for size), that-threshold -250: threshold 0 (kept): 53.5 / 77.1; -15:
 * 53.4 / 77.3; -30: 53.4 / 77.4 (that-threshold -200: 53.4 / 77.3). Under 0 the plain frame lets
 * in verbs such as "wore [campaign hats reading, “...”]", so the threshold stays at 0. Veto -200:
 * 53.8 / 77.0, -400: 53.4 / 77.2; that-threshold -300: 53.4 / 77.1. Tried and
 * dropped: the classes of the two words after "that" (GGT -0.1); learned cues reporting a
 * passive's whole clause ("is seen as", exact -0.1); no learned cue before a comma or period (no
 * change).
 * Re-swept 2026-11-29 with the whole parser of that day (rules and edge rankers in place; the stored
 * weights kept, only the three numbers and the floors recomputed), on all of train (exact F1 / GGT@0.3
 * F1, direct recall) and its four folds. From threshold 0, that-threshold -250, veto -300: 60.69 / 80.47.
 * Veto: -400: 60.49 / 80.39; -275: 60.72 / 80.48; -260: 60.79 / 80.48; -250: 60.84 / 80.48 (all four
 * folds up, kept); -240: 60.90 / 80.46 and -230: 60.94 / 80.47 (one direct quotation fewer); -200: 61.07
 * / 80.45; -175: 61.14 / 80.44; -150: 61.21 / 80.39; -100: 61.38 / 80.21 (a higher veto drops listed cues'
 * quotes, about half of them overlapping gold; from -200 on it also drops the pinned "fear" of
 * missed-reports-3 and lets in a quote non-speech-objects pins as none). That-threshold (veto -250):
 * -350: 60.61; -300: 60.74; -200: 60.88; -150: 60.84; -100: 60.82. Threshold (veto -250): +40: 60.73 /
 * 80.00; +20: 60.79 / 80.23; -20: 60.90 / 80.77; -40: 60.92 / 81.05, and with veto -175: 61.21 / 81.00
 * (-30: 61.19, -50: 61.17, -60: 61.14 / 81.20; veto -150: 61.28 / 80.96). Under 0 the learned cues break
 * pinned behaviour (titles "wore campaign hats reading", non-speech-senses, content-edges-2, missed-reports;
 * at -40 also content-edges-4, non-speech-cues), so the threshold stays at 0 until those are settled.
 * Retraining the weights with the code of that day (they differ from the stored ones) gave 61.09 / 80.68
 * at threshold -40, veto -175. More epochs looked better when the model scoring train was trained on
 * all of it (16 epochs, veto -175: 61.49 / 81.10) but not on held-out folds (each fold scored by a cue
 * model trained on the other three: 8 epochs, veto -250: 60.24 / 79.26; 16 epochs: 60.18 / 79.47,
 * with veto -175: 60.20 / 79.10), so the stored weights and 8 epochs stay. The same held-out folds
 * confirm veto -250 over -300 (60.24 / 79.26, direct 3029, against 60.15 / 79.35, direct 3030; each
 * fold's exact F1 up).
 */
import { writeFileSync } from 'node:fs';
import { segment } from '../../src/parser/segment';
import { buildContext } from '../../src/parser/quotes/context';
import { findQuotedSpans } from '../../src/parser/quotes/marks';
import { quoteIndexOfTokens } from '../../src/parser/quotes/scan';
import { contextFeatures, isCueCandidate, thatOpensContent, wordFeatures, type CueModelFile } from '../../src/parser/quotes/cue-model';
import { cueInfo, isBetweenSubjectAndCue } from '../../src/parser/quotes/lexicon';
import { AveragedPerceptron, featureDictionary, storedWeights } from './perceptron';
import { option } from './options';
import { shuffler } from './shuffle';
import { readGoldArticles, type GoldQuote } from '../eval/polnear';

const DEFAULT_EPOCHS = 8;
const DEFAULT_OUT = 'src/parser/quotes/cue-model.json';
/** Features seen fewer times than this are left out: rare words and pairs only overfit. */
const MIN_FEATURE_COUNT = 5;
/** Stored weight = round(averaged weight / WEIGHT_SCALE). */
const WEIGHT_SCALE = 0.05;
/** Smaller stored weights (under 0.9) are dropped: they rarely decide, and the model stays under 300 KB. */
const MIN_STORED_WEIGHT = 18;
/** Decision threshold on the summed stored weights, chosen on train folds (see the header). */
const THRESHOLD = 0;
/** Decision threshold for an unlisted word before "that" ("fretted that"), chosen on train folds (see the header). */
const THAT_THRESHOLD = -250;
/** Listed cues scoring under this are dropped, chosen on train folds (see the header). */
const VETO = -250;

interface Example {
  /** The word's own features (a prefix of `features`). */
  word: string[];
  features: string[];
  cue: boolean;
  listed: boolean;
  /** "that" follows: the model's THAT_THRESHOLD applies. */
  thatFollows: boolean;
}

/** The examples of one article: every candidate token, labelled by the gold cue heads. */
function examplesOf(text: string, quotes: GoldQuote[]): Example[] {
  const ctx = buildContext(segment(text));
  const { tokens } = ctx;
  const quoteOf = quoteIndexOfTokens(ctx, findQuotedSpans(ctx));
  const heads = new Set<number>();
  let t = 0;
  const cues = quotes.filter((q) => q.cueStart != null && q.cueEnd != null).sort((a, b) => a.cueStart! - b.cueStart!);
  for (const { cueStart, cueEnd } of cues) {
    // Tokens are sorted: move to the cue's first token (cue spans may repeat or overlap, so step back when needed).
    while (t > 0 && tokens[t - 1].end > cueStart!) t--;
    while (t < tokens.length && tokens[t].end <= cueStart!) t++;
    // The head is the span's listed cue if it has one ("was quick to [point] out", "has long [complained]"),
    // else its first word that is no auxiliary or adverb ("also [took] swipes at").
    let head = -1;
    let listed = -1;
    for (let h = t; h < tokens.length && tokens[h].start < cueEnd!; h++) {
      if (tokens[h].kind !== 'word') continue;
      if (listed < 0 && cueInfo(tokens[h].text)) listed = h;
      if (head < 0 || isBetweenSubjectAndCue(tokens[head].text)) head = h;
    }
    if (listed >= 0 || head >= 0) heads.add(listed >= 0 ? listed : head);
  }
  const examples: Example[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isCueCandidate(ctx, quoteOf, k)) continue;
    const sentenceStart = ctx.sentenceTokens[ctx.sentenceOf[k]]?.[0] ?? 0;
    const word = wordFeatures(tokens[k].text);
    const features = [...word, ...contextFeatures(ctx, quoteOf, k, sentenceStart)];
    examples.push({ word, features, cue: heads.has(k), listed: cueInfo(tokens[k].text) !== undefined, thatFollows: thatOpensContent(tokens, quoteOf, k) });
  }
  return examples;
}

/** Share of the training tokens the model takes for cues that the word-score floor may rule out. */
const MAX_FLOOR_LOSS = 0.01;

/**
 * The highest floor on a word's own score that rules out at most MAX_FLOOR_LOSS of the unlisted
 * training tokens, before "that" or not (`thatFollows`), that the whole model takes for cues
 * (over `threshold`): under it the context is not worth scoring. The frame before "that" gets a
 * floor of its own, so that its lower threshold leaves the other words' floor where it was.
 */
function wordScoreFloor(examples: Example[], weights: Record<string, number>, thatFollows: boolean, threshold: number): number {
  const sum = (features: string[]) => features.reduce((total, f) => total + (weights[f] ?? 0), 0);
  const taken = examples.filter((e) => !e.listed && e.thatFollows === thatFollows && sum(e.features) > threshold)
    .map((e) => sum(e.word)).sort((a, b) => a - b);
  return taken.length > 0 ? taken[Math.floor(taken.length * MAX_FLOOR_LOSS)] - 1 : 0;
}

export async function run(args: string[]): Promise<void> {
  const path = args[0];
  if (!path) throw new Error('usage: npm run train -- quote-cues <polnear-train.jsonl> [--epochs N] [--out FILE] [--skip-fold i/n]');
  const epochs = Number(option(args, '--epochs') ?? DEFAULT_EPOCHS);
  const out = option(args, '--out') ?? DEFAULT_OUT;
  const [skip, folds] = (option(args, '--skip-fold') ?? '-1/1').split('/').map(Number);

  const articles = readGoldArticles(path).filter((_, index) => index % folds !== skip);
  const examples = articles.flatMap((article) => examplesOf(article.text, article.quotes));
  const positives = examples.filter((e) => e.cue).length;
  console.error(`train quote-cues: ${articles.length} articles, ${examples.length} tokens, ${positives} cue heads`);

  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const dictionary = featureDictionary(counts, MIN_FEATURE_COUNT);
  const indexed = examples.map(({ features, cue }) => ({
    features: features.map((f) => dictionary.get(f) ?? -1).filter((i) => i >= 0),
    cue,
  }));
  console.error(`train quote-cues: ${dictionary.size} features`);

  const perceptron = new AveragedPerceptron(dictionary.size, 1);
  const shuffle = shuffler(1);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(indexed);
    let errors = 0;
    for (const { features, cue } of indexed) {
      let score = 0;
      for (const f of features) score += perceptron.weight(f, 0);
      perceptron.tick();
      if (score > 0 === cue) continue;
      errors++;
      for (const f of features) perceptron.adjust(f, 0, cue ? 1 : -1);
    }
    console.error(`train quote-cues: epoch ${epoch}: ${errors} errors`);
  }

  const weights = storedWeights(dictionary, perceptron.averaged(), WEIGHT_SCALE, MIN_STORED_WEIGHT);
  const minWordScore = wordScoreFloor(examples, weights, false, THRESHOLD);
  const minThatWordScore = wordScoreFloor(examples, weights, true, THAT_THRESHOLD);
  const model: CueModelFile = {
    about: 'Averaged-perceptron reporting-cue detector trained on PolNeAR train (annotations without a stated licence; texts belong to their publishers). Regenerate with `npm run train -- quote-cues <polnear-train.jsonl>`.',
    scale: WEIGHT_SCALE,
    threshold: THRESHOLD,
    thatThreshold: THAT_THRESHOLD,
    veto: VETO,
    minWordScore,
    minThatWordScore,
    weights,
  };
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  console.error(`train quote-cues: wrote ${out}: ${Object.keys(weights).length} features, ${(json.length / 1024).toFixed(0)} KiB`);
}
