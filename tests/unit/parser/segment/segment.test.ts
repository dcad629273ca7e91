import { describe, expect, it } from 'vitest';
import { segment, tokenize } from '../../../../src/parser/segment';

const texts = (source: string) => tokenize(source).map((token) => token.text);
const sentences = (source: string) => segment(source).sentences.map((s) => source.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps internal apostrophes, hyphens, dotted abbreviations and digit groups inside words', () => {
    expect(texts("Don't visit the U.S. for COVID-19, AT&T paid $1,250,000.")).toEqual([
      "Don't", 'visit', 'the', 'U.S.', 'for', 'COVID-19', ',', 'AT&T', 'paid', '$', '1,250,000', '.',
    ]);
  });

  it('splits every quote mark and punctuation character into a token of its own', () => {
    expect(texts('«Oui», „ja“ “yes” \'no\'')).toEqual(['«', 'Oui', '»', ',', '„', 'ja', '“', '“', 'yes', '”', "'", 'no', "'"]);
  });

  it('gives offsets that slice back to the token text, also around surrogate pairs', () => {
    const source = 'Emoji 😀 here, 𝒳yz too.';
    for (const token of tokenize(source)) expect(source.slice(token.start, token.end)).toBe(token.text);
    expect(texts(source)).toContain('😀');
  });

  it('reads letters, digits and combining marks of any script as word characters, and no ASCII symbol', () => {
    expect(texts('Zoë Łukasz Ñoño São-Paulo Москва 東京 e\u0301 ٣٤')).toEqual(['Zoë', 'Łukasz', 'Ñoño', 'São-Paulo', 'Москва', '東京', 'e\u0301', '٣٤']);
    expect(texts('a@b #c_d `e`~f|g')).toEqual(['a', '@', 'b', '#', 'c', '_', 'd', '`', 'e', '`', '~', 'f', '|', 'g']);
  });

  it('marks numbers', () => {
    expect(tokenize('In 2020 there were 40 of them').filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['2020', '40']);
  });
});

describe('segment', () => {
  it('does not end sentences after titles, initials, months or dotted abbreviations', () => {
    expect(sentences('Mr. Smith met John F. Kennedy in the U.S. Capitol on Jan. 5. Then he left.')).toEqual([
      'Mr. Smith met John F. Kennedy in the U.S. Capitol on Jan. 5.',
      'Then he left.',
    ]);
  });

  it('ends a sentence on an abbreviation when a pronoun, an article or a connective follows it', () => {
    expect(sentences('They met in the U.S. The talks ended at 5 p.m. He left Calif. But she stayed.')).toEqual([
      'They met in the U.S.',
      'The talks ended at 5 p.m.',
      'He left Calif.',
      'But she stayed.',
    ]);
    expect(sentences('Gov. Smith met Dr. Jones in the U.S. Senate.')).toEqual(['Gov. Smith met Dr. Jones in the U.S. Senate.']);
    expect(sentences('Officials said Mr. He and Gen. He Weidong met.')).toEqual(['Officials said Mr. He and Gen. He Weidong met.']);
  });

  it('keeps closing quote marks with their sentence and opens the next one at its opening mark', () => {
    expect(sentences('He said "We won." "Next," she said. Done!')).toEqual(['He said "We won."', '"Next," she said.', 'Done!']);
  });

  it('ends a sentence at every paragraph break and records paragraphs', () => {
    const source = 'First paragraph without stop\n\nSecond one. Two sentences.\n';
    const result = segment(source);
    expect(result.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual(['First paragraph without stop', 'Second one. Two sentences.']);
    expect(result.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(result.paragraphs[1]).toMatchObject({ sentenceStart: 1, sentenceEnd: 3 });
  });

  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toMatchObject({ tokens: [], sentences: [], paragraphs: [] });
    expect(segment(' \n\n \t').sentences).toEqual([]);
  });
});
