import { describe, expect, it } from 'vitest';
import { shape, viewDocument, wordAt } from '../../../../src/parser/entities/features';
import { Gazetteer } from '../../../../src/parser/entities/gazetteer';
import { segment } from '../../../../src/parser/segment';

describe('shape', () => {
  it('collapses runs of one character class', () => {
    expect(shape('Mingzhu')).toBe('Xx');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('COVID-19')).toBe('X-d');
    expect(shape('McDonald')).toBe('XxXx');
  });
});

describe('viewDocument', () => {
  const text = 'STORM HITS COAST\n\nRain fell. "Harbour officials in Kiel said the harbour closed."';
  const view = viewDocument(segment(text), new Gazetteer({}));
  const index = (word: string) => view.words.indexOf(word);

  it('marks headlines in capitals', () => {
    expect(view.capsLine[index('STORM')]).toBe(1);
    expect(view.capsLine[index('Rain')]).toBe(0);
  });

  it('marks sentence-initial words, also after an opening quote', () => {
    expect(view.initial[index('Rain')]).toBe(1);
    expect(view.initial[index('Harbour')]).toBe(1);
    expect(view.initial[index('Kiel')]).toBe(0);
  });

  it('records how a word is written elsewhere in the document', () => {
    expect(view.elsewhere[index('Harbour')]).toBe('l');
    expect(view.elsewhere[index('Kiel')]).toBe('c');
  });

  it('pads the window at sentence edges', () => {
    expect(wordAt(view, index('Rain'), -1)).toBe('<s>');
    expect(wordAt(view, index('Rain'), 1)).toBe('fell');
  });
});

describe('title-case headlines', () => {
  const text = 'Storm Hits Coast As Harbour Closes\n\nA storm hit the coast and the harbour closes today.\n\nAnna Berg, Head of Harbour Operations, Kiel';
  const view = viewDocument(segment(text), new Gazetteer({}));

  it('tells a headline from a line of names', () => {
    expect(view.titleLine[view.words.indexOf('Storm')]).toBe(1);
    expect(view.titleLine[view.words.indexOf('Anna')]).toBe(0);
  });

  it('does not count headline capitals as names written elsewhere', () => {
    expect(view.elsewhere[view.words.indexOf('Storm')]).toBe('l');
  });
});
