/**
 * The CLI end to end, as a user runs it from source (`tsx src/cli/main.ts`):
 * the JSON contract, batch mode on worker threads, and every error path giving
 * one line on stderr and a non-zero exit, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { version } from '../../../package.json';
import type { Analysis } from '../../../src/shared/analysis';

// Each case starts Node and compiles the CLI with tsx: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function whosaid(args: string[], stdin = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const PARAGRAPHS = [
  'The city council approved the harbour plan on Tuesday after a debate that ran late into the evening, with members split over the cost of the project and its timetable.',
  '“This is the most important decision we have made in a decade,” said Mayor Ana Ruiz, who has championed the plan since her election two years ago.',
  'Opponents said the plan would raise taxes for families across the city. Council member Tom Baker said the district’s residents had not been consulted.',
  'The Harbour Development Agency (HDA) will publish a schedule next month, according to a spokesman for the agency, and work could begin in the spring.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const PAGE = `<!doctype html><html><head><title>Council votes</title></head><body>
<nav><a href="/">Home</a> <a href="/news">Latest news</a></nav>
<article><h1>Council approves the harbour plan</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright The Daily Example</footer></body></html>`;

/** Every offset in an analysis slices its text back to the stated piece. */
function expectOffsetsSlice(analysis: Analysis): void {
  const at = (start: number, end: number) => analysis.text.slice(start, end);
  for (const quote of analysis.quotes) {
    expect(at(quote.start, quote.end)).toBe(quote.text);
    if (quote.cue) expect(at(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    for (const [start, end] of quote.parts ?? []) expect(start >= quote.start && end <= quote.end && start < end).toBe(true);
  }
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) expect(at(mention.start, mention.end)).toBe(mention.text);
  }
}

function expectOneLineError(run: Run, message: RegExp): void {
  expect(run.status).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^whosaid: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
  await writeFile(join(dir, 'article.txt'), TEXT);
  await writeFile(join(dir, 'page.html'), PAGE);
  await writeFile(join(dir, 'blank.txt'), '  \n\n');
  await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await writeFile(join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
});

describe('whosaid analyze FILE', () => {
  it('prints exactly one {"text","quotes","entities"} object whose offsets slice its text', async () => {
    const run = await whosaid(['analyze', join(dir, 'article.txt')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd()).not.toContain('\n');
    const analysis = JSON.parse(run.stdout) as Analysis;
    expect(Object.keys(analysis)).toEqual(['text', 'quotes', 'entities']);
    expect(analysis.text).toBe(TEXT);
    expect(analysis.entities.length).toBeGreaterThan(0);
    expectOffsetsSlice(analysis);
  });

  it('warns on stderr, and still prints the analysis, when the text is not English', async () => {
    const french = 'Le gouvernement a annoncé jeudi que les nouvelles mesures entreraient en vigueur la semaine prochaine, ' +
      'a déclaré la ministre aux journalistes, ajoutant que des experts étaient en route.\n';
    const run = await whosaid(['analyze', '-'], french);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('whosaid: warning: stdin does not look like English; the parser reads English only\n');
    expect((JSON.parse(run.stdout) as Analysis).text).toBe(french);
  });

  it('reads text from stdin with -', async () => {
    const run = await whosaid(['analyze', '-'], TEXT);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Analysis).text).toBe(TEXT);
  });

  it('analyses the article of an HTML page (a .html file, or stdin with --html), as extract prints it', async () => {
    const [analyzed, extracted, piped] = await Promise.all([
      whosaid(['analyze', join(dir, 'page.html')]),
      whosaid(['extract', join(dir, 'page.html')]),
      whosaid(['analyze', '--html', '-'], PAGE),
    ]);
    expect(analyzed.status).toBe(0);
    expect(extracted.status).toBe(0);
    expect(piped.stdout).toBe(analyzed.stdout);
    const analysis = JSON.parse(analyzed.stdout) as Analysis;
    expect(analysis.text).toContain(PARAGRAPHS[1]);
    expect(analysis.text).not.toMatch(/Latest news|Copyright/);
    expect(extracted.stdout).toBe(`${analysis.text}\n`);
    expect(extracted.stdout).toContain(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    expectOffsetsSlice(analysis);
  });
});

describe('whosaid --help, --version', () => {
  it('prints the usage and the package version', async () => {
    const [help, ver] = await Promise.all([whosaid(['--help']), whosaid(['--version'])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^whosaid .*\n\nUsage:\n.*analyze FILE.*\n.*--jsonl/s);
    expect(ver).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('bad input', () => {
  const cases: Array<[string, () => string[], string, RegExp, number]> = [
    ['a missing file', () => ['analyze', join(dir, 'missing.txt')], '', /missing\.txt: no such file/, 1],
    ['a directory', () => ['analyze', dir], '', /is a directory/, 1],
    ['a binary file', () => ['analyze', join(dir, 'image.png')], '', /image\.png: looks like a binary file/, 1],
    ['an empty file', () => ['analyze', join(dir, 'blank.txt')], '', /blank\.txt: is empty/, 1],
    ['empty stdin', () => ['analyze', '-'], '', /stdin: is empty/, 1],
    ['a page without an article', () => ['extract', join(dir, 'menu.html')], '', /menu\.html: not an article/, 1],
    ['an unknown command', () => ['summarize', 'x'], '', /unknown command "summarize"/, 2],
    ['an unknown flag', () => ['analyze', '--fast', 'x'], '', /unknown option '--fast'/, 2],
    ['a bad thread count', () => ['analyze', '--jsonl', '--threads', 'many'], '', /--threads must be/, 2],
    ['empty batch input', () => ['analyze', '--jsonl'], '\n\n', /stdin: no JSON lines/, 1],
  ];
  for (const [what, args, stdin, message, status] of cases) {
    it(`explains ${what} in one line, exit ${status}`, async () => {
      const run = await whosaid(args(), stdin);
      expectOneLineError(run, message);
      expect(run.status).toBe(status);
    });
  }
});

describe('whosaid analyze --jsonl', () => {
  const input = [
    JSON.stringify({ id: 'a', text: PARAGRAPHS[1] }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 2, html: PAGE }),
    '',
    JSON.stringify({ id: 'c', text: PARAGRAPHS[3] }),
    JSON.stringify({ id: 'd', html: '<p>too short</p>' }),
  ].join('\n');

  it('writes one line per document, in order, with error lines for bad ones, on any number of threads', async () => {
    const [pooled, single] = await Promise.all([
      whosaid(['analyze', '--jsonl', '--threads', '2'], input),
      whosaid(['analyze', '--jsonl', '--threads', '1'], input),
    ]);
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(single.stdout);
    // stderr is not a terminal here: no progress bar, only the failure count.
    expect(pooled.stderr).toBe('whosaid: 2 of 5 documents failed (see their "error" lines)\n');

    const lines = pooled.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 2, 'c', 'd']);
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: malformed JSON/) });
    expect(lines[4]).toEqual({ id: 'd', error: expect.stringMatching(/^line 6: html: not an article/) });
    expect(lines[0].text).toBe(PARAGRAPHS[1]);
    expect(lines[2].text).toContain(PARAGRAPHS[2]);
    for (const line of [lines[0], lines[2], lines[3]]) {
      expect(Object.keys(line)).toEqual(['id', 'text', 'quotes', 'entities']);
      expectOffsetsSlice(line);
    }
  });

  it('reads the lines from a file too', async () => {
    await writeFile(join(dir, 'docs.jsonl'), input);
    const [fromFile, fromStdin] = await Promise.all([
      whosaid(['analyze', '--jsonl', '-t', '1', join(dir, 'docs.jsonl')]),
      whosaid(['analyze', '--jsonl', '-t', '1'], input),
    ]);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });
});
