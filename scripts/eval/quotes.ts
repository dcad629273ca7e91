/**
 * `npm run eval -- quotes <file.jsonl>`: scores the parser's quotations against
 * PolNeAR-style gold (see ../shared/data/README.md for the format).
 * `npm run eval -- quotes --seed <gold.json>`: checks the hand-annotated sample
 * article (article.txt beside gold.json) quote by quote.
 *
 * Metrics, with the definitions of the published evaluations; spans are compared
 * after trimming white space:
 *  - exact-span P/R/F1;
 *  - GGT@0.3 / GGT@0.8 (Gender Gap Tracker): a gold quote matches an unused
 *    prediction covering more than 30% / 80% of its characters, greedily, one to one;
 *  - token-overlap P/R/F1 over the word positions inside the spans;
 *  - speaker-span accuracy over GGT@0.3 matches whose gold has a speaker span:
 *    the predicted speaker mention overlaps it;
 *  - speaker-span exact over the same matches: the predicted mention equals it (both trimmed), which
 *    the overlap measure cannot tell from a mention that runs on into a clause ("Clinton came under fire when it");
 * overall and by kind (recall by gold kind, precision by predicted kind).
 *
 * `--list missed|extra|inexact` also prints, one per line (tab-separated), the gold quotes no
 * prediction matches at GGT@0.3, the predictions that match none, or the matches whose spans
 * differ, each with its kind, cue and text, for studying the rules on the train split.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze } from '../../src/parser';
import type { Quote } from '../../src/shared/analysis';
import { readGoldArticles, type GoldArticle, type GoldQuote } from './polnear';

type Span = [number, number];

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

class Counts {
  tp = 0;
  /** Matched predictions, when they are counted apart from matched gold quotes (by kind). */
  tpPredicted = -1;
  predicted = 0;
  gold = 0;
  static byKind(): Counts {
    const counts = new Counts();
    counts.tpPredicted = 0;
    return counts;
  }

  line(label: string): string {
    const p = this.predicted ? (this.tpPredicted >= 0 ? this.tpPredicted : this.tp) / this.predicted : 0;
    const r = this.gold ? this.tp / this.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
    return `${label.padEnd(22)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   (tp ${this.tp}, pred ${this.predicted}, gold ${this.gold})`;
  }
}

const KINDS = ['direct', 'indirect', 'mixed', 'pull'];

class Scores {
  exact = new Counts();
  ggt3 = new Counts();
  ggt8 = new Counts();
  tokens = new Counts();
  speakerRight = 0;
  speakerTotal = 0;
  speakerExact = 0;
  byKind = new Map(KINDS.map((k) => [k, { ggt3: Counts.byKind(), exact: Counts.byKind() }]));
}

/** Greedy one-to-one matching: each gold quote takes the unused prediction covering most of it, above `threshold`. */
function greedyMatch(gold: Span[], predicted: Span[], threshold: number): Array<number | undefined> {
  const used = new Set<number>();
  return gold.map((g) => {
    const length = g[1] - g[0];
    let best: number | undefined;
    let bestCover = threshold;
    predicted.forEach((p, i) => {
      if (used.has(i) || length === 0) return;
      const cover = overlap(g, p) / length;
      if (cover > bestCover) {
        bestCover = cover;
        best = i;
      }
    });
    if (best !== undefined) used.add(best);
    return best;
  });
}

/** Word positions (start offsets of non-space runs) inside any of the spans. */
function wordPositions(text: string, spans: Span[]): Set<number> {
  const positions = new Set<number>();
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) if (!/\s/.test(text[i]) && (i === start || /\s/.test(text[i - 1]))) positions.add(i);
  }
  return positions;
}

type Listing = 'missed' | 'extra' | 'inexact';
const LISTINGS: readonly Listing[] = ['missed', 'extra', 'inexact'];

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Prints the listed cases of one article (see `--list`), from its GGT@0.3 matching. */
function listCases(article: GoldArticle, predicted: Quote[], gold: Span[], pred: Span[], at3: Array<number | undefined>, listing: Listing): void {
  const slice = ([start, end]: Span): string => oneLine(article.text.slice(start, end));
  const goldCue = (q: GoldQuote): string => (q.cueStart != null && q.cueEnd != null ? oneLine(article.text.slice(q.cueStart, q.cueEnd)) : '');
  if (listing === 'extra') {
    const matched = new Set(at3.filter((m): m is number => m !== undefined));
    predicted.forEach((q, i) => {
      if (!matched.has(i)) console.log(['extra', article.id, q.kind, q.cue?.text ?? '', slice(pred[i])].join('\t'));
    });
    return;
  }
  at3.forEach((match, i) => {
    const q = article.quotes[i];
    if (listing === 'missed' && match === undefined) console.log(['missed', article.id, q.kind, goldCue(q), slice(gold[i])].join('\t'));
    if (listing === 'inexact' && match !== undefined && (pred[match][0] !== gold[i][0] || pred[match][1] !== gold[i][1])) {
      console.log(['inexact', article.id, q.kind, goldCue(q), slice(gold[i]), predicted[match].cue?.text ?? '', slice(pred[match])].join('\t'));
    }
  });
}

function scoreArticle(article: GoldArticle, predicted: Quote[], scores: Scores, listing?: Listing): void {
  const gold = article.quotes.map((q) => trimSpan(article.text, q.start, q.end));
  const pred = predicted.map((q) => trimSpan(article.text, q.start, q.end));
  const predKinds = predicted.map((q) => (q.kind === 'pull' ? 'direct' : q.kind));
  for (const counts of [scores.exact, scores.ggt3, scores.ggt8]) {
    counts.gold += gold.length;
    counts.predicted += pred.length;
  }
  const exactKeys = new Set(pred.map((p) => `${p[0]}:${p[1]}`));
  pred.forEach((p, i) => {
    const kind = scores.byKind.get(predKinds[i]);
    if (kind && gold.some((g) => g[0] === p[0] && g[1] === p[1])) kind.exact.tpPredicted++;
  });
  gold.forEach((g, i) => {
    const hit = exactKeys.has(`${g[0]}:${g[1]}`);
    if (hit) scores.exact.tp++;
    const kind = scores.byKind.get(article.quotes[i].kind);
    if (kind) {
      kind.exact.gold++;
      if (hit) kind.exact.tp++;
    }
  });
  const at3 = greedyMatch(gold, pred, 0.3);
  const at8 = greedyMatch(gold, pred, 0.8);
  if (listing) listCases(article, predicted, gold, pred, at3, listing);
  at3.forEach((match, i) => {
    const kind = scores.byKind.get(article.quotes[i].kind);
    if (kind) kind.ggt3.gold++;
    if (match === undefined) return;
    scores.ggt3.tp++;
    if (kind) kind.ggt3.tp++;
    const predictedKind = scores.byKind.get(predKinds[match]);
    if (predictedKind) predictedKind.ggt3.tpPredicted++;
    const g = article.quotes[i];
    if (g.speakerStart == null || g.speakerEnd == null) return;
    scores.speakerTotal++;
    const speaker = predicted[match].speaker;
    if (speaker?.start === undefined || speaker.end === undefined) return;
    if (overlap([speaker.start, speaker.end], [g.speakerStart, g.speakerEnd]) > 0) scores.speakerRight++;
    const mention = trimSpan(article.text, speaker.start, speaker.end);
    const goldMention = trimSpan(article.text, g.speakerStart, g.speakerEnd);
    if (mention[0] === goldMention[0] && mention[1] === goldMention[1]) scores.speakerExact++;
  });
  scores.ggt8.tp += at8.filter((m) => m !== undefined).length;
  predKinds.forEach((k) => {
    const kind = scores.byKind.get(k);
    if (kind) {
      kind.ggt3.predicted++;
      kind.exact.predicted++;
    }
  });
  const goldWords = wordPositions(article.text, gold);
  const predWords = wordPositions(article.text, pred);
  scores.tokens.gold += goldWords.size;
  scores.tokens.predicted += predWords.size;
  for (const w of predWords) if (goldWords.has(w)) scores.tokens.tp++;
}

function runCorpus(path: string, listing?: Listing): void {
  const articles = readGoldArticles(path);
  const scores = new Scores();
  let words = 0;
  const started = performance.now();
  for (const article of articles) {
    const analysis = analyze(article.text);
    words += article.text.split(/\s+/).length;
    scoreArticle(article, analysis.quotes, scores, listing);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${articles.length} articles, ${words} words, ${(words / seconds).toFixed(0)} words/s (whole parser)`);
  console.log(scores.exact.line('exact span'));
  console.log(scores.ggt3.line('GGT@0.3'));
  console.log(scores.ggt8.line('GGT@0.8'));
  console.log(scores.tokens.line('token overlap'));
  const accuracy = scores.speakerTotal ? (100 * scores.speakerRight) / scores.speakerTotal : 0;
  console.log(`speaker-span accuracy  ${accuracy.toFixed(1)}%  (${scores.speakerRight}/${scores.speakerTotal} GGT@0.3 matches with a gold speaker)`);
  const exactShare = scores.speakerTotal ? (100 * scores.speakerExact) / scores.speakerTotal : 0;
  console.log(`speaker-span exact     ${exactShare.toFixed(1)}%  (${scores.speakerExact}/${scores.speakerTotal} the same matches, mention equal to the gold span)`);
  console.log('by kind (recall by gold kind, precision by predicted kind; pull counts as direct):');
  for (const [kind, counts] of scores.byKind) {
    if (kind === 'pull') continue;
    console.log(counts.ggt3.line(`  ${kind} GGT@0.3`));
    console.log(counts.exact.line(`  ${kind} exact`));
  }
}

interface SeedGold {
  quotes: Array<{ start: number; end: number; text: string; kind: string; speaker: string; cue: string | null }>;
}

/** The sample article: every gold quote found (overlap > 50%) with its speaker, kind and cue, and nothing else. */
function runSeed(goldPath: string): void {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold;
  const text = readFileSync(join(dirname(goldPath), 'article.txt'), 'utf8');
  const { quotes } = analyze(text);
  const used = new Set<number>();
  let failures = 0;
  for (const g of gold.quotes) {
    const index = quotes.findIndex((q, i) => !used.has(i) && overlap([q.start, q.end], [g.start, g.end]) > 0.5 * (g.end - g.start));
    const q = quotes[index];
    const problems: string[] = [];
    if (!q) problems.push('not found');
    else {
      used.add(index);
      if (q.speaker?.name !== g.speaker) problems.push(`speaker ${JSON.stringify(q.speaker?.name)} ≠ ${JSON.stringify(g.speaker)}`);
      if (q.kind !== g.kind) problems.push(`kind ${q.kind} ≠ ${g.kind}`);
      if ((q.cue?.text ?? null) !== g.cue) problems.push(`cue ${JSON.stringify(q.cue?.text ?? null)} ≠ ${JSON.stringify(g.cue)}`);
    }
    if (problems.length) failures++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${JSON.stringify(g.text.slice(0, 60))}${problems.length ? ': ' + problems.join('; ') : ''}`);
  }
  quotes.forEach((q, i) => {
    if (used.has(i)) return;
    failures++;
    console.log(`FAIL extra ${q.kind} quote ${JSON.stringify(q.text.slice(0, 60))} (speaker ${JSON.stringify(q.speaker?.name)})`);
  });
  console.log(`${gold.quotes.length - Math.min(failures, gold.quotes.length)}/${gold.quotes.length} gold quotes right, ${failures} problem(s)`);
  if (failures) process.exitCode = 1;
}

export async function run(args: string[]): Promise<void> {
  const seed = args.indexOf('--seed');
  if (seed >= 0) {
    const path = args[seed + 1];
    if (!path) throw new Error('--seed needs the path of gold.json');
    runSeed(path);
    return;
  }
  const list = args.indexOf('--list');
  const listing = list >= 0 ? args[list + 1] as Listing : undefined;
  if (list >= 0 && !LISTINGS.includes(listing as Listing)) throw new Error(`--list needs one of ${LISTINGS.join(', ')}`);
  const path = args.find((arg, i) => !arg.startsWith('--') && (list < 0 || i !== list + 1));
  if (!path) throw new Error('usage: npm run eval -- quotes <file.jsonl> [--list missed|extra|inexact] | --seed <gold.json>');
  runCorpus(path, listing);
}
