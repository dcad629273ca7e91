/**
 * runCli in-process, with fake streams: what only a terminal changes (the batch
 * progress bar) and how output and exit codes are wired, without spawning Node.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli/cli';

const CLI_ENTRY = new URL('../../../src/cli/main.ts', import.meta.url).href;

function fakeIo(stdin: string, stderrIsTTY: boolean) {
  const written = { stdout: '', stderr: '' };
  const sink = (name: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _encoding, done) {
        written[name] += String(chunk);
        done();
      },
    });
  const io: CliIo = { stdin: Readable.from([Buffer.from(stdin)]), stdout: sink('stdout'), stderr: Object.assign(sink('stderr'), { isTTY: stderrIsTTY }) };
  return { io, written };
}

const DOCS = ['{"id":1,"text":"Ann Lee spoke."}', '{"id":2,"text":"Bo Chan wrote."}', '{"id":3,"text":"Cy Diaz left."}'].join('\n');

describe('runCli', () => {
  it('draws a progress bar on stderr when it is a terminal, ending on the final counts', async () => {
    const { io, written } = fakeIo(DOCS, true);
    expect(await runCli(['analyze', '--jsonl', '--threads', '1'], CLI_ENTRY, io)).toBe(0);
    expect(written.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(written.stderr).toMatch(/^\r\[.*\] \d\/\d docs/);
    expect(written.stderr).toMatch(/\r\[#{24}\] 3\/3 docs  [\d.]+ docs\/s\x1b\[K\n$/);
  });

  it('keeps stderr silent when it is not a terminal', async () => {
    const { io, written } = fakeIo(DOCS, false);
    expect(await runCli(['analyze', '--jsonl', '--threads', '1'], CLI_ENTRY, io)).toBe(0);
    expect(written.stderr).toBe('');
  });

  it('returns the exit code of a usage error and of an input error', async () => {
    const usage = fakeIo('', false);
    expect(await runCli(['--frobnicate'], CLI_ENTRY, usage.io)).toBe(2);
    expect(usage.written.stderr).toBe("whosaid: unknown option '--frobnicate' (see whosaid --help)\n");
    const input = fakeIo('   ', false);
    expect(await runCli(['analyze', '-'], CLI_ENTRY, input.io)).toBe(1);
    expect(input.written).toEqual({ stdout: '', stderr: 'whosaid: stdin: is empty\n' });
  });
});
