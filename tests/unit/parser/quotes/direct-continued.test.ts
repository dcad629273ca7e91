/**
 * A direct quotation with no attribution of its own that continues the previous one, right
 * after it or in the sentence after its attribution, is one quote with it (PolNeAR's convention);
 * so is one after the writer's narration in the same paragraph; one with its own attribution or
 * speech verb, in another paragraph or after a sentence that reports someone else is not.
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

  it('joins across the writer\'s narration in the paragraph, which gives the word to no one else', () => {
    const text = '“The plan failed,” Duarte said. The hall was half empty by then. “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte']]);
    expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“We will try again next year, with more money.”']);
  });

  it('joins past what the speaker reports between the two quotations', () => {
    const text = '“The plan failed,” Duarte said, adding that the council would meet on Friday. “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte'], ['indirect', 'Duarte']]);
    expect(found[1].text).toContain('the council would meet on Friday');
    expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“We will try again next year, with more money.”']);
  });

  it('joins a quotation that one connective leads into, in the next sentence or after ", and"', () => {
    for (const text of [
      '“The plan failed,” Duarte said. But “we will try again next year, with more money.”',
      '“The plan failed,” Duarte said. Instead, “we will try again next year, with more money.”',
      '“The plan failed,” Duarte said, and “we will try again next year, with more money.”',
    ]) {
      const found = quotes(text);
      expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte']]);
      expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“we will try again next year, with more money.”']);
    }
  });

  it('keeps apart a quotation that the writer\'s own clause leads into', () => {
    const text = '“The plan failed,” Duarte said. The council called the vote “a failure of nerve and of money.”';
    expect(quotes(text)[0].text).toBe('“The plan failed,”');
  });

  it('joins the quotation after an attribution that ends with an abbreviation', () => {
    const text = '“The plan failed,” Duarte said at a rally in Albany, N.Y. “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte']]);
    expect(pieces(text, found[0])).toEqual(['“The plan failed,”', '“We will try again next year, with more money.”']);
  });

  it('joins a quotation to the mixed one of another speaker right before it, not across it', () => {
    const text = '“The plan failed,” Duarte said. Reyes said the plan was “a costly failure.” “We will try again next year, with more money.”';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'Duarte'], ['mixed', 'Reyes']]);
    expect(pieces(text, found[1])).toEqual(['the plan was “a costly failure.”', '“We will try again next year, with more money.”']);
  });

  it('keeps apart a quotation after a sentence that reports someone else', () => {
    const text = '“The plan failed,” Duarte said. Reyes said the council would vote again. “We will try again next year, with more money.”';
    expect(quotes(text).map((q) => q.text)).toEqual([
      '“The plan failed,”', 'the council would vote again', '“We will try again next year, with more money.”',
    ]);
  });

  it('keeps apart a quotation after words of the writer that end the paragraph, with the same speaker', () => {
    const text = '“The plan failed,” Duarte said. The council disagreed.\n\n“We will try again next year, with more money.”';
    expect(quotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“The plan failed,”', 'Duarte'],
      ['“We will try again next year, with more money.”', 'Duarte'],
    ]);
  });
});
