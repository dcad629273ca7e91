/**
 * A capitalised quotation with no punctuation of its own that the writer's words carry on from
 * ("... before discussing specifics, he said") is the head of a mixed quotation running to the
 * end of that clause; one that is the subject of the writer's sentence, or a title, stays alone.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('quotations the writer runs on from', () => {
  it('runs a quotation on to the end of the clause that a preposition or "that" carries it into', () => {
    for (const [text, expected] of [
      ['Duarte was asked about the budget. “I want to wait until I meet the council” before discussing it, she said.',
        '“I want to wait until I meet the council” before discussing it'],
      ['“You cannot begin that process until you prove to people” that the border is safe, Duarte said.',
        '“You cannot begin that process until you prove to people” that the border is safe'],
    ]) {
      const found = quotes(text).find((q) => q.text.startsWith('“'));
      expect([found?.kind, found?.text]).toEqual(['mixed', expected]);
    }
  });

  it('leaves alone a quotation that closes with punctuation, that a verb follows, or that names a work', () => {
    for (const [text, alone] of [
      ['“I want to wait until I meet the council,” before discussing it, she said.', '“I want to wait until I meet the council,”'],
      ['Mrs. Duarte offered a slogan. “I am totally committed to bringing back jobs” sounds great in Ohio.', '“I am totally committed to bringing back jobs”'],
      ['The mayor wore a hat reading “Make Harbor City Great Again” on Wednesday night.', '“Make Harbor City Great Again”'],
    ]) {
      expect(quotes(text).find((q) => q.text.startsWith('“'))?.text).toBe(alone);
    }
  });
});
