import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/cli/encoding';
import { CliError } from '../../../src/cli/errors';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(utf8('Zoë said “hi”.'), 'f')).toBe('Zoë said “hi”.');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'f')).toBe('A');
  });

  it('rejects binary data, invalid UTF-8 and blank input, naming the input', () => {
    expect(() => decodeText(bytes(0x41, 0x00, 0x42), 'pic.png')).toThrow(/^pic\.png: looks like a binary file/);
    expect(() => decodeText(bytes(0x63, 0x61, 0x66, 0xe9), 'latin1.txt')).toThrow(/^latin1\.txt: is not valid utf-8 text$/);
    expect(() => decodeText(utf8(' \n\t\n'), 'stdin')).toThrow(/^stdin: is empty/);
    expect(() => decodeText(bytes(), 'stdin')).toThrow(CliError);
  });
});

describe('decodeText, other encodings', () => {
  const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

  it('reads UTF-16 with a byte-order mark, although it contains NUL bytes', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'f')).toBe('Hi');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), 'f')).toBe('Hi');
  });

  it('reads an HTML page in the charset it declares, else UTF-8, else windows-1252 as browsers do', () => {
    const declared = latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><p>caf\u00e9</p>');
    expect(decodeText(declared, 'p.html', true)).toContain('<p>café</p>');
    expect(decodeText(latin1('<meta charset=windows-1252><p>\u0093Oui\u0094</p>'), 'p.html', true)).toContain('<p>“Oui”</p>');
    expect(decodeText(utf8('<meta charset="utf-8"><p>café</p>'), 'p.html', true)).toContain('café');
    expect(decodeText(latin1('<p>caf\u00e9</p>'), 'p.html', true)).toBe('<p>café</p>');
  });

  it('rejects a page that breaks its own declaration, or declares an unknown charset', () => {
    expect(() => decodeText(latin1('<meta charset="utf-8"><p>caf\u00e9</p>'), 'p.html', true)).toThrow(/^p\.html: is not valid utf-8 text$/);
    expect(() => decodeText(latin1('<meta charset="klingon-8"><p>x</p>'), 'p.html', true)).toThrow(/^p\.html: unsupported encoding "klingon-8"$/);
  });
});

