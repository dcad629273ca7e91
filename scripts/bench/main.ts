/**
 * `npm run bench [-- DATA.jsonl] [--runs N] [--browser] [--no-write]`: measures
 * the parser, the bundle and package sizes, CLI batch mode and (with
 * --browser) the built extension in headless Chromium and Firefox against the
 * budgets of issue 7, prints a PASS/FAIL table, and writes it (with the
 * machine, Node and browser versions, date and this command) between the
 * bench markers of BENCHMARKS.md.
 */
import { cpus, availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { batchSection } from './batch';
import { browserSection } from './browser';
import { DEFAULT_QUOTES_DATA, loadCorpus } from './data';
import { parserSection } from './parser';
import { consoleTable, markdownNotes, markdownTable, writeBenchSection, type Section } from './report';
import { sizesSection } from './sizes';

const MIN_RUNS = 5;
/**
 * Rounds of the batch (1 core, 2 cores, 2 processes apart). A round's speed-up is noisy on the 2-core
 * VM: eight alternated rounds of one build gave 1.58x–1.81x (median 1.77x, session 12), and medians of
 * three such rounds gave 1.69x in one bench run and 1.76x–1.77x in two others. Five rounds take about
 * 7 minutes.
 */
const BATCH_RUNS = 5;
const REPORT_FILE = 'BENCHMARKS.md';
const DIST = 'dist';

function options() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      runs: { type: 'string', default: String(MIN_RUNS) },
      browser: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);
  if (positionals.length > 1) throw new Error(`expected at most one data path, got ${positionals.length}`);
  return { runs, data: positionals[0] ?? DEFAULT_QUOTES_DATA, browser: values.browser, write: !values['no-write'] };
}

function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(2)} at start), Node ${process.version}`;
}

/** A warning when other processes already want every core: times then run slow and noisy, and extra threads gain nothing. */
function busyWarning(): string | undefined {
  const [load] = loadavg();
  const cores = availableParallelism();
  if (load <= cores) return undefined;
  return `**Busy machine** (load average ${load.toFixed(1)} on ${cores} cores): every time is slower and noisier than on an idle machine, and the batch speed-up cannot show; rerun on an idle machine for numbers to hold to a budget.`;
}

async function main(): Promise<void> {
  const { runs, data, browser, write } = options();
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const header = [`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`, `Command: \`${command}\``];
  if (runs < MIN_RUNS) header.push(`Fewer than ${MIN_RUNS} runs: a quick look, not a result.`);
  const busy = busyWarning();
  if (busy) header.push(busy);
  console.log(header.join('\n'));

  const sections: Section[] = [];
  const corpus = await loadCorpus(data);
  if ('missing' in corpus) {
    console.error(`bench: ${corpus.missing}; parser and batch numbers are left out.`);
    const unmeasured = (title: string): Section => ({ title, rows: [], notes: [`not measured: ${corpus.missing}.`] });
    sections.push(unmeasured('Parser'), await sizesSection(DIST), unmeasured('CLI batch'));
  } else {
    console.error('bench: timing the parser and compromise...');
    sections.push(parserSection(corpus, runs), await sizesSection(DIST));
    console.error('bench: timing CLI batch mode...');
    sections.push(await batchSection(corpus, BATCH_RUNS));
  }
  if (browser) {
    console.error('bench: timing the extension in Chromium and Firefox...');
    sections.push(await browserSection());
  } else {
    sections.push({ title: 'Browser', rows: [], notes: ['not measured in this run (add --browser).'] });
  }

  console.log(`\n${consoleTable(sections)}\n`);
  const notes = markdownNotes(sections);
  if (notes) console.log(notes.replace(/`/g, ''));
  if (write) {
    const body = ['## Performance budgets (issue 7)', '', ...header.map((line) => `${line}  `), '', markdownTable(sections), '', notes].join('\n');
    await writeBenchSection(REPORT_FILE, body);
    console.log(`\nwritten to ${REPORT_FILE}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
