/**
 * Mixed quotations that open before their quotation mark (mixed-openings.ts): the writer's words that
 * lead a sentence into a quotation attributed after it, the object that a reporting verb hands over
 * to a quotation with a colon, and the content of a cue that runs into a quotation no rule attributed
 * belong to the quotation, as PolNeAR annotates them.
 */
import { describe, expect, it } from 'vitest';
import { only, quotes } from './find';

describe('a lead into a quotation attributed after it', () => {
  it('opens the quotation at the first word of its sentence', () => {
    const quote = only('In past campaigns, “we felt that we could reach the people we need to reach with a good Twitter account,” he said.');
    expect([quote.text, quote.kind, quote.cue?.text, quote.speaker?.name]).toEqual(
      ['In past campaigns, “we felt that we could reach the people we need to reach with a good Twitter account,”', 'mixed', 'said', 'he']);
  });

  it('takes a subject that the quotation finishes, before an inverted attribution', () => {
    const quote = only('The people of Scranton and towns like it “deserve someone who is with them,” said Senator Bob Casey.');
    expect([quote.text, quote.kind, quote.speaker?.name]).toEqual(
      ['The people of Scranton and towns like it “deserve someone who is with them,”', 'mixed', 'Bob Casey']);
  });

  it('leaves a lone connective out of the quotation', () => {
    const quote = only('Yet, “it is hard to make a case for that plan,” he added.');
    expect([quote.text, quote.kind]).toEqual(['“it is hard to make a case for that plan,”', 'direct']);
  });

  it('leaves out a lead that holds a reporting cue of its own', () => {
    const [quote] = quotes('Citing “obligations in Tennessee,” the spokeswoman told reporters that he would not attend.');
    expect([quote.text, quote.kind]).toEqual(['“obligations in Tennessee,”', 'direct']);
  });

  it('does not reach back over an attribution before the quotation', () => {
    const found = quotes('“We won,” Smith said. On Monday, Clinton said, “I did not know him that well.”');
    expect(found.map((q) => [q.text, q.kind])).toEqual([['“We won,”', 'direct'], ['“I did not know him that well.”', 'direct']]);
  });
});

describe('an object that a colon hands over to the quotation', () => {
  it('opens the quotation at a noun phrase after the verb', () => {
    const quote = only('Politico reveals a few relevant facts: “Of its 76,981 registered voters, 30,290 are Democrats.”');
    expect([quote.text, quote.kind, quote.speaker?.name]).toEqual(
      ['a few relevant facts: “Of its 76,981 registered voters, 30,290 are Democrats.”', 'mixed', 'Politico']);
  });

  it('opens the quotation at a clause after the verb', () => {
    const quote = only('Trump suggested Curiel was from Mexico: “The judge, who happens to be Mexican, is a total disgrace.”');
    expect([quote.text, quote.kind]).toEqual(['Curiel was from Mexico: “The judge, who happens to be Mexican, is a total disgrace.”', 'mixed']);
  });

  it('leaves out an adjunct, a listener and a time before the colon', () => {
    for (const text of [
      'Clinton said in a statement: “This act of terror is the largest mass shooting in our history.”',
      'Jones told Fox News: “Both of them are meeting next week to discuss the plan.”',
      'Romney said back in the summer of 2015: “I think it is a big mistake for us as a party.”',
    ]) {
      const quote = only(text);
      expect([quote.kind, quote.text.startsWith('“')]).toEqual(['direct', true]);
    }
  });
});

describe('the content of a cue that runs into an unattributed quotation', () => {
  it('opens the quotation right after the cue, with the cue and its subject', () => {
    const quote = only('Sanders called him divisive and accused him of preventing Americans from being able to “stand together to address the real issues.”');
    expect([quote.text, quote.kind, quote.cue?.text, quote.speaker?.name]).toEqual(
      ['him of preventing Americans from being able to “stand together to address the real issues.”', 'mixed', 'accused', 'Sanders']);
  });

  it('leaves a quotation alone after a cue noun that opens only an adjunct', () => {
    const quote = only('Outside the hall their chants of “Ted! Ted! Ted! Ted” went on for an hour.');
    expect([quote.text, quote.kind]).toEqual(['“Ted! Ted! Ted! Ted”', 'direct']);
  });

  it('does not reach back over a clause mark after the cue', () => {
    const found = quotes('As Blumenthal spoke, the NRA was whipping lawmakers against “any and all gun control.”');
    expect(found.map((q) => [q.text, q.kind])).toEqual([['“any and all gun control.”', 'direct']]);
  });

  it('takes no cue in capitals, which is a headline', () => {
    const found = quotes('TELLING OF THE SYRIAN REFUGEE CRISIS, IN VIRTUAL REALITY “VR provides a combination of storytelling and technology.”');
    expect(found.map((q) => q.kind)).toEqual(['direct']);
  });
});
