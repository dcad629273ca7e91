/**
 * The shared parser: pure functions over a string, no DOM and no browser API.
 * The same module runs in the extension's background worker and in the CLI.
 *
 * The pipeline is a fixed sequence of stages, each in its own folder:
 *   1. segment  — paragraphs, sentences, tokens with offsets;
 *   2. entities — named entities, their mentions, aliases and descriptions;
 *   3. quotes   — quotations, their cues and speakers, resolved against the entities.
 * Beside the pipeline, `language` tells whether a text is English, the only language these
 * stages know; the extension and the CLI ask it before they trust an analysis.
 */
import type { Analysis } from '../shared/analysis';
import { segment } from './segment';
import { recognizeEntities } from './entities';
import { findQuotes } from './quotes';

export function analyze(text: string): Analysis {
  const segmented = segment(text);
  const entities = recognizeEntities(segmented);
  const quotes = findQuotes(segmented, entities);
  return { text, quotes, entities };
}
