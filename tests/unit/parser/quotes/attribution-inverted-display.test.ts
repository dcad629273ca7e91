/** "read the statement" right after a quotation attributes it; "read" elsewhere is the writer's verb. */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('a display verb before its subject, after a quotation', () => {
  it('attributes the quotation to the statement that "read" names', () => {
    const text = '“We are proud of the team and of its work on the harbor,” read the statement, which the mayor signed.';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([['direct', '“We are proud of the team and of its work on the harbor,”', 'read']]);
    expect(found[0].speaker?.name).toContain('statement');
  });

  it('does not take "read" for an attribution when the quotation hands over with no comma, question or cry', () => {
    const text = 'The council voted “to rebuild the old harbor wall.” read the statement again.';
    expect(quotes(text).every((q) => q.cue?.text !== 'read')).toBe(true);
  });
});
