import { afterEach, describe, expect, it } from 'vitest';
import { workerPool, type LineRunner } from '../../../src/cli/pool';

const CLI_ENTRY = new URL('../../../src/cli/main.ts', import.meta.url).href;

describe('workerPool', () => {
  let pool: LineRunner | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('analyses lines on worker threads running the CLI entry', async () => {
    pool = workerPool(CLI_ENTRY, 2);
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: i, text: `Reporter number ${i} wrote this.` }));
    const results = await Promise.all(lines.map((line, i) => pool!.run(line, i + 1)));
    results.forEach((result, i) => {
      expect(result.failed).toBe(false);
      expect(JSON.parse(result.output)).toMatchObject({ id: i, text: `Reporter number ${i} wrote this.` });
    });
    const bad = await pool.run('{oops', 7);
    expect(bad.failed).toBe(true);
    expect(JSON.parse(bad.output).error).toMatch(/^line 7: malformed JSON/);
  }, 60_000);

  it('turns lines into error lines, instead of hanging, when a worker cannot start', async () => {
    pool = workerPool(new URL('./no-such-entry.ts', import.meta.url).href, 1);
    const result = await pool.run('{"id":"z","text":"t"}', 1);
    expect(result.failed).toBe(true);
    expect(JSON.parse(result.output)).toMatchObject({ id: 'z', error: expect.stringMatching(/^line 1: worker thread stopped: /) });
    expect((await pool.run('{"id":"y","text":"t"}', 2)).failed).toBe(true);
  }, 60_000);
});
