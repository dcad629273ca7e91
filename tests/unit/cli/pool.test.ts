import { afterEach, describe, expect, it, vi } from 'vitest';
import * as batchLine from '../../../src/cli/batch-line';
import { createRunner, type LineRunner } from '../../../src/cli/pool';

// Counts the lines analysed on this (the main) thread; the workers load their own, unmocked copy.
vi.mock('../../../src/cli/batch-line', async (original) => {
  const actual = await original<typeof import('../../../src/cli/batch-line')>();
  return { ...actual, processLine: vi.fn(actual.processLine) };
});

const CLI_ENTRY = new URL('../../../src/cli/main.ts', import.meta.url).href;
const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, text: `Reporter number ${i} wrote this.` }));

async function runAll(runner: LineRunner) {
  const results = await Promise.all(lines.map((line, i) => runner.run(line, i + 1)));
  results.forEach((result, i) => {
    expect(result.failed).toBe(false);
    expect(JSON.parse(result.output)).toMatchObject({ id: i, text: `Reporter number ${i} wrote this.` });
  });
}

describe('createRunner', () => {
  let runner: LineRunner | undefined;
  afterEach(async () => {
    await runner?.close();
    runner = undefined;
    vi.mocked(batchLine.processLine).mockClear();
  });

  it('with one thread, analyses every line on the main thread', async () => {
    runner = createRunner(CLI_ENTRY, 1);
    await runAll(runner);
    expect(batchLine.processLine).toHaveBeenCalledTimes(lines.length);
  });

  it('with more threads, hands lines to workers running the CLI entry, and the main thread helps', async () => {
    runner = createRunner(CLI_ENTRY, 3);
    await runAll(runner);
    const onMain = vi.mocked(batchLine.processLine).mock.calls.length;
    expect(onMain).toBeGreaterThan(0);
    expect(onMain).toBeLessThan(lines.length);
    const bad = await runner.run('{oops', 13);
    expect(bad.failed).toBe(true);
    expect(JSON.parse(bad.output).error).toMatch(/^line 13: malformed JSON/);
  }, 60_000);

  it('analyses on the main thread, rather than failing or hanging, when workers cannot start', async () => {
    runner = createRunner(new URL('./no-such-entry.ts', import.meta.url).href, 2);
    await runAll(runner);
    expect(batchLine.processLine).toHaveBeenCalledTimes(lines.length);
  }, 60_000);
});
