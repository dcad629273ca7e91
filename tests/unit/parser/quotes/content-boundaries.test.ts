/**
 * Where a reported content starts and ends when words around it belong to the writer, not to
 * the report: a second verb of the speaker, a contrast, a parenthesis, a document that hands
 * its content to a participle, a "that" inside the content, words before a parenthetical
 * attribution. PolNeAR's span conventions, as studied on its train split.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('the end of a stance verb\'s object', () => {
  it('ends before a second verb of the same subject', () => {
    expect(summary('Duarte endorsed the mayor and criticized the council.')[0]).toEqual(['the mayor', 'endorsed', 'Duarte']);
  });

  it('keeps "and" that joins two nouns of the object', () => {
    expect(summary('Duarte endorsed the mayor and her deputy.')).toEqual([['the mayor and her deputy', 'endorsed', 'Duarte']]);
  });

  it('ends before ", but" and a clause of its own', () => {
    expect(summary('Duarte praised the plan, but the council voted against it.')[0]).toEqual(['the plan', 'praised', 'Duarte']);
  });
});

describe('one-word contents', () => {
  it('keeps a stance verb\'s object that names someone', () => {
    expect(summary('Duarte endorsed Cruz.')).toEqual([['Cruz', 'endorsed', 'Duarte']]);
    expect(summary('The mayor blasted me.')).toEqual([['me', 'blasted', 'The mayor']]);
  });

  it('drops any other one-word content', () => {
    expect(quotes('Duarte endorsed everything.')).toEqual([]);
    expect(quotes('Duarte said more.')).toEqual([]);
  });

  it('keeps an answer word closed by a mark right after a speech verb', () => {
    expect(summary('Asked whether he would run, Duarte said yes.').at(-1)).toEqual(['yes', 'said', 'Duarte']);
    expect(summary('Duarte said so.')).toEqual([['so', 'said', 'Duarte']]);
  });
});

describe('the end of any reported content', () => {
  it('ends before "and" and a second reporting verb of the subject, speech or stance', () => {
    expect(summary('Duarte told reporters that the plan worked and questioned how the council "got away with it."')).toEqual([
      ['that the plan worked', 'told', 'Duarte'],
      ['how the council "got away with it."', 'questioned', 'Duarte'],
    ]);
  });

  it('ends before a contrast the writer adds', () => {
    expect(quotes('Most riders said they would take the tunnel, while 20 percent said they were undecided.')[0]?.text)
      .toBe('they would take the tunnel');
    expect(quotes('Duarte said the tunnel would cost less, compared with the bridge.')[0]?.text).toBe('the tunnel would cost less');
  });

  it('ends after a quotation whose comma inside the marks closes the clause', () => {
    expect(quotes('Duarte said the plan was "corrupt," noting that the council approved it.')[0]?.text).toBe('the plan was "corrupt,"');
    expect(quotes('Duarte called the plan "a disaster," which the council denied.')[0]?.text).toBe('the plan "a disaster,"');
  });

  it('runs on past such a quotation when the clause goes on', () => {
    expect(quotes('Duarte said they were "careful," about the plan.')[0]?.text).toBe('they were "careful," about the plan');
  });

  it('leaves out a closing parenthesis opened before the content', () => {
    expect(summary('(Duarte denied the reports.)')).toEqual([['the reports', 'denied', 'Duarte']]);
  });

  it('keeps a parenthesis the content opens', () => {
    expect(quotes('Duarte said the tunnel would reopen (in part).')[0]?.text).toBe('the tunnel would reopen (in part)');
  });
});

describe('the start of a leading content', () => {
  it('takes "that" after an adjunct as the opener', () => {
    expect(quotes('Duarte said in a statement on Tuesday that the tunnel would reopen.')[0]?.text).toBe('that the tunnel would reopen');
  });

  it('does not take a "that" inside the content for its opener', () => {
    expect(quotes('Duarte said he had met the mayor over a rumor that the tunnel leaked.')[0]?.text)
      .toBe('he had met the mayor over a rumor that the tunnel leaked');
    expect(quotes('Duarte said it was only fitting that the tunnel reopened.')[0]?.text).toBe('it was only fitting that the tunnel reopened');
  });

  it('hands a document\'s content to the participle that reports it', () => {
    expect(summary('The council issued a statement Thursday saying the tunnel would reopen.')).toEqual([
      ['the tunnel would reopen', 'saying', 'The council'],
    ]);
  });

  it('keeps a participle that is part of a plain object', () => {
    expect(quotes('Duarte praised the workers saying their prayers.')[0]?.text).toBe('the workers saying their prayers');
  });
});

describe('words before a parenthetical attribution', () => {
  it('start the content that a lower-case quotation finishes: one mixed quote in two parts', () => {
    const text = 'In cases of abortion, the court said, "the woman is a victim."';
    const [quote, ...rest] = quotes(text);
    expect(rest).toEqual([]);
    expect(quote.kind).toBe('mixed');
    expect(quote.text).toBe(text);
    expect(quote.parts?.map(([s, e]) => text.slice(s, e))).toEqual(['In cases of abortion', '"the woman is a victim."']);
  });

  it('are only an adjunct when the quotation opens a sentence of its own', () => {
    const said = quotes('In the evening, Duarte said, "We will see."');
    expect(said.map((q) => [q.kind, q.text])).toEqual([['direct', '"We will see."']]);
  });
});
