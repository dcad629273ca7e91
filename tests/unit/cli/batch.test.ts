import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/cli/batch';
import type { LineRunner } from '../../../src/cli/pool';

function sink() {
  const lines: string[] = [];
  const output = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { output, lines };
}

/** A runner that answers later lines sooner, and records how many lines were in flight at once. */
function reorderingRunner() {
  let inFlight = 0;
  const stats = { maxInFlight: 0, started: 0 };
  const runner: LineRunner = {
    run(line, lineNumber) {
      stats.started++;
      stats.maxInFlight = Math.max(stats.maxInFlight, ++inFlight);
      const delay = 20 - (lineNumber % 10) * 2;
      return new Promise((resolve) =>
        setTimeout(() => {
          inFlight--;
          resolve({ output: `${lineNumber}:${line}`, failed: line.startsWith('bad') });
        }, delay),
      );
    },
    close: async () => {},
  };
  return { runner, stats };
}

const input = (text: string) => (async function* () { yield text; })();

describe('runBatch', () => {
  it('writes one line per document in input order, skipping blank lines', async () => {
    const { output, lines } = sink();
    const { runner } = reorderingRunner();
    const source = ['a', 'b', '', 'bad c', 'd', '   ', 'e', 'f', 'bad g'].join('\n');
    const summary = await runBatch({ input: input(source), output, runner, window: 4 });
    expect(lines).toEqual(['1:a', '2:b', '4:bad c', '5:d', '7:e', '8:f', '9:bad g']);
    expect(summary).toEqual({ documents: 7, failed: 2 });
  });

  it('never has more than `window` documents in flight', async () => {
    const { output, lines } = sink();
    const { runner, stats } = reorderingRunner();
    const many = Array.from({ length: 200 }, (_, i) => `doc ${i}`).join('\n');
    await runBatch({ input: input(many), output, runner, window: 5 });
    expect(lines).toHaveLength(200);
    expect(lines[199]).toBe('200:doc 199');
    expect(stats.maxInFlight).toBe(5);
  });

  it('reports progress as documents complete', async () => {
    const { output } = sink();
    const { runner } = reorderingRunner();
    const calls: string[] = [];
    const progress = { update: (done: number, read: number) => calls.push(`${done}/${read}`), finish: (done: number, read: number) => calls.push(`end ${done}/${read}`) };
    await runBatch({ input: input('a\nb\nc'), output, runner, window: 2, progress: progress as never });
    expect(calls.at(-1)).toBe('end 3/3');
    expect(calls.filter((call) => !call.startsWith('end')).map((call) => Number(call.split('/')[0]))).toEqual([1, 2, 3]);
  });
});
