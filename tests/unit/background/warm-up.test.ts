import { describe, expect, it } from 'vitest';
import { createWarmUp, runsByItself, WARM_UP_TEXT } from '../../../src/background/warm-up';
import { analyze } from '../../../src/parser';
import { defaultStored, withSiteChoice } from '../../../src/shared/settings';

describe('createWarmUp', () => {
  it('analyses its own text once, on a later task, however often it is called', () => {
    const analysed: string[] = [];
    const scheduled: Array<() => void> = [];
    const warmUp = createWarmUp((text) => analysed.push(text), () => undefined, (run) => scheduled.push(run));
    warmUp.run();
    warmUp.run();
    expect(analysed).toEqual([]);
    expect(scheduled).toHaveLength(1);
    scheduled[0]();
    expect(analysed).toEqual([WARM_UP_TEXT]);
  });

  it('logs a failing parser instead of throwing', () => {
    const logs: string[] = [];
    const warmUp = createWarmUp(() => { throw new Error('no tables'); }, (what, detail) => logs.push(`${what}: ${detail}`), (run) => run());
    expect(() => warmUp.run()).not.toThrow();
    expect(logs).toEqual(['warm-up: no tables']);
  });

  it('warms with a text that exercises quotes and entities', () => {
    const { quotes, entities } = analyze(WARM_UP_TEXT);
    expect(quotes.map((q) => q.kind)).toEqual(expect.arrayContaining(['direct', 'indirect']));
    expect(entities.map((e) => e.type)).toEqual(expect.arrayContaining(['PERSON', 'ORG', 'DATE', 'MONEY', 'PLACE']));
  });
});

describe('runsByItself', () => {
  const always = withSiteChoice(defaultStored(), 'https://news.example', { alwaysRun: true });

  it('holds for a page of a site set to always run', () => {
    expect(runsByItself(always, 'https://news.example/story')).toBe(true);
  });

  it('does not hold for other sites, switched-off sites or pages that are not http(s)', () => {
    expect(runsByItself(always, 'https://other.example/story')).toBe(false);
    expect(runsByItself(withSiteChoice(always, 'https://news.example', { enabled: false }), 'https://news.example/story')).toBe(false);
    expect(runsByItself(always, 'about:blank')).toBe(false);
    expect(runsByItself(always, undefined)).toBe(false);
  });
});
