import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../../src/parser/entities/gazetteer';
import { tokenize } from '../../../../src/parser/segment';

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer({ LOC: ['new york', 'york'], ORG: ['new york times'], PER: ['york'] });

  it('labels the longest listed name with all its types', () => {
    expect(gazetteer.match(tokenize('The New York Times in York'))).toEqual(['', 'B-ORG', 'I-ORG', 'L-ORG', '', 'U-LOC PER']);
  });

  it('ignores possessive endings and lower-case words', () => {
    expect(gazetteer.match(tokenize("York's new york"))).toEqual(['U-LOC PER', '', '']);
  });

  it('counts a name listed twice under one type once', () => {
    const twice = new Gazetteer({ ORG: ['reuters', 'reuters'], PER: ['reuters'] });
    expect(twice.match(tokenize('Reuters'))).toEqual(['U-ORG PER']);
  });
});
