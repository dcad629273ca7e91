/** Shared helpers of the article-finder tests: parse HTML and read fixture pages. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../../../src/cli/html';
import { findArticle } from '../../../../src/content/article';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/pages/${name}`, import.meta.url)), 'utf8');
}

/** A document whose body is `body`. */
export function page(body: string, head = ''): Document {
  return parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

/** The article text found in `doc`; fails the test when the page is reported as not an article. */
export function articleText(doc: Document): string {
  const result = findArticle(doc);
  if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.reason}`);
  return result.text;
}

/** Paragraphs of running text, long enough to make a page an article. */
export const PROSE = [
  'The council approved the plan on Tuesday after a long debate, ending a dispute that had lasted for most of the year.',
  'Opponents said the cost was too high, but the mayor argued that the city could not wait any longer for new housing.',
  'Construction is expected to begin in the spring, and the first residents could move in within three years, officials said.',
];
export const PROSE_HTML = PROSE.map((paragraph) => `<p>${paragraph}</p>`).join('');
