import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/lines';

async function collect(chunks: Array<Buffer | string>): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines((async function* () { yield* chunks; })())) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, across chunk boundaries, keeping a last line without newline', async () => {
    expect(await collect(['a\nb', 'c\r', '\nd\n\ne'])).toEqual(['a', 'bc', 'd', '', 'e']);
    expect(await collect(['only'])).toEqual(['only']);
    expect(await collect(['x\n'])).toEqual(['x']);
    expect(await collect([])).toEqual([]);
  });

  it('drops a leading byte-order mark, even one split across chunks, and no other', async () => {
    const bom = Buffer.from('\ufeff{"id":1}\n\ufeffx');
    expect(await collect([bom.subarray(0, 2), bom.subarray(2)])).toEqual(['{"id":1}', '\ufeffx']);
  });

  it('reassembles a character split between two chunks', async () => {
    const bytes = Buffer.from('“é”\n😀\n');
    const pieces = [...bytes].map((byte) => Buffer.from([byte]));
    expect(await collect(pieces)).toEqual(['“é”', '😀']);
  });

  it('pulls the stream only as fast as lines are consumed', async () => {
    let produced = 0;
    const source = (async function* () {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield `line ${i}\n`;
      }
    })();
    const lines = readLines(source);
    await lines.next();
    await lines.next();
    expect(produced).toBeLessThanOrEqual(3);
  });
});
