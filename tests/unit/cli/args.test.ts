import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/cli/args';
import { CliError, EXIT_USAGE } from '../../../src/cli/errors';

const parse = (...argv: string[]) => parseCommand(argv, 4);

function usageErrorOf(argv: string[]): CliError {
  try {
    parseCommand(argv, 4);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT_USAGE);
    return error as CliError;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it('reads the single-document commands', () => {
    expect(parse('analyze', 'a.html')).toEqual({ name: 'analyze', file: 'a.html', html: false });
    expect(parse('analyze', '-')).toEqual({ name: 'analyze', file: '-', html: false });
    expect(parse('analyze', '--html', '-')).toEqual({ name: 'analyze', file: '-', html: true });
    expect(parse('extract', 'page.htm')).toEqual({ name: 'extract', file: 'page.htm' });
  });

  it('reads batch mode from stdin or a file, on every core unless told otherwise', () => {
    expect(parse('analyze', '--jsonl')).toEqual({ name: 'batch', file: '-', threads: 4 });
    expect(parse('analyze', '--jsonl', 'docs.jsonl', '--threads', '2')).toEqual({ name: 'batch', file: 'docs.jsonl', threads: 2 });
    expect(parse('analyze', '--jsonl', '-t', '1')).toEqual({ name: 'batch', file: '-', threads: 1 });
    expect(parse('analyze', '--jsonl', '--threads=3')).toEqual({ name: 'batch', file: '-', threads: 3 });
  });

  it('gives help and version whatever else is on the line', () => {
    expect(parse('--help')).toEqual({ name: 'help' });
    expect(parse('analyze', 'x', '-h')).toEqual({ name: 'help' });
    expect(parse('help')).toEqual({ name: 'help' });
    expect(parse('--version')).toEqual({ name: 'version' });
    expect(parse('-V')).toEqual({ name: 'version' });
  });

  it('rejects what it does not understand with one short line', () => {
    expect(usageErrorOf([]).message).toMatch(/missing command/);
    expect(usageErrorOf(['summarize', 'x']).message).toMatch(/unknown command "summarize"/);
    expect(usageErrorOf(['analyze']).message).toMatch(/analyze needs a FILE/);
    expect(usageErrorOf(['extract']).message).toMatch(/extract needs an HTML FILE/);
    expect(usageErrorOf(['analyze', 'a', 'b']).message).toMatch(/unexpected argument "b"/);
    expect(usageErrorOf(['analyze', '--fast', 'a']).message).toMatch(/^unknown option '--fast'/);
    expect(usageErrorOf(['analyze', '--jsonl', '--threads']).message).toMatch(/argument missing/);
    expect(usageErrorOf(['analyze', 'a', '--threads', '2']).message).toMatch(/only applies to analyze --jsonl/);
    expect(usageErrorOf(['extract', '--jsonl']).message).toMatch(/only applies to analyze/);
    expect(usageErrorOf(['analyze', '--jsonl', '--html']).message).toMatch(/--html only applies to analyze FILE/);
    expect(usageErrorOf(['extract', '--html', 'x']).message).toMatch(/--html only applies to analyze FILE/);
    for (const bad of ['0', '-1', '1.5', 'two', '257', '']) {
      expect(usageErrorOf(['analyze', '--jsonl', `--threads=${bad}`]).message).toMatch(/--threads must be a whole number/);
    }
  });

  it('keeps every message on one line', () => {
    for (const argv of [['analyze', '--fast'], ['analyze', '--jsonl', '--threads'], ['x']]) {
      expect(usageErrorOf(argv).message).not.toContain('\n');
    }
  });
});
