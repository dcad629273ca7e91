/**
 * The CLI's expected failures. Anything the user can fix (a missing file, a bad
 * flag, an empty input) is a `CliError`: printed as one line on stderr with its
 * exit code, never with a stack trace.
 */

/** Exit code for input the CLI could not use (missing, binary, empty, unparsable). */
export const EXIT_INPUT = 1;
/** Exit code for a command line the CLI does not understand. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_INPUT) {
    super(message);
    this.name = 'CliError';
  }
}

/** One line describing any thrown value, for places where a stack trace would leak. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] || 'unknown error';
}
