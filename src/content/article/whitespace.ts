/**
 * One definition of whitespace for the article finder, identical to the `\s`
 * class of JavaScript regular expressions, so that block texts (built with
 * `replace(/\s+/g, ' ')`) and the offset map (built character by character) agree.
 */
export function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 5760 || (code >= 8192 && code <= 8202) ||
    code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

/** Collapses every whitespace run to one space and trims both ends. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Number of non-whitespace characters: the length measure of every heuristic. */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}
