import { describe, expect, it } from 'vitest';
import { anchorAnalysis as anchorSteps, itemAtOffset, type AnchorOptions, type RangeSource } from '../../../src/content/paint/anchor';
import { runNow } from '../../../src/content/slices';
import type { Analysis } from '../../../src/shared/analysis';

const anchorAnalysis = (analysis: Analysis, map: RangeSource, options: AnchorOptions) => runNow(anchorSteps(analysis, map, options));
import { assignSpeakerSlots, speakerKey } from '../../../src/content/paint/speakers';
import { ANALYSIS } from '../shared/locale';

/** A fake offset map: a "Range" is just its offsets; spans touching `missing` cannot be mapped. */
function fakeMap(missing: Array<[number, number]> = []) {
  return {
    rangesFor(start: number, end: number): Range[] {
      if (missing.some(([a, b]) => start < b && a < end)) return [];
      return [{ start, end } as unknown as Range];
    },
  };
}

const options = { paletteSize: 7, showQuotes: true, entityTypes: ['PERSON', 'ORG', 'PLACE'] as const };

describe('speaker colours', () => {
  it('group quotes by entity and give speakers slots in order of first quote', () => {
    expect(speakerKey(ANALYSIS.quotes[0])).toBe(speakerKey(ANALYSIS.quotes[2]));
    expect(speakerKey(ANALYSIS.quotes[3])).toBeNull();
    expect(speakerKey(ANALYSIS.quotes[5])).toBeNull();
    const slots = assignSpeakerSlots(ANALYSIS.quotes, 7);
    expect([...slots.values()]).toEqual([0, 1]);
    expect(assignSpeakerSlots([...ANALYSIS.quotes].reverse(), 7)).toEqual(slots);
  });

  it('reuse slots when there are more speakers than colours', () => {
    const quotes = ['A', 'B', 'C'].map((name, i) => ({ ...ANALYSIS.quotes[0], start: i, speaker: { name } }));
    expect([...assignSpeakerSlots(quotes, 2).values()]).toEqual([0, 1, 0]);
  });

  it('keep the slots speakers had in the previous paint, by name, and give newcomers the free ones', () => {
    const quote = (name: string, start: number, entityId?: string) =>
      ({ ...ANALYSIS.quotes[0], start, speaker: { name, ...(entityId ? { entityId } : {}) } });
    // The preview of the part in view met Carol and Dan first; the whole article starts with Alice and Bob.
    const preview = assignSpeakerSlots([quote('Carol Ames', 500, 'e0'), quote('Dan Brook', 600, 'e1')], 4);
    const kept = new Map([['carol ames', preview.get('entity:e0')!], ['dan brook', preview.get('entity:e1')!]]);
    const whole = [quote('Alice Cole', 10, 'e0'), quote('Bob Dunn', 20, 'e1'), quote('Carol Ames', 500, 'e2'), quote('Dan Brook', 600, 'e3'), quote('Eve Fox', 700, 'e4')];
    const slots = assignSpeakerSlots(whole, 4, kept);
    expect(slots.get('entity:e2')).toBe(0);
    expect(slots.get('entity:e3')).toBe(1);
    expect([slots.get('entity:e0'), slots.get('entity:e1')]).toEqual([2, 3]);
    // Every slot taken: the next newcomer shares one.
    expect(slots.get('entity:e4')).toBeLessThan(4);
    // A kept slot the palette no longer has is given again.
    expect(assignSpeakerSlots([quote('Carol Ames', 0)], 2, new Map([['carol ames', 3]])).get('name:carol ames')).toBe(0);
  });
});

describe('anchoring', () => {
  it('paints quote parts, entity mentions of shown types, in text order', () => {
    const { items, unanchored, speakerSlots } = anchorAnalysis(ANALYSIS, fakeMap(), { ...options, entityTypes: [...options.entityTypes] });
    // Handed to the next paint of the page, which keeps them (see 'speaker colours').
    expect(speakerSlots).toEqual(new Map([['jane doe', 0], ['world health organization', 1]]));
    expect(unanchored).toEqual({ quotes: [], entities: [] });
    const split = items.find((item) => item.kind === 'quote' && item.index === 2)!;
    expect(split.ranges).toHaveLength(2);
    expect(split.highlight).toBe('whosaid-quote-direct-0');
    expect(items.find((item) => item.kind === 'quote' && item.index === 1)!.highlight).toBe('whosaid-quote-reported-0');
    expect(items.find((item) => item.kind === 'quote' && item.index === 3)!.highlight).toBe('whosaid-quote-reported-none');
    expect(items.filter((item) => item.kind === 'entity')).toHaveLength(6);
    expect(items.map((item) => item.start)).toEqual([...items.map((item) => item.start)].sort((a, b) => a - b));
  });

  it('lists what it cannot find, and leaves out hidden types without calling them missing', () => {
    const who = ANALYSIS.entities[1].mentions;
    const missing: Array<[number, number]> = [[ANALYSIS.quotes[5].start, ANALYSIS.quotes[5].end], ...who.map((m): [number, number] => [m.start, m.end])];
    const { items, unanchored } = anchorAnalysis(ANALYSIS, fakeMap(missing), { ...options, entityTypes: ['PERSON'] });
    expect(unanchored.quotes).toEqual([5]);
    expect(unanchored.entities).toEqual([1]);
    expect(items.some((item) => item.kind === 'entity' && item.index === 2)).toBe(false);
  });

  it('does not paint quotes when they are switched off, yet still reports missing ones', () => {
    const { items, unanchored } = anchorAnalysis(ANALYSIS, fakeMap([[ANALYSIS.quotes[0].start, ANALYSIS.quotes[0].end]]), { ...options, entityTypes: [], showQuotes: false });
    expect(items).toEqual([]);
    expect(unanchored.quotes).toEqual([0]);
  });

  it('survives an offset map that throws', () => {
    const throwing = { rangesFor(): Range[] { throw new Error('stale'); } };
    const { items, unanchored } = anchorAnalysis(ANALYSIS, throwing, { ...options, entityTypes: ['PERSON'] });
    expect(items).toEqual([]);
    expect(unanchored.quotes).toHaveLength(ANALYSIS.quotes.length);
  });

  it('finds the innermost item at an offset', () => {
    const { items } = anchorAnalysis(ANALYSIS, fakeMap(), { ...options, entityTypes: ['PERSON', 'ORG', 'PLACE'] });
    const whoInQuote = ANALYSIS.entities[1].mentions[2];
    const hit = itemAtOffset(items, whoInQuote.start + 1);
    expect(hit?.kind).toBe('entity');
    expect(itemAtOffset(items, ANALYSIS.quotes[0].start + 2)?.kind).toBe('quote');
    expect(itemAtOffset(items, ANALYSIS.text.indexOf('agreed'))).toBeNull();
  });
});
