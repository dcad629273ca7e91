/**
 * CLI batch mode (`whosaid analyze --jsonl`) throughput: the same JSON-lines
 * file on one core and on two, beside what the machine allows. The CLI is bundled afresh exactly as
 * `npm run build` does it (vite.config.ts, mode "cli"), so the numbers are of
 * the current source as users run it, and dist/ (which other tools may be
 * using) is left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
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
/**
 * The budget compares the batch on 2 cores with the batch on 1, so each run is
 * pinned to its cores (`taskset`). Unpinned, one thread is not one core's
 * work: V8 compiles hot functions and marks the heap on background threads,
 * which then run on the idle second core (2.1 s of CPU beside 9.5 s of
 * JavaScript over 2,016 documents, read from /proc/PID/task), while with two
 * threads both cores are already busy. The unpinned one-thread time is shown
 * beside it, with its ratio.
 *
 * So is what the machine allows: two separate one-thread processes, each on
 * its own core and half of the documents, share nothing but the hardware, so
 * their speed-up over one core is the most a batch mode can expect. On the
 * 2-core development VM each took up to 12.5 s beside the other, 10.2 s alone.
 */
const BUDGET_CORES = 2;
/** Inside node_modules, so that the bundle's own imports (linkedom) resolve as they do from dist/. */
const BENCH_CLI_DIR = 'node_modules/.cache/whosaid-bench/cli';

async function buildCli(): Promise<string> {
  const outDir = resolve(BENCH_CLI_DIR);
  await build({ configFile: resolve('vite.config.ts'), mode: 'cli', logLevel: 'error', build: { outDir } });
  return join(outDir, 'whosaid.js');
}

/** Whether `taskset` can pin a child process to cores here (Linux, util-linux). */
function canPin(): boolean {
  return spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0']).status === 0;
}

/**
 * Wall time in ms of one batch run on `threads` threads, pinned to the cores of
 * `cpuList` ("0", "0-1") when it is given; rejects with the CLI's stderr when it fails.
 */
function timeBatch(cli: string, input: string, threads: number, cpuList?: string): Promise<number> {
  const command = [process.execPath, cli, 'analyze', '--jsonl', '--threads', String(threads), input];
  if (cpuList !== undefined) command.unshift('taskset', '-c', cpuList);
  return timeCommand(command, `batch run with ${threads} thread(s)`);
}

/**
 * A counting loop that touches no memory (about 3 s on one core of the development VM): run on
 * each core at once, it shows what the machine gives two busy cores when nothing is shared but
 * the hardware. There each loop took 7-9% longer beside the other than alone (92% CPU each):
 * the VM's two cores cannot both run at full speed.
 */
const LOOP = `let x = 0; for (let i = 0; i < 5e8; i++) x += i;`;

function timeLoop(cpuList: string): Promise<number> {
  return timeCommand(['taskset', '-c', cpuList, process.execPath, '-e', LOOP], 'counting loop');
}

/** Wall time in ms of a command that must exit 0 and print nothing on stderr. */
function timeCommand(command: string[], what: string): Promise<number> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0 && stderr === '') done(performance.now() - start);
      else fail(new Error(`${what} exited ${code}: ${stderr.trim().split('\n')[0]}`));
    });
  });
}

export async function batchSection(corpus: Corpus, runs: number): Promise<Section> {
  const title = 'CLI batch';
  const cores = availableParallelism();
  const documents = corpus.texts.length * COPIES;
  const words = corpus.words * COPIES;
  const notes = [
    `\`whosaid analyze --jsonl\` (bundled as by npm run build) on ${documents} documents (${formatCount(words)} words), median wall time of ${runs} runs including process start-up; the pinned runs (1 core, 2 cores, 2 processes apart) alternate round by round, and each of their speed-ups is the median of the rounds' own ratios; load average ${loadavg()[0].toFixed(1)} when it began.`,
  ];
  if (cores < BUDGET_CORES) return { title, rows: [], notes: [...notes, 'speed-up not measured: this machine has one core.'] };

  const dir = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
  try {
    const cli = await buildCli();
    const input = join(dir, 'documents.jsonl');
    const lines = Array.from({ length: COPIES }, (_, copy) =>
      corpus.texts.map((text, i) => JSON.stringify({ id: `${copy}-${i}`, text })).join('\n'));
    await writeFile(input, `${lines.join('\n')}\n`);
    const halves = [join(dir, 'first-half.jsonl'), join(dir, 'second-half.jsonl')];
    await writeFile(halves[0], `${lines.slice(0, COPIES / 2).join('\n')}\n`);
    await writeFile(halves[1], `${lines.slice(COPIES / 2).join('\n')}\n`);
    const medianOf = async (timeOne: () => Promise<number>) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) times.push(await timeOne());
      return median(times);
    };
    /** Median wall time of the batch on `threads` threads, not pinned to any core. */
    const timeOf = (threads: number) => medianOf(() => timeBatch(cli, input, threads));
    /** Two separate one-thread processes at once, each on half of the documents and on a core of its own. */
    const timeHalvesApart = async () => {
      const start = performance.now();
      await Promise.all(halves.map((half, core) => timeBatch(cli, half, 1, String(core))));
      return performance.now() - start;
    };
    const rate = (ms: number) => `${formatCount(documents / (ms / 1000))} docs/s, ${formatCount(words / (ms / 1000))} words/s`;
    const times = (speedUp: number) => `${speedUp.toFixed(2)}x`;
    const speedUpRow = (measure: string, speedUp: number) =>
      ({ measure, value: times(speedUp), budget: `≥ ${BUDGETS.batchSpeedup}x`, pass: speedUp >= BUDGETS.batchSpeedup });
    if (!canPin()) {
      notes.push('taskset is missing, so runs are not pinned to cores: the one-thread run also uses the other cores for V8\'s background work.');
      const single = await timeOf(1);
      const all = await timeOf(cores);
      return {
        title,
        rows: [
          { measure: '1 thread', value: rate(single) },
          { measure: `${cores} threads`, value: rate(all) },
          speedUpRow(`speed-up, ${cores} threads over 1`, single / all),
        ],
        notes,
      };
    }
    // Rounds interleave the runs whose times are compared, so that a drift of the machine's speed
    // over the minutes of the bench (2-core VMs here: up to 40% between minutes) falls on both
    // sides of a ratio; each ratio is the median of the rounds' own ratios.
    const rounds: Array<{ oneCore: number; twoCores: number; apart: number }> = [];
    for (let round = 0; round < runs; round++) {
      rounds.push({
        oneCore: await timeBatch(cli, input, 1, '0'),
        twoCores: await timeBatch(cli, input, BUDGET_CORES, `0-${BUDGET_CORES - 1}`),
        apart: await timeHalvesApart(),
      });
    }
    const oneCore = median(rounds.map((round) => round.oneCore));
    const twoCores = median(rounds.map((round) => round.twoCores));
    const apart = median(rounds.map((round) => round.apart));
    const speedUp = median(rounds.map((round) => round.oneCore / round.twoCores));
    const ceiling = median(rounds.map((round) => round.oneCore / round.apart));
    const loopAlone = await medianOf(() => timeLoop('0'));
    const loopsTogether = await medianOf(async () => {
      const start = performance.now();
      await Promise.all([timeLoop('0'), timeLoop('1')]);
      return performance.now() - start;
    });
    const unpinned = await timeOf(1);
    const rows: Section['rows'] = [
      { measure: '1 thread on 1 core', value: rate(oneCore) },
      { measure: `${BUDGET_CORES} threads on ${BUDGET_CORES} cores`, value: rate(twoCores) },
      speedUpRow(`speed-up, ${BUDGET_CORES} cores over 1`, speedUp),
      { measure: 'machine ceiling: 2 separate 1-thread processes, half the documents and 1 core each', value: rate(apart) },
      { measure: `machine ceiling: speed-up of those over 1 core`, value: times(ceiling) },
      { measure: 'machine ceiling for plain computation: a counting loop on each of 2 cores at once, over one loop alone', value: times(2 * loopAlone / loopsTogether) },
      { measure: '1 thread, cores not pinned', value: rate(unpinned) },
      { measure: `speed-up, ${BUDGET_CORES} cores over 1 thread not pinned`, value: times(unpinned / twoCores) },
    ];
    if (cores > BUDGET_CORES) {
      const all = await timeOf(cores);
      rows.push({ measure: `${cores} threads, cores not pinned`, value: rate(all) });
    }
    return {
      title,
      rows,
      notes,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { title, rows: [{ measure: 'run', value: `failed: ${reason}`, budget: 'runs', pass: false }], notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
