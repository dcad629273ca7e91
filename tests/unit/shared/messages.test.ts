import { describe, expect, it } from 'vitest';
import {
  MAX_TEXT_LENGTH, httpOriginOf, isAnalysis, isHttpOrigin, parseAnalyzeResponse, parseStateResponse, parseToBackground,
  parseToContent, parseToPopup,
} from '../../../src/shared/messages';
import { ANALYSIS } from './locale';

describe('messages to the background', () => {
  it('accepts each well-formed message', () => {
    const good = [
      { type: 'analyze', text: 'Some text.', url: 'https://example.com/a', title: 'A' },
      { type: 'page-status', status: 'not-article', reason: 'too short', url: 'https://example.com/a?section=b' },
      { type: 'page-status', status: 'not-english', reason: '', url: 'https://example.fr/article' },
      { type: 'unanchored', quotes: [0, 2], entities: [] },
      { type: 'log', message: 'boom', where: 'paint' },
      { type: 'insert-css', css: '::highlight(whosaid-active) { color: red; }' },
      { type: 'remove-css', css: '' },
      { type: 'get-state', tabId: 4 },
      { type: 'analyze-tab', tabId: 4 },
      { type: 'set-site-enabled', tabId: 4, enabled: false },
      { type: 'set-always-run', origin: 'https://news.example', enabled: true },
      { type: 'forget-everything' },
    ];
    for (const message of good) expect(parseToBackground(message), message.type).toEqual(message);
  });

  it('rejects unknown types, missing and wrong fields, and inherited type names', () => {
    const bad: unknown[] = [
      null, 'analyze', [], {}, { type: 'nope' }, { type: 'toString' }, { type: '__proto__' },
      { type: 'analyze', text: 42, url: 'https://x.test' },
      { type: 'analyze', text: 'x' },
      { type: 'get-state', tabId: -1 },
      { type: 'get-state', tabId: 1.5 },
      { type: 'set-site-enabled', tabId: 1, enabled: 'yes' },
      { type: 'page-status', status: 'done', reason: '', url: 'https://x.test/' },
      { type: 'page-status', status: 'not-article', reason: '' },
      { type: 'unanchored', quotes: [-1], entities: [] },
      { type: 'set-always-run', origin: 'https://news.example/path', enabled: true },
      { type: 'set-always-run', origin: 'file:///etc', enabled: true },
    ];
    for (const message of bad) expect(parseToBackground(message), JSON.stringify(message)).toBeNull();
  });

  it('bounds the size of the text it accepts', () => {
    const at = { type: 'analyze', text: 'a'.repeat(MAX_TEXT_LENGTH), url: 'https://x.test' };
    expect(parseToBackground(at)).not.toBeNull();
    expect(parseToBackground({ ...at, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toBeNull();
  });
});

describe('messages to the content script and popup', () => {
  it('validates commands and jumps', () => {
    expect(parseToContent({ type: 'command', command: 'next-quote' })).not.toBeNull();
    expect(parseToContent({ type: 'command', command: 'rm -rf' })).toBeNull();
    expect(parseToContent({ type: 'jump-to', kind: 'entity', index: 3 })).not.toBeNull();
    expect(parseToContent({ type: 'jump-to', kind: 'speaker', index: 3 })).toBeNull();
    expect(parseToContent({ type: 'analyze', text: '', url: '' })).toBeNull();
  });

  it('validates state broadcasts, including the analysis inside', () => {
    const state = { status: 'done', url: 'https://x.test/', analysis: ANALYSIS, unanchored: { quotes: [], entities: [1] } };
    expect(parseToPopup({ type: 'state-changed', tabId: 3, state })).not.toBeNull();
    expect(parseToPopup({ type: 'state-changed', tabId: 3, state: { ...state, status: 'weird' } })).toBeNull();
    const site = { origin: 'https://x.test', enabled: true, alwaysRun: false };
    expect(parseStateResponse({ state, site })).not.toBeNull();
    expect(parseStateResponse({ state, site: { ...site, enabled: 1 } })).toBeNull();
  });
});

describe('isAnalysis', () => {
  it('accepts a consistent analysis', () => {
    expect(isAnalysis(ANALYSIS)).toBe(true);
  });

  it('makes an answer to analyze whole again with the text that was sent, and checks it against that text', () => {
    const { text, ...withoutText } = ANALYSIS;
    expect(parseAnalyzeResponse({ ok: true, analysis: withoutText, underlineSupported: false }, text))
      .toEqual({ analysis: ANALYSIS, underlineSupported: false });
    expect(parseAnalyzeResponse({ ok: true, analysis: withoutText, underlineSupported: false }, `x${text}`)).toBeNull();
    expect(parseAnalyzeResponse({ ok: false, error: 'parser failed' }, text)).toBeNull();
  });

  it('rejects offsets outside the text and spans whose text does not match', () => {
    const [first] = ANALYSIS.quotes;
    const outside = { ...ANALYSIS, quotes: [{ ...first, end: ANALYSIS.text.length + 1 }] };
    const mismatch = { ...ANALYSIS, quotes: [{ ...first, text: 'something else' }] };
    const reversed = { ...ANALYSIS, quotes: [{ ...first, start: first.end, end: first.start, text: '' }] };
    const badPart = { ...ANALYSIS, quotes: [{ ...first, parts: [[0, ANALYSIS.text.length + 5]] }] };
    const badType = { ...ANALYSIS, entities: [{ ...ANALYSIS.entities[0], type: 'ALIEN' }] };
    for (const analysis of [outside, mismatch, reversed, badPart, badType]) expect(isAnalysis(analysis)).toBe(false);
    expect(parseAnalyzeResponse({ ok: true, analysis: outside, underlineSupported: true }, ANALYSIS.text)).toBeNull();
  });
});

describe('origins', () => {
  it('recognises bare http(s) origins only', () => {
    expect(isHttpOrigin('https://example.com')).toBe(true);
    expect(isHttpOrigin('http://127.0.0.1:8080')).toBe(true);
    expect(isHttpOrigin('https://example.com/')).toBe(false);
    expect(isHttpOrigin('chrome://extensions')).toBe(false);
    expect(httpOriginOf('https://example.com/news/1?x=2')).toBe('https://example.com');
    expect(httpOriginOf('about:blank')).toBeNull();
    expect(httpOriginOf(undefined)).toBeNull();
  });
});
