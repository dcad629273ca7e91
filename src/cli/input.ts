/**
 * Reading one input (a file or stdin) as text, with a clear error for anything
 * that is not a readable, non-empty UTF-8 document: a missing file, a directory,
 * a binary file, invalid UTF-8, or nothing but whitespace.
 */
import { open, readFile } from 'node:fs/promises';
import { CliError } from './errors';

/** Git's heuristic: a NUL byte in the first 8000 bytes means binary, never text. */
const BINARY_SNIFF_BYTES = 8000;
const HTML_EXTENSIONS = ['.html', '.htm'];

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a parent is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

export function isHtmlPath(path: string): boolean {
  const lower = path.toLowerCase();
  return HTML_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** The name an input goes by in messages. */
export function inputName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new CliError(`${path}: ${FS_ERRORS[code] ?? `cannot read (${code || 'unknown error'})`}`);
}

/** The raw bytes of FILE, or of stdin for `-`. */
export async function readBytes(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  if (path === '-') return readStream(stdin);
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/** FILE (or stdin for `-`) as a stream, for input too large to hold at once; fails early like `readBytes`. */
export async function openStream(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<AsyncIterable<Buffer>> {
  if (path === '-') return stdin as AsyncIterable<Buffer>;
  try {
    const handle = await open(path);
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream();
  } catch (error) {
    throw fileError(path, error);
  }
}

/** Decodes UTF-8 bytes (dropping a byte-order mark), rejecting binary, invalid and empty input. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new CliError(`${name}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name}: is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new CliError(`${name}: is empty`);
  return text;
}

/** Reads FILE (or stdin for `-`) as non-empty UTF-8 text. */
export async function readText(path: string, stdin?: NodeJS.ReadableStream): Promise<string> {
  return decodeText(await readBytes(path, stdin), inputName(path));
}
