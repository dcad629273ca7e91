/**
 * Reading one input (a file or stdin), with a clear one-line error for a
 * missing file, a directory or an unreadable one; `readText` then decodes it
 * (encoding.ts), rejecting binary, undecodable and blank input.
 */
import { open, readFile } from 'node:fs/promises';
import { decodeText } from './encoding';
import { CliError } from './errors';

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

/** Reads FILE (or stdin for `-`) as non-empty text; `html` when it is a page, which may declare its charset. */
export async function readText(path: string, stdin?: NodeJS.ReadableStream, html = false): Promise<string> {
  return decodeText(await readBytes(path, stdin), inputName(path), html);
}
