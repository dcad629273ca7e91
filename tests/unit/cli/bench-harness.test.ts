/**
 * The pure parts of the bench harness (scripts/bench): word counts, medians, the
 * documents it builds from a corpus, and the rewrite of BENCHMARKS.md that must
 * touch nothing outside the bench markers.
 */
import { describe, expect, it } from 'vitest';
import { concatenate, prefixOfWords, type Corpus } from '../../../scripts/bench/data';
import { countWords, median } from '../../../scripts/bench/measure';
import { mainThreadTasks, type TraceEvent } from '../../../scripts/bench/main-thread';
import { END_MARKER, markdownTable, replaceBenchSection, START_MARKER } from '../../../scripts/bench/report';

const corpus = (texts: string[]): Corpus => ({ path: 'x', texts, words: texts.reduce((sum, text) => sum + countWords(text), 0) });

describe('countWords and median', () => {
  it('counts whitespace-separated words of any script and punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\ttwo\n\nthree\u00a0four  ')).toBe(4);
    expect(countWords('“Hi,” she said — twice.')).toBe(5);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('documents built from the corpus', () => {
  const articles = corpus(['a b c', 'd e', 'f g h i']);

  it('concatenates whole articles as paragraphs, cycling when the corpus is short', () => {
    expect(concatenate(articles, 5)).toBe('a b c\n\nd e');
    expect(concatenate(articles, 12)).toBe('a b c\n\nd e\n\nf g h i\n\na b c');
  });

  it('cuts a prefix at a paragraph break without going over the word count (but never to nothing)', () => {
    const text = 'a b c\n\nd e\n\nf g h i';
    expect(prefixOfWords(text, 5)).toBe('a b c\n\nd e');
    expect(prefixOfWords(text, 7)).toBe('a b c\n\nd e');
    expect(prefixOfWords(text, 100)).toBe(text);
    expect(prefixOfWords(text, 1)).toBe('a b c');
  });
});

describe('BENCHMARKS.md', () => {
  const table = markdownTable([
    { title: 'Parser', notes: [], rows: [{ measure: 'speed', value: '9 words/s', budget: '≥ 10 words/s', pass: false }, { measure: 'context', value: '1' }] },
  ]);

  it('renders rows with a verdict only where there is a budget', () => {
    expect(table.split('\n')).toEqual([
      '| Measure | Value | Budget | Result |',
      '|---|---|---|---|',
      '| Parser: speed | 9 words/s | ≥ 10 words/s | **FAIL** |',
      '| Parser: context | 1 |  |  |',
    ]);
  });

  it('rewrites only what lies between the markers', () => {
    const before = `# Benchmarks\n\nAccuracy: 0.9\n\n${START_MARKER}\nold numbers\n${END_MARKER}\n\n## Later section\n`;
    const after = replaceBenchSection(before, 'new numbers');
    expect(after).toBe(`# Benchmarks\n\nAccuracy: 0.9\n\n${START_MARKER}\nnew numbers\n${END_MARKER}\n\n## Later section\n`);
    expect(replaceBenchSection(after, 'newer')).toContain(`${START_MARKER}\nnewer\n${END_MARKER}\n\n## Later section`);
  });

  it('appends the marked section to a file that has none', () => {
    expect(replaceBenchSection('# Benchmarks\n\nAccuracy: 0.9\n', 'numbers')).toBe(
      `# Benchmarks\n\nAccuracy: 0.9\n\n${START_MARKER}\nnumbers\n${END_MARKER}\n`,
    );
  });
});

describe('main-thread tasks from a Chromium trace', () => {
  const MAIN = { pid: 1, tid: 1 };
  /** A complete event on the page's main thread, times in ms. */
  const event = (name: string, atMs: number, ms: number, url?: string): TraceEvent =>
    ({ name, ph: 'X', ts: atMs * 1000, dur: ms * 1000, ...MAIN, ...(url ? { args: { data: { url } } } : {}) });
  const dcl = (atMs: number): TraceEvent => ({ name: 'MarkDOMContent', ph: 'I', ts: atMs * 1000, ...MAIN, args: { data: { isMainFrame: true } } });
  const trace: TraceEvent[] = [
    event('RunTask', 0, 90), event('ParseHTML', 0, 90), // the page's parsing, before DOMContentLoaded
    dcl(100),
    event('RunTask', 101, 30), event('EvaluateScript', 101, 29, 'chrome-extension://abc/content.js'),
    event('RunTask', 140, 60), event('Layout', 141, 55), // the page's own first layout
    event('RunTask', 210, 45), event('RunMicrotasks', 211, 44), // the extension resuming after a pause
    event('RunTask', 300, 35), event('Paint', 310, 20), // a frame repainting highlights
    { ...event('RunTask', 400, 120), tid: 2 }, // another thread
  ];

  it("counts the extension's script tasks and every task from the first highlight on, not the page's own rendering", () => {
    // The first highlight is seen 200 ms after DOMContentLoaded, in the frame of the task at 300 ms.
    expect(mainThreadTasks(trace, 200)).toEqual({ extensionLongestMs: 45, anyLongestMs: 60 });
    // Highlights seen earlier: the page's rendering then may be theirs.
    expect(mainThreadTasks(trace, 50).extensionLongestMs).toBe(60);
    expect(mainThreadTasks(trace, null).extensionLongestMs).toBe(45);
  });

  it("counts a restyle without layout once the extension has run: its stylesheet goes in before the first highlight", () => {
    const restyles = (atMs: number, withLayout: boolean): TraceEvent[] => [
      event('RunTask', atMs, 48), event('UpdateLayoutTree', atMs + 1, 30), ...(withLayout ? [event('Layout', atMs + 31, 15)] : []),
    ];
    const withStylesheet = [...trace, ...restyles(260, false)].sort((a, b) => a.ts - b.ts);
    // The first highlight is seen 250 ms after DOMContentLoaded: the restyle at 260 ms comes before it.
    expect(mainThreadTasks(withStylesheet, 250).extensionLongestMs).toBe(48);
    // A restyle with a layout is the page's own rendering, and so is a restyle before the extension ran.
    expect(mainThreadTasks([...trace, ...restyles(260, true)].sort((a, b) => a.ts - b.ts), 250).extensionLongestMs).toBe(45);
    const early = [...trace.filter((one) => one.ts !== 101_000), ...restyles(50, false).map((one) => ({ ...one, ts: one.ts + 51_000 }))];
    expect(mainThreadTasks(early.sort((a, b) => a.ts - b.ts), null).extensionLongestMs).toBe(45);
  });

  it('needs the main frame\'s DOMContentLoaded mark', () => {
    expect(() => mainThreadTasks(trace.filter((one) => one.name !== 'MarkDOMContent'), 0)).toThrow(/DOMContentLoaded/);
  });
});
