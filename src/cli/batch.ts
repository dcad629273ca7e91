/**
 * `whosaid analyze --jsonl`: streams JSON lines through a `LineRunner` and
 * writes one output line per input line, in input order. At most `window`
 * documents are in flight: reading waits for the oldest one to be written,
 * so memory stays bounded however many documents come in. Blank lines are
 * skipped (they are not documents).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { LineResult } from './batch-line';
import { readLines } from './lines';
import type { LineRunner } from './pool';
import type { ProgressBar } from './progress';

/**
 * Documents in flight per thread. Output keeps input order, so while the oldest
 * document is still being analysed (a long one, or one on a thread still
 * warming up) the others can only queue up behind it; once the window is full,
 * reading stops and threads run dry. With 8 per thread, the two threads of a
 * 2-core batch of 1,344 PolNeAR articles sat idle 3.5% of their time (CPU
 * profiles, 950 ms); with 32, 1% (250 ms). Memory stays bounded: 32 documents
 * per thread, a few MB for news articles.
 */
export const IN_FLIGHT_PER_THREAD = 32;

export interface BatchOptions {
  input: AsyncIterable<Buffer | string>;
  output: Writable;
  runner: LineRunner;
  window: number;
  progress?: ProgressBar;
}

export interface BatchSummary {
  documents: number;
  failed: number;
}

async function writeLine(output: Writable, line: string): Promise<void> {
  if (!output.write(`${line}\n`)) await once(output, 'drain');
}

export async function runBatch({ input, output, runner, window, progress }: BatchOptions): Promise<BatchSummary> {
  const inFlight: Array<Promise<LineResult>> = [];
  const summary: BatchSummary = { documents: 0, failed: 0 };
  let done = 0;
  const writeOldest = async () => {
    const result = await inFlight.shift()!;
    if (result.failed) summary.failed++;
    await writeLine(output, result.output);
  };

  let lineNumber = 0;
  for await (const line of readLines(input)) {
    lineNumber++;
    if (line.trim() === '') continue;
    summary.documents++;
    inFlight.push(runner.run(line, lineNumber).then((result) => {
      progress?.update(++done, summary.documents);
      return result;
    }));
    if (inFlight.length >= window) await writeOldest();
  }
  while (inFlight.length > 0) await writeOldest();
  progress?.finish(done, summary.documents);
  return summary;
}
