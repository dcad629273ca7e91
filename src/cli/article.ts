/**
 * The article text of an HTML page, through the same article finder the
 * extension uses (src/cli/html.ts, on a Node DOM), with its failures turned
 * into one-line `CliError`s.
 */
import { CliError } from './errors';
import { extractArticle } from './html';

/** The article text of `html`; a page without a findable article is a `CliError` naming `name`. */
export function articleText(html: string, name: string): string {
  const result = extractArticle(html);
  if ('error' in result) throw new CliError(`${name}: ${result.error}`);
  if (result.text.trim() === '') throw new CliError(`${name}: no article text found`);
  return result.text;
}
