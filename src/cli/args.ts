/**
 * Command-line parsing: turns argv into one `Command`, or a usage `CliError`.
 * Kept free of I/O so every accepted and rejected form is unit-tested.
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT_USAGE } from './errors';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  /** Analyse one document: FILE, or `-` for stdin; `html` when it is a page whatever its name. */
  | { name: 'analyze'; file: string; html: boolean }
  /** Analyse JSON lines from FILE (or stdin when `-`) on `threads` threads, the main one included. */
  | { name: 'batch'; file: string; threads: number }
  /** Print the article text that an HTML page contains. */
  | { name: 'extract'; file: string };

/** More threads than this only costs memory on any machine we target. */
const MAX_THREADS = 256;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  jsonl: { type: 'boolean' },
  html: { type: 'boolean' },
  threads: { type: 'string', short: 't' },
} as const;

function usageError(message: string): CliError {
  return new CliError(`${message} (see whosaid --help)`, EXIT_USAGE);
}

function parseThreads(value: string): number {
  const threads = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(threads >= 1 && threads <= MAX_THREADS)) {
    throw usageError(`--threads must be a whole number from 1 to ${MAX_THREADS}, not "${value}"`);
  }
  return threads;
}

/** Parses `argv` (without the node and script paths); `defaultThreads` is the core count. */
export function parseCommand(argv: string[], defaultThreads: number): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util explains at length how to pass positionals that start with "-"; keep the first sentence.
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split('. ', 1)[0].replace(/\.$/, '');
    throw usageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };

  const [command, file, ...extra] = positionals;
  if (command === undefined) throw usageError('missing command');
  if (command === 'help') return { name: 'help' };
  if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"`);
  if (values.threads !== undefined && !values.jsonl) throw usageError('--threads only applies to analyze --jsonl');
  if (values.html && (values.jsonl || command !== 'analyze')) throw usageError('--html only applies to analyze FILE');

  switch (command) {
    case 'analyze':
      if (values.jsonl) {
        const threads = values.threads === undefined ? defaultThreads : parseThreads(values.threads);
        return { name: 'batch', file: file ?? '-', threads };
      }
      if (file === undefined) throw usageError('analyze needs a FILE (or - for stdin, or --jsonl)');
      return { name: 'analyze', file, html: values.html ?? false };
    case 'extract':
      if (values.jsonl) throw usageError('--jsonl only applies to analyze');
      if (file === undefined) throw usageError('extract needs an HTML FILE (or - for stdin)');
      return { name: 'extract', file };
    default:
      throw usageError(`unknown command "${command}"`);
  }
}
