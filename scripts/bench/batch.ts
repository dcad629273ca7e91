/**
 * CLI batch mode (`whosaid analyze --jsonl`) throughput: the same JSON-lines
 * file on one thread and on every core. The CLI is bundled afresh exactly as
 * `npm run build` does it (vite.config.ts, mode "cli"), so the numbers are of
 * the current source as users run it, and dist/ (which other tools may be
 * using) is left alone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { BUDGETS } from './budgets';
import type { Corpus } from './data';
import { formatCount, median } from './measure';
import type { Section } from './report';

/**
 * Each article is sent this many times (4,032 documents, 3.2 million words,
 * from the 84 dev articles): the thousands-of-documents runs batch mode is
 * for. Every thread has its own V8 isolate, which warms up on its own: JIT
 * tiering, the tagger's per-word caches and heap growth make its first 400
 * documents cost about 2.5 s of CPU more than later ones (on the 2-core
 * machine, busy: 17, 8 and 5.5 ms of CPU per document over PolNeAR documents
 * 20–100, 100–460 and 460–920). With 16 copies (1,344 documents, 7 s on one
 * thread) a quarter of the two-thread run's CPU was that second warm-up, and
 * the bench timed warm-up rather than throughput.
 */
const COPIES = 48;
/** Inside node_modules, so that the bundle's own imports (linkedom) resolve as they do from dist/. */
const BENCH_CLI_DIR = 'node_modules/.cache/whosaid-bench/cli';

async function buildCli(): Promise<string> {
  const outDir = resolve(BENCH_CLI_DIR);
  await build({ configFile: resolve('vite.config.ts'), mode: 'cli', logLevel: 'error', build: { outDir } });
  return join(outDir, 'whosaid.js');
}

/** Wall time in ms of one batch run; rejects with the CLI's stderr when it fails. */
function timeBatch(cli: string, input: string, threads: number): Promise<number> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', '--threads', String(threads), input], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0 && stderr === '') done(performance.now() - start);
      else fail(new Error(`batch run with ${threads} thread(s) exited ${code}: ${stderr.trim().split('\n')[0]}`));
    });
  });
}

export async function batchSection(corpus: Corpus, runs: number): Promise<Section> {
  const title = 'CLI batch';
  const cores = availableParallelism();
  const documents = corpus.texts.length * COPIES;
  const words = corpus.words * COPIES;
  const notes = [
    `\`whosaid analyze --jsonl\` (bundled as by npm run build) on ${documents} documents (${formatCount(words)} words), median wall time of ${runs} runs including process start-up; load average ${loadavg()[0].toFixed(1)} when it began.`,
  ];
  if (cores < 2) return { title, rows: [], notes: [...notes, 'speed-up not measured: this machine has one core.'] };

  const dir = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
  try {
    const cli = await buildCli();
    const input = join(dir, 'documents.jsonl');
    const lines = Array.from({ length: COPIES }, (_, copy) =>
      corpus.texts.map((text, i) => JSON.stringify({ id: `${copy}-${i}`, text })).join('\n'));
    await writeFile(input, `${lines.join('\n')}\n`);
    const timeOf = async (threads: number) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) times.push(await timeBatch(cli, input, threads));
      return median(times);
    };
    const single = await timeOf(1);
    const all = await timeOf(cores);
    const rate = (ms: number) => `${formatCount(documents / (ms / 1000))} docs/s, ${formatCount(words / (ms / 1000))} words/s`;
    const speedup = single / all;
    return {
      title,
      rows: [
        { measure: '1 thread', value: rate(single) },
        { measure: `${cores} threads`, value: rate(all) },
        { measure: `speed-up, ${cores} threads over 1`, value: `${speedup.toFixed(2)}x`, budget: `≥ ${BUDGETS.batchSpeedup}x`, pass: speedup >= BUDGETS.batchSpeedup },
      ],
      notes,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { title, rows: [{ measure: 'run', value: `failed: ${reason}`, budget: 'runs', pass: false }], notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
