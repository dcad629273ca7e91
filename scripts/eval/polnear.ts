/**
 * PolNeAR-style quotation gold (../shared/data/README.md gives the format): one
 * article per line of a JSON-lines file, with its quotes as character offsets.
 * Read by the quote evaluation and by the cue model's training.
 */
import { readFileSync } from 'node:fs';

export interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  cueStart?: number | null;
  cueEnd?: number | null;
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export function readGoldArticles(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as GoldArticle);
}
