/**
 * Uses of a cue word that report no one (false-reports.ts, and the set phrases of words.json): a noun of broadcasting
 * or of results, the noun "support", a verb that holds a state, a vote with no stance, a network's call of a race, an
 * idiom of revealing, a passive of feeling with its cause, an editor's note's characterisation of a person, and a fixed
 * expression of the writer. Each rule has a case it removes and a true quotation it keeps.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('"show" and "showing" after an adjective', () => {
  it('are nouns', () => {
    expect(summary('Speaking later on the same show, the senator said he would vote no.')).toEqual([['he would vote no', 'said', 'the senator']]);
    expect(quotes('Without a strong showing in South Carolina, the Bush campaign may have a hard time competing in Nevada.')).toEqual([]);
  });

  it('keep the verb after a subject', () => {
    expect(summary('Polls show that the race for Wisconsin is tight.')).toEqual([['that the race for Wisconsin is tight', 'show', 'Polls']]);
  });
});

describe('"support" before a word that opens no object', () => {
  it('is a noun', () => {
    expect(quotes('They are friends who have lent support to her and her family in the past.')).toEqual([]);
  });

  it('keeps the verb and "in support of"', () => {
    expect(summary('Most Democrats support Sanders on trade.')).toEqual([['Sanders on trade', 'support', 'Most Democrats']]);
    expect(summary('The group raised money in support of Rubio since he became a candidate.')).toEqual([['Rubio since he became a candidate', 'support', 'The group']]);
  });
});

describe('a verb that holds a state', () => {
  it('reports nothing before a noun phrase', () => {
    expect(quotes('Sen. Bernie Sanders maintained his double-digit lead over Hillary Clinton in the poll.')).toEqual([]);
  });

  it('keeps a claim', () => {
    expect(summary("But they maintained that large numbers of the senator's supporters would stay home."))
      .toEqual([["that large numbers of the senator's supporters would stay home", 'maintained', 'they']]);
  });
});

describe('a vote with no stance', () => {
  it('reports nothing before "on"', () => {
    expect(quotes('Senators voted on the bill in November.')).toEqual([]);
  });

  it('keeps a vote for something', () => {
    expect(summary('Most members voted for the bill.')).toEqual([['the bill', 'voted', 'Most members']]);
  });
});

describe("a network's call of a race", () => {
  it('is no report', () => {
    expect(quotes('Supporters roared when Texas was called for Ted Cruz moments after the polls closed.')).toEqual([]);
    expect(quotes('Sanders spoke to reporters just after the race was called.')).toEqual([]);
  });

  it('keeps a call with its object', () => {
    expect(summary('The senator called the deal a disaster.')).toEqual([['the deal a disaster', 'called', 'The senator']]);
  });
});

describe('an idiom of revealing', () => {
  it('is no report', () => {
    expect(quotes("The renewed emphasis on terrorism has laid bare Mrs. Clinton's differences with Mr. Obama.")).toEqual([]);
  });

  it('keeps a plan laid out', () => {
    expect(summary('Trump laid out his plan for fighting the Islamic State.')).toEqual([['his plan for fighting the Islamic State', 'laid out', 'Trump']]);
  });
});

describe('a passive of feeling with its cause', () => {
  it('reports no words', () => {
    expect(summary('FBI officials were angered by the deal and predicted it would affect the case.'))
      .toEqual([['it would affect the case', 'predicted', 'FBI officials']]);
  });

  it('keeps the feeling before "that"', () => {
    expect(summary('She was surprised that the plan passed.')).toEqual([['that the plan passed', 'surprised', 'She']]);
  });
});

describe("an editor's note", () => {
  it("characterises a person in a relative clause, which reports no one", () => {
    expect(quotes('Editor’s note: Donald Trump is a serial liar and bully who has repeatedly pledged to ban all Muslims from entering the U.S.')).toEqual([]);
  });

  it('keeps its reports of others', () => {
    expect(summary("Editor's Note: An article on Monday reported that Ms. Malik had talked openly on social media about jihad."))
      .toEqual([['that Ms. Malik had talked openly on social media about jihad', 'reported', 'An article']]);
  });
});

describe("a fixed expression of the writer", () => {
  it('is no report', () => {
    expect(quotes('Only time will tell if his staying power will last.')).toEqual([]);
    // "say" reports nothing; "he's referring to" is a report of its own, as "He's referring to" opening a sentence is.
    expect(summary("It's safe to say he's referring to the border.")).toEqual([['the border', 'referring', 'he']]);
  });

  it('keeps the same verb in a report', () => {
    expect(summary('The senator will tell voters that the plan works.')).toEqual([['that the plan works', 'tell', 'The senator']]);
  });
});
