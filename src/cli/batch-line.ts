/**
 * One line of `analyze --jsonl`: `{"id","text"}` or `{"id","html"}` in, one
 * output line out, `{"id","text","quotes","entities"}` or `{"id","error"}`.
 * It never throws: a bad line must not stop the batch. Runs inside the worker
 * threads (or inline with one thread), so parsing, extraction, analysis and
 * serialisation all happen off the main thread.
 */
import { analyze } from '../parser';
import { articleText } from './article';
import { CliError, describeError } from './errors';

type Id = string | number;

interface Request {
  id: Id;
  source: { text: string } | { html: string };
}

function isId(value: unknown): value is Id {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function parseRequest(line: string): Request {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CliError(`malformed JSON (${describeError(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('expected a JSON object {"id", "text"} or {"id", "html"}');
  }
  const { id, text, html } = value as Record<string, unknown>;
  if (!isId(id)) throw new CliError('"id" must be a string or a number');
  if (text !== undefined && html !== undefined) throw new CliError('give "text" or "html", not both');
  if (typeof text === 'string') return { id, source: { text } };
  if (typeof html === 'string') return { id, source: { html } };
  throw new CliError('missing "text" or "html" string');
}

/** The id of a line, if it has a usable one, for error lines written outside `processLine`. */
export function lineId(line: string): Id | null {
  try {
    const id = (JSON.parse(line) as Record<string, unknown> | null)?.id;
    return isId(id) ? id : null;
  } catch {
    return null;
  }
}

/** One output line (without its newline); `failed` when it is an `{"id","error"}` line. */
export interface LineResult {
  output: string;
  failed: boolean;
}

export function errorLine(id: Id | null, lineNumber: number, message: string): LineResult {
  return { output: JSON.stringify({ id, error: `line ${lineNumber}: ${message}` }), failed: true };
}

/** Analyses one input line (1-based `lineNumber`, for messages) into one output line. */
export function processLine(line: string, lineNumber: number): LineResult {
  try {
    const request = parseRequest(line);
    const text = 'html' in request.source ? articleText(request.source.html, 'html') : request.source.text;
    if (text.trim() === '') throw new CliError('"text" is empty');
    return { output: JSON.stringify({ id: request.id, ...analyze(text) }), failed: false };
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${describeError(error)}`;
    return errorLine(lineId(line), lineNumber, message);
  }
}
