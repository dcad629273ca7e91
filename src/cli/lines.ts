/**
 * Lines of a byte stream, pulled one at a time: the stream is only read as fast
 * as the consumer asks, which keeps batch mode's memory bounded however long
 * the input. Accepts "\n" and "\r\n" endings, a final line without one, and
 * drops a leading UTF-8 byte-order mark (which would break the first JSON line).
 */
import { StringDecoder } from 'node:string_decoder';

export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let atStart = true;
  for await (const chunk of stream) {
    let piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (atStart && piece !== '') {
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      atStart = false;
    }
    // Only the new piece is searched for line ends, so a very long line stays linear.
    let from = 0;
    let newline = piece.indexOf('\n');
    while (newline !== -1) {
      yield stripCarriageReturn(pending + piece.slice(from, newline));
      pending = '';
      from = newline + 1;
      newline = piece.indexOf('\n', from);
    }
    pending += piece.slice(from);
  }
  pending += decoder.end();
  if (pending !== '') yield stripCarriageReturn(pending);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
