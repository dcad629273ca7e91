/**
 * Reads CoNLL-2003 files and turns each document back into running text, so the
 * tagger is trained and scored on exactly what it sees in the product: raw text
 * cut by our own segmenter, never CoNLL's tokens or its POS/chunk columns.
 *
 * Each sentence becomes one line; every CoNLL token keeps its character span in
 * that text, and every gold entity (IOB1 or IOB2 tags) becomes a character span.
 */
import { readFileSync } from 'node:fs';
import type { Token } from '../../src/parser/segment';
import type { LabelledSpan } from '../../src/parser/entities/labels';

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface CharSpan {
  start: number;
  end: number;
}

export interface GoldEntity extends CharSpan {
  type: ConllType;
  /** Index of the first and one past the last CoNLL token of the entity. */
  tokenStart: number;
  tokenEnd: number;
}

export interface ConllDocument {
  text: string;
  /** The CoNLL tokens of the whole document, in order, with their spans in `text`. */
  tokens: CharSpan[];
  entities: GoldEntity[];
}

interface RawSentence {
  words: string[];
  tags: string[];
}

/** Tokens written without a space before them ("Germany 's" → "Germany's"). */
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'"]);
/** Tokens written without a space after them ("( 20" → "(20"). */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

function parseSentences(content: string): RawSentence[][] {
  const documents: RawSentence[][] = [[]];
  let sentence: RawSentence = { words: [], tags: [] };
  const flush = () => {
    if (sentence.words.length > 0) documents[documents.length - 1].push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const line of content.split('\n')) {
    const columns = line.trim().split(' ');
    if (columns[0] === '') {
      flush();
    } else if (columns[0] === '-DOCSTART-') {
      flush();
      if (documents[documents.length - 1].length > 0) documents.push([]);
    } else {
      sentence.words.push(columns[0]);
      sentence.tags.push(columns[columns.length - 1]);
    }
  }
  flush();
  return documents.filter((document) => document.length > 0);
}

/** Joins one document's sentences into text, one sentence per line. */
export function detokenize(sentences: RawSentence[]): ConllDocument {
  let text = '';
  const tokens: CharSpan[] = [];
  const entities: GoldEntity[] = [];
  for (const { words, tags } of sentences) {
    if (text.length > 0) text += '\n';
    let openDoubleQuote = false;
    let glueNext = true;
    let current: GoldEntity | null = null;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      const isQuote = word === '"';
      const closing = isQuote && openDoubleQuote;
      if (!glueNext && !NO_SPACE_BEFORE.has(word) && !closing) text += ' ';
      const start = text.length;
      text += word;
      tokens.push({ start, end: text.length });
      glueNext = NO_SPACE_AFTER.has(word) || (isQuote && !openDoubleQuote);
      if (isQuote) openDoubleQuote = !openDoubleQuote;

      const tag = tags[i];
      const type = tag === 'O' ? null : (tag.slice(2) as ConllType);
      if (current && (type !== current.type || tag.startsWith('B-'))) {
        entities.push(current);
        current = null;
      }
      if (type && !current) current = { start, end: 0, type, tokenStart: tokens.length - 1, tokenEnd: 0 };
      if (current) {
        current.end = text.length;
        current.tokenEnd = tokens.length;
      }
    }
    if (current) entities.push(current);
  }
  return { text, tokens, entities };
}

export function readConll(path: string): ConllDocument[] {
  return parseSentences(readFileSync(path, 'utf8')).map(detokenize);
}

/**
 * Gold names as ranges of the segmenter's tokens: every token that overlaps a
 * name belongs to it ("Germany's" is one token and carries the name "Germany").
 * A token already taken by an earlier name stays with it.
 */
export function projectToTokens(entities: GoldEntity[], tokens: Token[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let t = 0;
  let taken = 0;
  for (const entity of entities) {
    while (t < tokens.length && tokens[t].end <= entity.start) t++;
    let end = Math.max(t, taken);
    const start = end;
    while (end < tokens.length && tokens[end].start < entity.end) end++;
    if (end > start) spans.push({ tokenStart: start, tokenEnd: end, type: entity.type });
    taken = Math.max(taken, end);
  }
  return spans;
}
