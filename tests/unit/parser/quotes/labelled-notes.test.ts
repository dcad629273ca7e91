/**
 * A line opened by a label and a colon is what the label's speaker says, unless the label heads a
 * note or a section ("Editor's Note:", "CORRECTION:", "Review:") or the rest lists names ("Iowa: Tim Albrecht, Brad Anderson, ...").
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('labelled lines that are no quotation', () => {
  it('reads nothing into an editor\'s note or a correction', () => {
    expect(quotes('The mayor spoke on Monday.\n\nEditor\u2019s Note: The following is part 3 of an excerpt from her new book.')).toEqual([]);
    expect(quotes('The mayor spoke on Monday.\n\nCORRECTION: An earlier version of this article misstated the toll.')).toEqual([]);
    expect(quotes('Deals end at midnight.\n\nFTC: We use income earning auto affiliate links. More.')).toEqual([]);
  });

  it('gives no speaker to a section or kicker label, and reads the rest of the line as any sentence', () => {
    expect(quotes('Our critic played it twice.\n\nReview: High-flying \u2018NBA 2K17\u2019 has a career year')).toEqual([]);
    const found = quotes('EXCLUSIVE: In a memo to Congress, Saudis insist they are fighting terror.\n\nThe memo was sent on Monday.');
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([['they are fighting terror', 'Saudis']]);
  });

  it('reads nothing into a roster of names', () => {
    expect(quotes('The panel was chosen in May.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.')).toEqual([]);
  });

  it('reads nothing, and does not fail, when a label closes the text with nothing after it', () => {
    expect(quotes('Dr. Ana Ruiz : ')).toEqual([]);
    expect(quotes('The clinic opened on Monday.\n\nDr. Ana Maria Ruiz:')).toEqual([]);
  });

  it('still reads a speaker\'s line that names people', () => {
    const found = quotes('The mayor spoke to us.\n\nDUARTE: Ines Lopez, Tom Reyes and I will open the tunnel.');
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([['Ines Lopez, Tom Reyes and I will open the tunnel', 'DUARTE']]);
  });
});
