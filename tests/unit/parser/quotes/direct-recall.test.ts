/**
 * Direct quotations that PolNeAR marks on their own and that other rules used to swallow: a
 * paragraph that opens a split quotation of its own after one left unclosed; a turn introduced by
 * a cue before it, whose trailing clause introduces the next turn; a quotation introduced after a
 * colon by a clause with a comma or dash in it, or by a label; a quotation introduced by a verb with
 * no subject right before it ("interjected to say:", "but went on to say,"); a quotation closed by a
 * mistyped opening mark glued to its source in brackets; a short quotation that cries or asks.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../src/shared/analysis';
import { quotes } from './find';

const pieces = (text: string, quote: Quote) => (quote.parts ?? [[quote.start, quote.end]]).map(([s, e]) => text.slice(s, e));

describe('a quotation left unclosed before a paragraph that quotes again', () => {
  it('ends with its paragraph when the next paragraph holds a split quotation of its own', () => {
    const text = 'Mora said: "The plan is not a strategy.\n\n"Calling it by another name changes nothing," Mora said. "It is a distraction."';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.cue?.text, q.speaker?.name])).toEqual([['direct', 'said', 'Mora'], ['direct', 'said', 'Mora']]);
    expect(found[0].text).toBe('"The plan is not a strategy.');
    expect(pieces(text, found[1])).toEqual(['"Calling it by another name changes nothing,"', '"It is a distraction."']);
  });

  it('still runs over both paragraphs when nothing is quoted after it closes', () => {
    const text = 'Mora said: "The plan failed in every county.\n\n"We will try again next year, with more money," Mora said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['"The plan failed in every county.\n\n"We will try again next year, with more money,"']);
  });
});

describe('a quotation introduced by a cue and a comma before it', () => {
  it('leaves the clause after it to introduce the next quotation', () => {
    const text = 'Reyes was asked, "Would you run again?" Mora answered, "I have no idea yet."';
    expect(quotes(text).map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['"Would you run again?"', 'asked', 'Reyes'],
      ['"I have no idea yet."', 'answered', 'Mora'],
    ]);
  });

  it('still goes on past an attribution when a colon introduces it', () => {
    const text = 'Mora wrote in a letter: "Would you run again," she asked, "or retire?"';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(pieces(text, found[0])).toEqual(['"Would you run again,"', '"or retire?"']);
  });
});

describe('a quotation that a clause ending in a colon introduces after an attribution', () => {
  it('is a quote of its own, not the rest of the one before', () => {
    const text = '"Having the file is valuable," said Reyes, explaining she worked with Mora on it: "Mora is outstanding with data."';
    expect(quotes(text).map((q) => q.text)).toEqual(['"Having the file is valuable,"', '"Mora is outstanding with data."']);
  });

  it('leaves a quotation after a comma as the rest of the one before', () => {
    const text = '"Having the file is valuable," said Reyes, "and Mora is outstanding with data."';
    expect(quotes(text).map((q) => pieces(text, q))).toEqual([['"Having the file is valuable,"', '"and Mora is outstanding with data."']]);
  });
});

describe('a quotation after a colon', () => {
  it('is attributed to a label that opens its clause, past a dash', () => {
    const text = 'But polls did predict the caucus - HuffPollster: "While the caucuses were an upset, most pollsters fared much better with the other results."';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.cue?.text, q.speaker?.name])).toEqual([['direct', ':', 'HuffPollster']]);
    expect(found[0].text).toBe(text.slice(text.indexOf('"')));
  });

  it('is not attributed to the object of a verb before the colon', () => {
    const text = 'In the end it came down to a blunt message for Trump: "It is time to quit attacking various people."';
    expect(quotes(text).map((q) => q.speaker?.name)).not.toContain('Trump');
  });
});

describe('a quotation introduced by a verb with no subject right before it', () => {
  it('takes the subject of the verb an infinitive completes', () => {
    const text = 'Mora, who signed the gun laws as governor, interjected to say: "They have both been inconsistent on this issue."';
    expect(quotes(text).find((q) => q.kind === 'direct')?.speaker?.name).toBe('Mora');
  });

  it("takes the sentence's subject when the verb shares it", () => {
    const text = 'Reyes joked that Brooklyn was his answer, but went on to say, "There are places in America that are dangerous."';
    const direct = quotes(text).find((q) => q.kind === 'direct');
    expect([direct?.text, direct?.cue?.text, direct?.speaker?.name]).toEqual(['"There are places in America that are dangerous."', 'say', 'Reyes']);
  });
});

describe('an opening curly mark glued between a full stop and a bracketed source', () => {
  it('closes the quotation', () => {
    const text = 'Pollster: \u201cPolls are the only thing that give us an idea of where voters stand.\u201c[HuffPost.]\n\nNext, the turnout.';
    expect(quotes(text).map((q) => q.text)).toEqual(['\u201cPolls are the only thing that give us an idea of where voters stand.\u201c']);
  });

  it('still opens a quotation glued to a bracket after other punctuation', () => {
    const text = 'He wrote:\u201c[W]e will win this state and the next one.\u201d';
    expect(quotes(text).map((q) => q.text)).toEqual(['\u201c[W]e will win this state and the next one.\u201d']);
  });
});

describe('a short quotation that no rule attributed', () => {
  it('is an utterance when it cries or asks, from two words on', () => {
    expect(quotes('The judge then turned to me. "Mr. Souza?" I had prepared a statement.').map((q) => [q.kind, q.text])).toEqual([['direct', '"Mr. Souza?"']]);
    expect(quotes('The motto of the club, "Always forward!", hangs over the door.').map((q) => q.text)).toEqual(['"Always forward!"']);
  });

  it('is no quotation when it ends with a full stop, or is one word', () => {
    expect(quotes('The motto of the club, "Always forward.", hangs over the door.')).toEqual([]);
    expect(quotes('The motto of the club, "Forward!", hangs over the door.')).toEqual([]);
  });
});
