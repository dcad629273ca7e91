import { describe, expect, it } from 'vitest';
import { groupEntities, quoteWords, rankSpeakers, splitPeople, summarize } from '../../../src/popup/view-model';
import { ANALYSIS } from '../shared/locale';

describe('popup view model', () => {
  it('summarises quotes by kind of source and share of direct speech', () => {
    expect(summarize(ANALYSIS)).toEqual({ quotes: 6, named: 2, anonymous: 1, unattributed: 1, direct: 3, reported: 3 });
    expect(summarize({ ...ANALYSIS, quotes: [] })).toEqual({ quotes: 0, named: 0, anonymous: 0, unattributed: 0, direct: 0, reported: 0 });
  });

  it('ranks named speakers by quote count, then anonymous, then unattributed', () => {
    const groups = rankSpeakers(ANALYSIS);
    expect(groups.map((group) => [group.kind, group.name, group.quotes])).toEqual([
      ['named', 'Jane Doe', [0, 1, 2]],
      ['named', 'World Health Organization', [4]],
      ['anonymous', '', [3]],
      ['unattributed', '', [5]],
    ]);
  });

  it('breaks ties by who is quoted first', () => {
    const [a, , , , b] = ANALYSIS.quotes;
    const analysis = { ...ANALYSIS, quotes: [b, a] };
    expect(rankSpeakers(analysis).map((group) => group.name)).toEqual(['Jane Doe', 'World Health Organization']);
  });

  it('tells people quoted from people only mentioned', () => {
    expect(splitPeople(ANALYSIS)).toEqual({ quoted: [0], mentioned: [3] });
  });

  it('groups entities by type in contract order, most mentioned first', () => {
    expect(groupEntities(ANALYSIS).map((group) => [group.type, group.entities, group.mentions])).toEqual([
      ['PERSON', [0, 3], 2],
      ['ORG', [1], 3],
      ['PLACE', [2], 1],
    ]);
  });

  it('shows a split quote without the attribution that interrupts it', () => {
    expect(quoteWords(ANALYSIS, ANALYSIS.quotes[2])).toBe('“It was hard,” … “but fair.”');
    expect(quoteWords(ANALYSIS, ANALYSIS.quotes[0])).toBe('“We will build the wall,”');
  });
});
