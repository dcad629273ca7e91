/**
 * The CLI's commands, run on the main thread: parse argv, run one command,
 * and turn every failure into one line on stderr and an exit code.
 */
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { analyze } from '../parser';
import { isEnglish } from '../parser/language';
import { parseCommand, type Command } from './args';
import { articleText } from './article';
import { IN_FLIGHT_PER_THREAD, runBatch } from './batch';
import { CliError, describeError, EXIT_INPUT } from './errors';
import { inputName, isHtmlPath, openStream, readText } from './input';
import { createRunner } from './pool';
import { ProgressBar } from './progress';
import { USAGE, VERSION } from './usage';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** The text to analyse in FILE: its article when it is an HTML page, else the file itself. */
async function documentText(file: string, html: boolean, stdin: NodeJS.ReadableStream): Promise<string> {
  const page = html || isHtmlPath(file);
  const content = await readText(file, stdin, page);
  return page ? articleText(content, inputName(file)) : content;
}

async function runCommand(command: Command, entryUrl: string, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case 'analyze': {
      const text = await documentText(command.file, command.html, io.stdin);
      // Analysed all the same (a researcher may want to see it), with the reason to distrust the result.
      if (!isEnglish(text)) io.stderr.write(`whosaid: warning: ${inputName(command.file)} does not look like English; the parser reads English only\n`);
      io.stdout.write(`${JSON.stringify(analyze(text))}\n`);
      return 0;
    }
    case 'extract':
      io.stdout.write(`${articleText(await readText(command.file, io.stdin, true), inputName(command.file))}\n`);
      return 0;
    case 'batch': {
      const input = await openStream(command.file, io.stdin);
      const runner = createRunner(entryUrl, command.threads);
      try {
        const summary = await runBatch({
          input,
          output: io.stdout,
          runner,
          window: command.threads * IN_FLIGHT_PER_THREAD,
          progress: io.stderr.isTTY ? new ProgressBar(io.stderr) : undefined,
        });
        if (summary.documents === 0) throw new CliError(`${inputName(command.file)}: no JSON lines to analyse`);
        if (summary.failed > 0) {
          io.stderr.write(`whosaid: ${summary.failed} of ${summary.documents} documents failed (see their "error" lines)\n`);
        }
      } finally {
        await runner.close();
      }
      return 0;
    }
  }
}

/** Runs the CLI for `argv`; `entryUrl` is the entry module's URL, which the worker threads load. */
export async function runCli(argv: string[], entryUrl: string, io: CliIo): Promise<number> {
  try {
    return await runCommand(parseCommand(argv, availableParallelism()), entryUrl, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`whosaid: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`whosaid: internal error: ${describeError(error)}\n`);
    return EXIT_INPUT;
  }
}
