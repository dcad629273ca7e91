/**
 * An interview's turns ("Q: ...", "A: ...") are quotations labelled with their side: an answer, and the "I"
 * that answers, are the interviewee's, the person the article introduces before the first turn.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';

const INTRO = 'Senator Jane Doe met the Courier on Monday. Doe has served two terms, and Mark Lee took her photograph.\n\n';

function speakers(text: string): Array<[string, string | undefined, string | undefined]> {
  return analyze(text).quotes.map((q) => [q.text, q.speaker?.name, q.speaker ? text.slice(q.speaker.start, q.speaker.end) : undefined]);
}

describe('interview turns', () => {
  it('gives each answer to the interviewee, with the label as the local mention', () => {
    const text = `${INTRO}Q: Why did you vote against the bill?\n\nA: The bill cuts school funding by a third.\n\nQ: Will you run again?\n\nA: Not this year, because my family comes first.`;
    expect(speakers(text)).toEqual([
      ['Why did you vote against the bill?', 'Q', 'Q'],
      ['The bill cuts school funding by a third', 'Jane Doe', 'A'],
      ['Will you run again?', 'Q', 'Q'],
      ['Not this year, because my family comes first', 'Jane Doe', 'A'],
    ]);
  });

  it('gives the "I" of an answer to the interviewee, in the paragraphs an answer runs on over too', () => {
    const text = `${INTRO}Q: Why did you vote against it?\n\nA: The bill cuts school funding by a third.\n\nI promised voters I would never do that.`;
    expect(speakers(text)).toContainEqual(['voters I would never do that', 'Jane Doe', 'I']);
  });

  it('reads no answer label in an article without questions', () => {
    const text = `${INTRO}A: The bill cuts school funding by a third.\n\nI promised voters I would never do that.`;
    expect(speakers(text).map(([, name]) => name)).not.toContain('Jane Doe');
  });
});
