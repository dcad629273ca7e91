/**
 * Parser speed, single-threaded in this Node process: words per second on the
 * dev articles and on one long document, compromise on the same texts for a
 * ratio, and time per word from 1x to 8x text length (linear growth).
 */
import nlp from 'compromise';
import { analyze } from '../../src/parser';
import { BUDGETS, LONG_DOCUMENT_WORDS, SCALING_BASE_WORDS, SCALING_FACTORS } from './budgets';
import { concatenate, prefixOfWords, type Corpus } from './data';
import { countWords, formatCount, medianMs } from './measure';
import type { Row, Section } from './report';

/** What compromise is timed on: its tagger plus the three entity lists it offers. */
function compromiseEntities(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

function wordsPerSecond(analyzeText: (text: string) => unknown, texts: string[], words: number, runs: number): number {
  return words / (medianMs(() => texts.forEach(analyzeText), runs) / 1000);
}

function throughputRows(label: string, texts: string[], runs: number): Row[] {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  const parser = wordsPerSecond(analyze, texts, words, runs);
  const compromise = wordsPerSecond(compromiseEntities, texts, words, runs);
  const ratio = parser / compromise;
  return [
    {
      measure: `parser on ${label} (${formatCount(words)} words)`,
      value: `${formatCount(parser)} words/s`,
      budget: `≥ ${formatCount(BUDGETS.parserWordsPerSecond)} words/s`,
      pass: parser >= BUDGETS.parserWordsPerSecond,
    },
    { measure: `compromise 14 on ${label}`, value: `${formatCount(compromise)} words/s` },
    {
      measure: `parser / compromise on ${label}`,
      value: `${ratio.toFixed(1)}x`,
      budget: `≥ ${BUDGETS.parserOverCompromise}x`,
      pass: ratio >= BUDGETS.parserOverCompromise,
    },
  ];
}

/** Time per word at each length; every sample analyses the same number of words (the short texts more often). */
function scalingRow(corpus: Corpus, runs: number): Row {
  const largest = SCALING_FACTORS[SCALING_FACTORS.length - 1];
  const longest = concatenate(corpus, largest * SCALING_BASE_WORDS);
  const perWord = SCALING_FACTORS.map((factor) => {
    const text = prefixOfWords(longest, factor * SCALING_BASE_WORDS);
    const repeats = largest / factor;
    const ms = medianMs(() => {
      for (let i = 0; i < repeats; i++) analyze(text);
    }, runs);
    return (ms * 1000) / (countWords(text) * repeats);
  });
  const growth = Math.max(...perWord) / Math.min(...perWord);
  return {
    measure: `time per word at ${SCALING_FACTORS.map((factor) => `${factor}x`).join(', ')} of ${formatCount(SCALING_BASE_WORDS)} words`,
    value: `${perWord.map((us) => us.toFixed(2)).join(' / ')} µs (max/min ${growth.toFixed(2)})`,
    budget: `max/min ≤ ${BUDGETS.timePerWordGrowth}`,
    pass: growth <= BUDGETS.timePerWordGrowth,
  };
}

export function parserSection(corpus: Corpus, runs: number): Section {
  const title = 'Parser';
  const notes = [`single-threaded, median of ${runs} runs after a warm-up run; texts from ${corpus.path}.`];
  try {
    const long = concatenate(corpus, LONG_DOCUMENT_WORDS);
    const rows = [
      ...throughputRows(`${corpus.texts.length} dev articles`, corpus.texts, runs),
      ...throughputRows('one long document', [long], runs),
      scalingRow(corpus, runs),
    ];
    return { title, rows, notes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { title, rows: [{ measure: 'analyze', value: `threw: ${reason}`, budget: 'runs', pass: false }], notes };
  }
}
