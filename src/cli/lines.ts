/**
 * Lines of a byte stream, pulled one at a time: the stream is only read as fast
 * as the consumer asks, which keeps batch mode's memory bounded however long
 * the input. Accepts "\n" and "\r\n" endings and a final line without one.
 */
import { StringDecoder } from 'node:string_decoder';

export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
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
