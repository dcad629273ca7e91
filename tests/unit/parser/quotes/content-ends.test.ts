/**
 * Where a leading report's content ends at "and" + a cue word: a second verb of the reporting subject ends it ("said
 * ... and said ...", "praised ... and urged ..."), but a bare verb or a participle after a cue in another form is the
 * content's own verb ("said he would cut taxes and [support] ...", "hoped to meet them and [encourage] ..."), unless an
 * earlier cue in the content has that form and the verb is its sibling ("by calling ... and accusing ..."). An absolute
 * clause after ", with" whose actor is named ("..., with Senator Sanders now pressing ...") is the writer's addition, and
 * ", as well as" adds one more item to a stance verb's object, where ", as" opens a clause of the writer's.
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('a cue word after "and" in a leading content', () => {
  it('goes on with the content when it is a bare verb after a cue in the past', () => {
    expect(summary('The mayor said he would cut taxes and support the new stadium plan.'))
      .toEqual([['he would cut taxes and support the new stadium plan', 'said', 'The mayor']]);
    expect(summary('Lopez hoped to meet the workers and encourage them to vote.'))
      .toEqual([['to meet the workers and encourage them to vote', 'hoped', 'Lopez']]);
  });

  it('ends the content when it is in the form of the cue, a second verb of the same subject', () => {
    expect(summary('The senator said he would cut taxes and said the budget was balanced.'))
      .toEqual([['he would cut taxes', 'said', 'The senator'], ['the budget was balanced', 'said', 'The senator']]);
    expect(summary('Harris praised the plan and urged voters to back it.'))
      .toEqual([['the plan', 'praised', 'Harris'], ['voters to back it', 'urged', 'Harris']]);
  });

  it('ends the content when an earlier cue in it has that form', () => {
    // Only the ends are this rule's: where the first content starts is the edge rankers' choice.
    const [first, second] = summary('The governor responded by calling the bill reckless and accusing lawmakers of ignoring the budget.').map(([text]) => text);
    expect(first).toMatch(/the bill reckless$/);
    expect(second).toBe('lawmakers of ignoring the budget');
  });
});

describe('an absolute clause after ", with"', () => {
  it('ends the content when a named actor and a participle open it', () => {
    expect(summary("Clinton questioned the other candidate's fitness to lead, with Senator Bernie Sanders now pressing his attack on her record.")[0])
      .toEqual(["the other candidate's fitness to lead", 'questioned', 'Clinton']);
  });

  it('keeps it in the content after a figure, which reports as often', () => {
    expect(summary('The report found that wages rose in most states, with 40 percent of workers seeing gains.'))
      .toEqual([['that wages rose in most states, with 40 percent of workers seeing gains', 'found', 'The report']]);
  });
});

describe('", as well as" after a stance verb\'s object', () => {
  it('adds one more item to the object', () => {
    expect(summary('The senator thanked his parents, his wife and his children, as well as his campaign manager.'))
      .toEqual([['his parents, his wife and his children, as well as his campaign manager', 'thanked', 'The senator']]);
  });

  it('leaves ", as" before a clause of its own ending the object', () => {
    expect(summary('The senator criticized the new tax plan, as he has done for years.'))
      .toEqual([['the new tax plan', 'criticized', 'The senator']]);
  });
});
