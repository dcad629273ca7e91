/**
 * Parser speed, single-threaded in this Node process: words per second on the
 * dev articles and on one long document, compromise on the same texts for a
 * ratio, and time per word from 1x to 8x text length (linear growth).
 */
import nlp from 'compromise';
import { analyze } from '../../src/parser';
import { BUDGETS, LONG_DOCUMENT_WORDS, SCALING_BASE_WORDS, SCALING_FACTORS } from './budgets';
import { concatenate, prefixOfWords, type Corpus } from './data';
import { countWords, formatCount, medianMs, pairedMedianMs } from './measure';
import type { Row, Section } from './report';

/** What compromise is timed on: its tagger plus the three entity lists it offers. */
function compromiseEntities(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

/**
 * Rounds of the parser beside compromise: at least this many, whatever `--runs` says. A round over the
 * long document takes about 0.2 s of the parser's, short beside the VM's stalls, which moved a median of
 * 5 by up to 30% (94,000-131,000 words/s in runs minutes apart, same code).
 */
const MIN_THROUGHPUT_ROUNDS = 15;

/** The parser's and compromise's words per second on `texts`, timed in alternation, and their ratio (pairedMedianMs). */
function throughputRows(label: string, texts: string[], runs: number): Row[] {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  const timed = pairedMedianMs(() => texts.forEach(analyze), () => texts.forEach(compromiseEntities), Math.max(runs, MIN_THROUGHPUT_ROUNDS));
  const parser = words / (timed.a / 1000);
  const compromise = words / (timed.b / 1000);
  const { ratio } = timed;
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
  const rounds = Math.max(runs, MIN_THROUGHPUT_ROUNDS);
  const notes = [
    `single-threaded, after a warm-up run; texts from ${corpus.path}. Parser and compromise alternate over ${rounds} rounds: ` +
      `each speed is the median of its ${rounds} runs, each ratio the median of the rounds' own ratios. Time per word: median of ${runs} runs.`,
  ];
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
