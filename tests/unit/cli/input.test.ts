import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/errors';
import { decodeText, isHtmlPath, openStream, readText } from '../../../src/cli/input';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(utf8('Zoë said “hi”.'), 'f')).toBe('Zoë said “hi”.');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'f')).toBe('A');
  });

  it('rejects binary data, invalid UTF-8 and blank input, naming the input', () => {
    expect(() => decodeText(bytes(0x41, 0x00, 0x42), 'pic.png')).toThrow(/^pic\.png: looks like a binary file/);
    expect(() => decodeText(bytes(0x63, 0x61, 0x66, 0xe9), 'latin1.txt')).toThrow(/^latin1\.txt: is not valid UTF-8/);
    expect(() => decodeText(utf8(' \n\t\n'), 'stdin')).toThrow(/^stdin: is empty/);
    expect(() => decodeText(bytes(), 'stdin')).toThrow(CliError);
  });
});

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
