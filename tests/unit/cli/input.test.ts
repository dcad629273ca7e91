import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHtmlPath, openStream, readText } from '../../../src/cli/input';

describe('isHtmlPath', () => {
  it('recognises .html and .htm in any case, nothing else', () => {
    expect(['a.html', 'b.HTM', 'dir/page.Html'].every(isHtmlPath)).toBe(true);
    expect(['a.txt', 'html', 'a.html.txt', '-', 'a.xhtml5'].some(isHtmlPath)).toBe(false);
  });
});

describe('reading files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whosaid-input-'));
    await writeFile(join(dir, 'a.txt'), 'Some text.\n');
  });

  it('reads a file, or stdin for -', async () => {
    expect(await readText(join(dir, 'a.txt'))).toBe('Some text.\n');
    expect(await readText('-', Readable.from([Buffer.from('from '), Buffer.from('stdin')]))).toBe('from stdin');
  });

  it('explains a missing file and a directory in one line', async () => {
    await expect(readText(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file$/);
    await expect(readText(dir)).rejects.toThrow(/: is a directory, not a file$/);
    await expect(openStream(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file$/);
    await expect(openStream(dir)).rejects.toThrow(/: is a directory, not a file$/);
  });

  it('streams a file', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of await openStream(join(dir, 'a.txt'))) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('Some text.\n');
  });
});
