import { describe, expect, it } from 'vitest';
import { tokenEndingAt, tokenStartingAt } from '../../../../src/parser/entities/token-index';
import { tokenize } from '../../../../src/parser/segment';

describe('token index', () => {
  const text = "Ask China's envoy.";
  const tokens = tokenize(text);

  it('finds the token starting at an offset, and only at a token start', () => {
    expect(tokenStartingAt(tokens, text.indexOf('China'))).toBe(1);
    expect(tokenStartingAt(tokens, text.indexOf('hina'))).toBe(-1);
    expect(tokenStartingAt(tokens, text.length)).toBe(-1);
  });

  it("finds a mention's last token, also when a possessive ending follows", () => {
    expect(tokenEndingAt(tokens, text.indexOf("'s"))).toBe(1);
    expect(tokenEndingAt(tokens, text.indexOf('envoy') + 5)).toBe(2);
    expect(tokenEndingAt(tokens, 0)).toBe(-1);
  });
});
