/**
 * A direct quotation with no attribution of its own that continues the previous one, right
 * after it or in the sentence after its attribution, is one quote with it (PolNeAR's convention);
 * one with its own attribution or speech verb, in another paragraph or after other words of the
 * writer is not.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../src/shared/analysis';
import { quotes } from './find';

const pieces = (text: string, quote: Quote) => (quote.parts ?? [[quote.start, quote.end]]).map(([s, e]) => text.slice(s, e));

describe('continued direct quotations', () => {
  it('joins the quotation that opens the sentence after the attribution', () => {
    const text = '“The plan failed,” Duarte said. “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect([found[0].kind, found[0].cue?.text, found[0].speaker?.name]).toEqual(['direct', 'said', 'Duarte']);
    expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“We will try again next year, with more money.”']);
    expect([found[0].start, found[0].end]).toEqual([0, text.length]);
  });

  it('joins a quotation that follows a mixed one with nothing between', () => {
    const text = 'Duarte said the plan was “a costly failure.” “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => q.kind)).toEqual(['mixed']);
    expect(pieces(text, found[0])).toEqual(['the plan was “a costly failure.”', '“We will try again next year, with more money.”']);
  });

  it('keeps apart a quotation with its own attribution', () => {
    const text = '“The plan failed,” Duarte said. “We will try again next year,” Reyes added.';
    expect(quotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([['“The plan failed,”', 'Duarte'], ['“We will try again next year,”', 'Reyes']]);
  });

  it('keeps apart a quotation that a speech verb of its own introduces after the attribution', () => {
    const text = '“The plan failed,” Duarte said, adding, “We will try again next year.”';
    expect(quotes(text).map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['“The plan failed,”', 'said', 'Duarte'],
      ['“We will try again next year.”', 'adding', 'Duarte'],
    ]);
    // Without one, the attribution interrupts a single quote.
    const interrupted = '“The plan failed,” Duarte said in an interview, “and we will try again next year.”';
    expect(quotes(interrupted).map((q) => pieces(interrupted, q))).toEqual([['“The plan failed,”', '“and we will try again next year.”']]);
  });

  it('does not take a title the attribution names for the rest of the quote', () => {
    const text = '“The plan failed, and we will try again,” Duarte said on “Meet the Press.”';
    expect(quotes(text)[0].text).toBe('“The plan failed, and we will try again,”');
  });

  it('joins the whole next paragraph quoted after the attribution that ends the paragraph', () => {
    const text = '“The plan failed,” Duarte said.\n\n“We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte']]);
    expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“We will try again next year, with more money.”']);
  });

  it('keeps apart a quotation in the next paragraph after words of the writer, or that only opens it', () => {
    const text = '“The plan failed,” Duarte said.\n\n“We will try again next year,” he added, “with more money.”';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Duarte', 'Duarte']);
    const partial = '“The plan failed,” Duarte said.\n\n“We will try again.” The council disagreed.';
    expect(quotes(partial).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“The plan failed,”', 'Duarte'],
      ['“We will try again.”', 'Duarte'],
    ]);
  });

  it('joins the rest of an interrupted quotation that a new sentence with a speech verb follows', () => {
    const text = '“Judge,” Duarte said, “I have never seen this in thirty years.” Later, Reyes said the hearing was over.';
    const found = quotes(text);
    expect(found[0].speaker?.name).toBe('Duarte');
    expect(pieces(text, found[0])).toEqual(['“Judge,”', '“I have never seen this in thirty years.”']);
  });

  it('keeps apart a quotation after words of the writer, with the same speaker', () => {
    for (const text of [
      '“The plan failed,” Duarte said. The council disagreed.\n\n“We will try again next year, with more money.”',
      '“The plan failed,” Duarte said. The council disagreed. “We will try again next year, with more money.”',
    ]) {
      expect(quotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([
        ['“The plan failed,”', 'Duarte'],
        ['“We will try again next year, with more money.”', 'Duarte'],
      ]);
    }
  });
});
