import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { segment } from '../../../../src/parser/segment';
import { contractedPronoun, endWithAppositive, isPredicateOnly, startWithModifiers, tidyMention } from '../../../../src/parser/quotes/mention-span';
import { namesNoOne } from '../../../../src/parser/quotes/names';

/** The words tidyMention keeps of a phrase given whole as a mention. */
function tidied(phrase: string): string {
  const { tokens } = segment(phrase);
  const kept = tidyMention(tokens, { start: 0, end: tokens.length });
  return phrase.slice(tokens[kept.start].start, tokens[kept.end - 1].end);
}

/** The local speaker mention of the first quotation the whole parser finds. */
function speakerMention(text: string): string {
  const { quotes } = analyze(text);
  const speaker = quotes[0]?.speaker;
  return speaker?.start === undefined ? '' : text.slice(speaker.start, speaker.end);
}

describe('tidyMention', () => {
  it('keeps the name or pronoun after an adjunct set off by a comma', () => {
    expect(tidied('in that law, Azzouz')).toBe('Azzouz');
    expect(tidied('at the Democratic convention, he')).toBe('he');
  });

  it('keeps a name followed by its description: no name or pronoun opens what follows the comma', () => {
    expect(tidied('Cecelia Purner, 67, a retired teacher')).toBe('Cecelia Purner, 67, a retired teacher');
  });

  it('drops opening conjunctions and subordinators', () => {
    expect(tidied('while 9 percent')).toBe('9 percent');
    expect(tidied('But Mr. Trump')).toBe('Mr. Trump');
  });

  it('drops the auxiliaries, particles and infinitive verbs of a longer predicate', () => {
    expect(tidied('Carly Fiorina for')).toBe('Carly Fiorina');
    expect(tidied('Trump then went on to')).toBe('Trump');
    expect(tidied('his campaign did not')).toBe('his campaign');
    expect(tidied('the inference can be')).toBe('the inference');
  });

  it('keeps a relative pronoun, which PolNeAR marks as the local mention, and never cuts a mention to nothing', () => {
    expect(tidied('a foundation that')).toBe('a foundation that');
    expect(tidied('while')).toBe('while');
    expect(tidied('to')).toBe('to');
  });
});

describe('speaker mentions in the parser', () => {
  it('covers a whole name with initials, as the entity stage found it', () => {
    expect(speakerMention('“It is very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute.'))
      .toBe('C. Eugene Steuerle');
    expect(speakerMention('William G. Gale, an economist, said the rules were clear.')).toBe('William G. Gale, an economist,');
  });

  it('leaves out an adjunct between the quotation and the speaker', () => {
    expect(speakerMention('Azzouz spoke at length. “We must pay attention to what is written” in that law, Azzouz said.'))
      .toBe('Azzouz');
  });

  it('takes no clause or verb phrase before a trailing "said Name" for a description of the speaker', () => {
    const quote = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker?.name]);
    expect(quote('Potholes form when water seeps into cracks, creating a larger crevice, said Joe Carbone, who works for the city.'))
      .toEqual([['Potholes form when water seeps into cracks, creating a larger crevice', 'Joe Carbone']]);
    expect(quote('Work is halted because dirt, used to fill in trenches, freezes, said Ian Michaels, a spokesman for the city.'))
      .toEqual([['Work is halted because dirt, used to fill in trenches, freezes', 'Ian Michaels']]);
  });

  it('reads a description whose joiner links a word that names speakers to its object', () => {
    expect(speakerMention('The plan is dead, an adviser to the governor said.')).toBe('an adviser to the governor');
    expect(speakerMention('The plan is dead, members of the commission said.')).toBe('members of the commission');
  });
});

describe('speaker mentions that hold a clause or name no one', () => {
  it('cuts a mention before the verb of its clause', () => {
    expect(tidied('the bloodshed raised')).toBe('the bloodshed');
    expect(tidied('Hillary Clinton is continuing')).toBe('Hillary Clinton');
    expect(tidied('Whole Foods stores have been festooned')).toBe('Whole Foods stores');
    expect(speakerMention('The attack raised concerns that more violence would follow.')).toBe('The attack');
  });

  it('leaves a participle that describes a plural, and a clause whose later noun phrase may be the subject', () => {
    expect(tidied('19 percent of college students polled')).toBe('19 percent of college students polled');
    expect(tidied('Clinton is well positioned to block any proposals she')).toBe('Clinton is well positioned to block any proposals she');
  });

  it('takes no article and adjective after the verb for a subject', () => {
    expect(speakerMention('Last week, Ms. Lin delivered a blistering critique of the budget.')).toBe('Ms. Lin');
  });

  it('drops trailing adverbs and times, but not a noun in -ly', () => {
    expect(tidied('many leftist figures openly')).toBe('many leftist figures');
    expect(tidied('Trump on Tuesday')).toBe('Trump');
    expect(tidied('the family')).toBe('the family');
  });

  it('looks past an opening participle for the subject a later verb shares', () => {
    const text = 'Speaking to reporters, Trump praised the plan, calling it a triumph.';
    expect(analyze(text).quotes.map((q) => text.slice(q.speaker?.start, q.speaker?.end))).toEqual(['Trump', 'Trump']);
  });

  it('keeps a name in -ing that a verb follows as its subject', () => {
    expect(speakerMention('Fleming praised the plan, calling it a triumph.')).toBe('Fleming');
    expect(speakerMention('Walking home, Ebeling reminisced about the campaign, and said her views had changed.')).toBe('Ebeling');
  });

  it('gives no speaker for words that name no one', () => {
    const noOne = (phrase: string): boolean => {
      const { tokens } = segment(phrase);
      return namesNoOne(tokens, { start: 0, end: tokens.length });
    };
    expect(noOne('There’s')).toBe(true);
    expect(noOne('Speaking to reporters')).toBe(true);
    expect(noOne('a blistering')).toBe(true);
    expect(noOne('last week')).toBe(true);
    expect(noOne('on Tuesday')).toBe(true);
    expect(analyze('There’s no guarantee that the talks will succeed.').quotes.map((q) => q.speaker?.name ?? null)).not.toContain('There’s');
  });

  it('still names people, surnames like "Day", pronouns after a participle and sources', () => {
    const { tokens } = segment('Day');
    expect(namesNoOne(tokens, { start: 0, end: 1 })).toBe(false);
    const listing = segment('Listing his ventures, she');
    expect(namesNoOne(listing.tokens, { start: 0, end: listing.tokens.length })).toBe(false);
    const nothing = segment('Nothing symbolizes');
    expect(namesNoOne(nothing.tokens, { start: 0, end: 1 })).toBe(false);
    const spokesman = segment('a spokesman');
    expect(namesNoOne(spokesman.tokens, { start: 0, end: 2 })).toBe(false);
  });
});

describe('subjects with initials and long relative clauses', () => {
  it('keeps an initial inside a name before a trailing cue', () => {
    const text = 'The market is flat, Oliver K. Hedge, who appraises antiques in Wakefield, said.';
    expect(analyze(text).quotes.map((q) => [q.text, text.slice(q.speaker?.start, q.speaker?.end)]))
      .toEqual([['The market is flat', 'Oliver K. Hedge']]);
  });

  it('reads past the commas of a list inside a relative clause', () => {
    expect(speakerMention('Oliver K. Hedge, who appraises rugs, clocks, lamps, chairs and paintings in Wakefield, said the market was flat.'))
      .toBe('Oliver K. Hedge');
  });

  it('still takes the name before an appositive without a relative clause', () => {
    expect(speakerMention('Jillian Chase, 27, a user in New York, said the app was slow.')).toBe('Jillian Chase');
  });
});

describe('a relative word that closes a description', () => {
  it('stays in the mention but not in the name, which keeps the rest of the description', () => {
    const [quote] = analyze('It is the only finding that suggests the drug works.').quotes;
    expect(quote.speaker?.name).toBe('the only finding');
    expect(speakerMention('It is the only finding that suggests the drug works.')).toBe('the only finding that');
  });
});

function tokensOf(phrase: string) {
  return segment(phrase).tokens;
}

/** The words startWithModifiers takes before the phrase `name` at the end of `text`. */
function withModifiers(text: string, name: string): string {
  const { tokens } = segment(text);
  const first = tokens.findIndex((token) => token.start === text.lastIndexOf(name));
  return text.slice(tokens[startWithModifiers(tokens, first)].start);
}

/** The words endWithAppositive takes after the mention `name` in `text`, whose cue is the word `cue`. */
function withAppositive(text: string, name: string, cue: string): string {
  const { tokens } = segment(text);
  const first = tokens.findIndex((token) => token.start === text.indexOf(name));
  const last = tokens.findIndex((token) => token.end === text.indexOf(name) + name.length);
  const k = tokens.findIndex((token) => token.text === cue);
  return text.slice(tokens[first].start, tokens[endWithAppositive(tokens, { start: first, end: last + 1 }, { start: k, end: k + 1 }) - 1].end);
}

describe('speaker mentions that hold a clause, not a name', () => {
  it('starts after a subordinator that opens the cue’s own clause, after a whole clause only', () => {
    expect(tidied('Hillary Clinton came under heavy criticism when it')).toBe('it');
    expect(tidied('the crowd booed when he')).toBe('he');
    // Two words before "when" are as often the speaker as its subject ("All cheer when he endorses").
    expect(tidied('All cheer when he')).toBe('All cheer when he');
  });

  it('drops an opening adverb or auxiliary, never down to nothing', () => {
    expect(tidied('Maybe he')).toBe('he');
    expect(tidied('Even Donald Trump')).toBe('Donald Trump');
    expect(tidied('Maybe')).toBe('Maybe');
  });

  it('drops a closing adverb, but keeps a reflexive that PolNeAR takes into the mention', () => {
    expect(tidied('Carter however')).toBe('Carter');
    expect(tidied('Congress only')).toBe('Congress');
    expect(tidied('Cruz himself')).toBe('Cruz himself');
  });

  it('takes no prepositional object for the subject of the cue, but keeps the words whole when another reading is open', () => {
    expect(tidied('Trump was heard on a microphone')).toBe('Trump');
    expect(tidied('Clinton is positioned to block any proposals she')).toBe('Clinton is positioned to block any proposals she');
  });

  it('drops a question’s inverted auxiliary, and gives no speaker for a bare predicate or function word', () => {
    expect(tidied('Would they')).toBe('they');
    expect(tidied('Had the authorities')).toBe('the authorities');
    expect(tidied('was trying')).toBe('was trying');
    expect(isPredicateOnly(tokensOf('was trying'), { start: 0, end: 2 })).toBe(true);
    expect(isPredicateOnly(tokensOf('to'), { start: 0, end: 1 })).toBe(true);
    expect(isPredicateOnly(tokensOf('Trump'), { start: 0, end: 1 })).toBe(false);
    expect(isPredicateOnly(tokensOf('Has Trump'), { start: 0, end: 2 })).toBe(false);
  });

  it('reads a pronoun fused with a verb as the pronoun alone', () => {
    expect(contractedPronoun('He’s')).toBe('He');
    expect(contractedPronoun("I'd")).toBe('I');
    expect(contractedPronoun("Trump's")).toBeNull();
    expect(speakerMention('“We will win,” he’s saying to anyone who listens.')).toBe('he');
  });
});

describe('the words PolNeAR takes into a name’s mention', () => {
  it('takes a role with its modifiers, an article and an abbreviated title before the name', () => {
    expect(withModifiers('said Republican presidential hopeful Donald Trump', 'Donald Trump')).toBe('Republican presidential hopeful Donald Trump');
    expect(withModifiers('according to the Washington Post', 'Washington Post')).toBe('the Washington Post');
    expect(withModifiers('They met. Mrs. Clinton', 'Clinton')).toBe('Mrs. Clinton');
    expect(speakerMention('Republican presidential hopeful Donald Trump said the rules were clear.')).toBe('Republican presidential hopeful Donald Trump');
  });

  it('takes no word of the sentence before, nor a verb before a role', () => {
    expect(withModifiers('He met the president. She', 'She')).toBe('She');
    expect(withModifiers('He endorsed nominee Donald Trump', 'Donald Trump')).toBe('nominee Donald Trump');
  });

  it('takes a name coordinated with it, but not a description, which is as often an object', () => {
    expect(withModifiers('Jeb Bush and Chris Christie', 'Chris Christie')).toBe('Jeb Bush and Chris Christie');
    expect(withModifiers('They released a photo and Clinton', 'Clinton')).toBe('Clinton');
  });

  it('takes an appositive between the name and its cue, closing comma and all, but no aside', () => {
    expect(withAppositive('Huma Abedin, vice chairwoman for the campaign, said', 'Huma Abedin', 'said')).toBe('Huma Abedin, vice chairwoman for the campaign,');
    expect(speakerMention('Huma Abedin, vice chairwoman for the campaign, said the rules were clear.')).toBe('Huma Abedin, vice chairwoman for the campaign,');
    expect(withAppositive('Bush, however, said', 'Bush', 'said')).toBe('Bush');
    expect(withAppositive('Ramos, who lives in Miami, said', 'Ramos', 'said')).toBe('Ramos');
    expect(withAppositive('Trump, in Kentucky, said', 'Trump', 'said')).toBe('Trump');
  });
});
