import { describe, expect, it } from 'vitest';
import { HIDDEN_HIGHLIGHTS_KEY, highlightsHidden, rememberHighlights } from '../../../src/shared/highlight-memory';
import { FakeLocal } from './fake-local';

describe('highlights remembered per site', () => {
  it('shows them on a site never toggled', async () => {
    expect(await highlightsHidden(new FakeLocal(), 'https://news.example')).toBe(false);
  });

  it('keeps them hidden on the site where the reader hid them, and only there', async () => {
    const local = new FakeLocal();
    await rememberHighlights(local, 'https://news.example', false);
    expect(await highlightsHidden(local, 'https://news.example')).toBe(true);
    expect(await highlightsHidden(local, 'https://other.example')).toBe(false);
    expect(await highlightsHidden(local, 'http://news.example')).toBe(false);
  });

  it('shows them again once the reader turns them back on, leaving other sites as they were', async () => {
    const local = new FakeLocal();
    await rememberHighlights(local, 'https://a.example', false);
    await rememberHighlights(local, 'https://b.example', false);
    await rememberHighlights(local, 'https://a.example', false);
    expect(local.data[HIDDEN_HIGHLIGHTS_KEY]).toEqual(['https://b.example', 'https://a.example']);
    await rememberHighlights(local, 'https://a.example', true);
    expect(await highlightsHidden(local, 'https://a.example')).toBe(false);
    expect(await highlightsHidden(local, 'https://b.example')).toBe(true);
  });

  it('reads a damaged value as nothing hidden, and repairs it on the next toggle', async () => {
    const local = new FakeLocal();
    local.data[HIDDEN_HIGHLIGHTS_KEY] = { 'https://a.example': true };
    expect(await highlightsHidden(local, 'https://a.example')).toBe(false);
    local.data[HIDDEN_HIGHLIGHTS_KEY] = ['https://a.example', 42, null];
    expect(await highlightsHidden(local, 'https://a.example')).toBe(true);
    await rememberHighlights(local, 'https://b.example', false);
    expect(local.data[HIDDEN_HIGHLIGHTS_KEY]).toEqual(['https://a.example', 'https://b.example']);
  });
});
