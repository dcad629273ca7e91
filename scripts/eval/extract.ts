/**
 * `npm run eval -- extract <dataset dir> [--verbose] [--repeat N]`: scores the article finder
 * with the Zyte article-extraction benchmark's metric. Tokens are `\w+` runs, each
 * text is a multiset of 4-token shingles, precision and recall are computed per
 * page and averaged over pages, F1 = 2PR/(P+R) of the averages. Times cover
 * `findArticle` on an already parsed DOM; `--repeat N` keeps each page's fastest
 * of N runs, to see past other processes competing for the CPU. `\w` is Unicode-aware, as in the benchmark's Python.
 *
 * Datasets: a Zyte-style directory (`ground-truth.json` + `html/<id>.html.gz`) or
 * a Readability test-page directory (`pages/<case>/{source.html,expected.html,
 * expected-metadata.json}`), where pages marked not readerable check not-article
 * detection instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findArticle, type ArticleResult } from '../../src/content/article';
import { parseDocument } from '../../src/cli/html';

interface Page {
  id: string;
  html: string;
  /** Expected article text, or null when the page is not an article. */
  expected: string | null;
}

export async function run(args: string[]): Promise<void> {
  const directory = args[0]?.startsWith('--') ? undefined : args[0];
  if (!directory) throw new Error('usage: npm run eval -- extract <dataset dir> [--verbose] [--repeat N]');
  const verbose = args.includes('--verbose');
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Math.max(1, Number(args[repeatAt + 1]) || 1) : 1;
  const pages = loadPages(directory);
  let precision = 0;
  let recall = 0;
  let scored = 0;
  let detection = { right: 0, total: 0 };
  const times: number[] = [];
  for (const page of pages) {
    const doc = parseDocument(page.html);
    const { result, ms } = timedFindArticle(doc, repeat);
    times.push(ms);
    const text = result.kind === 'article' ? result.text : '';
    if (page.expected === null) {
      detection = { right: detection.right + (result.kind === 'not-article' ? 1 : 0), total: detection.total + 1 };
      continue;
    }
    const score = shingleScore(text, page.expected);
    precision += score.precision;
    recall += score.recall;
    scored++;
    if (verbose) {
      const note = result.kind === 'not-article' ? `  not-article: ${result.reason}` : '';
      console.log(`${score.precision.toFixed(3)}  ${score.recall.toFixed(3)}  ${page.id}${note}`);
    }
  }
  precision /= scored || 1;
  recall /= scored || 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  times.sort((a, b) => a - b);
  const percentile = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0;
  console.log(`pages: ${scored} articles${detection.total ? `, ${detection.total} non-articles` : ''}`);
  console.log(`precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`);
  if (detection.total) console.log(`non-articles detected: ${detection.right}/${detection.total}`);
  console.log(`findArticle time per page: median ${percentile(0.5).toFixed(1)} ms, p95 ${percentile(0.95).toFixed(1)} ms`);
}

/** Runs findArticle `repeat` times; returns the result and the fastest run's time. */
function timedFindArticle(doc: Document, repeat: number): { result: ArticleResult; ms: number } {
  let ms = Infinity;
  for (let run = 1; ; run++) {
    const started = performance.now();
    const result = findArticle(doc);
    ms = Math.min(ms, performance.now() - started);
    if (run >= repeat) return { result, ms };
  }
}

function loadPages(directory: string): Page[] {
  const truthFile = join(directory, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string }>;
    return Object.entries(truth).map(([id, { articleBody }]) => ({
      id,
      html: gunzipSync(readFileSync(join(directory, 'html', `${id}.html.gz`))).toString('utf8'),
      expected: articleBody,
    }));
  }
  const casesDir = join(directory, 'pages');
  if (!existsSync(casesDir)) throw new Error(`${directory}: neither ground-truth.json nor pages/ found`);
  return readdirSync(casesDir).sort().map((id) => {
    const read = (name: string) => readFileSync(join(casesDir, id, name), 'utf8');
    const readerable = (JSON.parse(read('expected-metadata.json')) as { readerable?: boolean }).readerable !== false;
    const expected = readerable ? (parseDocument(`<body>${read('expected.html')}</body>`).body.textContent ?? '') : null;
    return { id, html: read('source.html'), expected };
  });
}

/** Per-page precision and recall over multisets of 4-token shingles. */
export function shingleScore(actual: string, expected: string): { precision: number; recall: number } {
  const got = shingles(actual);
  const want = shingles(expected);
  let common = 0;
  for (const [shingle, count] of got.counts) common += Math.min(count, want.counts.get(shingle) ?? 0);
  return { precision: got.total ? common / got.total : 0, recall: want.total ? common / want.total : 0 };
}

function shingles(text: string): { counts: Map<string, number>; total: number } {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return { counts, total: 0 };
  const last = Math.max(tokens.length - 4, 0);
  for (let i = 0; i <= last; i++) {
    const shingle = tokens.slice(i, i + 4).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return { counts, total: last + 1 };
}
