/**
 * The bench's texts: the PolNeAR dev articles (their texts only), and longer
 * documents made by concatenating them. The data lives outside the repository
 * (../shared), so a missing file is reported, not fatal.
 */
import { readFile } from 'node:fs/promises';
import { countWords } from './measure';

export const DEFAULT_QUOTES_DATA = '../shared/data/quotes/polnear-dev.jsonl';

export interface Corpus {
  path: string;
  texts: string[];
  words: number;
}

/** The texts of a JSON-lines file of `{"text"}` objects, or a message saying why there are none. */
export async function loadCorpus(path: string): Promise<Corpus | { missing: string }> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch {
    return { missing: `data not found at ${path} (the PolNeAR dev set from ../shared; give another path: npm run bench -- PATH)` };
  }
  const texts = content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  if (texts.length === 0) return { missing: `no texts in ${path}` };
  return { path, texts, words: texts.reduce((sum, text) => sum + countWords(text), 0) };
}

/**
 * One document of at least `minWords` words: whole articles joined as paragraphs,
 * cycling through the corpus if it is too short.
 */
export function concatenate(corpus: Corpus, minWords: number): string {
  const pieces: string[] = [];
  let words = 0;
  for (let i = 0; words < minWords; i++) {
    const text = corpus.texts[i % corpus.texts.length];
    pieces.push(text);
    words += countWords(text);
  }
  return pieces.join('\n\n');
}

/** The longest prefix of `text` that ends at a paragraph break and has at most `words` words (never empty). */
export function prefixOfWords(text: string, words: number): string {
  let end = 0;
  let counted = 0;
  while (end < text.length) {
    const next = text.indexOf('\n\n', end + 1);
    const candidate = next === -1 ? text.length : next;
    counted += countWords(text.slice(end, candidate));
    if (end > 0 && counted > words) break;
    end = candidate;
  }
  return text.slice(0, end);
}
