/**
 * Decoding a document's bytes into text, as a browser would, with a clear error
 * for binary, undecodable and blank input. Text files are UTF-8 (or UTF-16 with
 * a byte-order mark); an HTML page may declare another charset, and one that
 * declares none and is not UTF-8 is read as windows-1252, the web's default.
 */
import windows1252 from './windows-1252.json';
import { CliError } from './errors';

/** Git's heuristic: a NUL byte in the first 8000 bytes means binary, never text (UTF-16 aside). */
const BINARY_SNIFF_BYTES = 8000;
const UTF16_BOMS = [
  { mark: [0xff, 0xfe], encoding: 'utf-16le' },
  { mark: [0xfe, 0xff], encoding: 'utf-16be' },
];
/** How far the HTML standard's prescan looks for a charset declaration. */
const CHARSET_SNIFF_BYTES = 1024;
/** `<meta charset="x">` or `content="text/html; charset=x"`: bounded repetitions, so linear. */
const CHARSET_DECLARATION = /<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
/** What browsers assume for a page that declares no encoding and is not UTF-8. */
const HTML_FALLBACK_ENCODING = 'windows-1252';
const C1_CONTROLS = /[\u0080-\u009f]/g;

function decode(bytes: Uint8Array, encoding: string, name: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new CliError(`${name}: unsupported encoding "${encoding}"`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CliError(`${name}: is not valid ${encoding} text`);
  }
  // Node 20 decodes windows-1252 (and its aliases, latin1 among them) as ISO-8859-1: map 0x80-0x9F back.
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(C1_CONTROLS, (ch) => windows1252.c1[ch.charCodeAt(0) - 0x80]);
}

/** The encoding an HTML page declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  return CHARSET_DECLARATION.exec(head)?.[1].toLowerCase();
}

function decodeDocument(bytes: Uint8Array, name: string, html: boolean): string {
  const bom = UTF16_BOMS.find(({ mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return decode(bytes, bom.encoding, name);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new CliError(`${name}: looks like a binary file, not text`);
  const charset = html ? declaredCharset(bytes) : undefined;
  if (charset) return decode(bytes, charset, name);
  try {
    return decode(bytes, 'utf-8', name);
  } catch (error) {
    if (!html) throw error;
    return decode(bytes, HTML_FALLBACK_ENCODING, name);
  }
}

/** The text of a document's bytes (`html` for a page, which may declare its charset), never blank. */
export function decodeText(bytes: Uint8Array, name: string, html = false): string {
  const text = decodeDocument(bytes, name, html);
  if (text.trim() === '') throw new CliError(`${name}: is empty`);
  return text;
}
