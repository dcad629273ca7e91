/**
 * `--browser`: the built test extension in headless Chromium and Firefox, on the
 * sample page and on a 30,000-word page made from it: time from DOMContentLoaded
 * to the last highlight painted, and (Chromium only, the APIs exist nowhere
 * else) the longest main-thread task, layout shift and JS heap. Reuses the e2e
 * tests' browser drivers and server; page-probe.js records in the page.
 */
import { copyFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { startBrowser, type BrowserName, type DrivenPage } from '../../tests/e2e/support/driver';
import { sampleSiteDir } from '../../tests/e2e/support/paths';
import { serveStatic } from '../../tests/e2e/support/serve';
import { waitFor } from '../../tests/e2e/support/wait';
import { BROWSER_BUDGETS, LONG_PAGE_WORDS } from './budgets';
import { countWords, formatCount, median } from './measure';
import type { Row, Section } from './report';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
/** Loads of each page per browser; the paint time is their median, the long task and shift their worst. */
const PAGE_RUNS = 3;
/** Highlights unchanged for this long count as finished painting. */
const SETTLED_MS = 1000;
const PAINT_TIMEOUT_MS = 60_000;
const PROBE_FILE = 'page-probe.js';

interface PageSpec {
  file: string;
  label: string;
  paintBudgetMs: number;
}

interface Probe {
  firstPaintedAt: number | null;
  lastChangeAt: number | null;
  ranges: number;
  longTasks: Array<{ start: number; duration: number }>;
  layoutShifts: Array<{ start: number; value: number }>;
  observes: string[];
  domContentLoaded: number;
  now: number;
  heapBytes: number | null;
  userAgent: string;
}

/** Runs in the page: what page-probe.js recorded, plus navigation timing and heap. */
function readProbe(): Probe {
  const recorded = (window as unknown as { __whosaidBench: Omit<Probe, 'domContentLoaded' | 'now' | 'heapBytes' | 'userAgent'> }).__whosaidBench;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    ...recorded,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    now: performance.now(),
    heapBytes: memory ? memory.usedJSHeapSize : null,
    userAgent: navigator.userAgent,
  };
}

/** The sample page's article paragraphs repeated until the article has `words` words. */
function longPage(sampleHtml: string, words: number): string {
  const { document } = parseHTML(sampleHtml);
  const body = document.querySelector('.story-body');
  if (!body) throw new Error('the sample page has no .story-body to repeat');
  const blocks = [...body.children].map((child) => ({ html: child.outerHTML, words: countWords(child.textContent ?? '') }));
  const pieces: string[] = [];
  for (let total = 0, i = 0; total < words; i++) {
    pieces.push(blocks[i % blocks.length].html);
    total += blocks[i % blocks.length].words;
  }
  body.innerHTML = pieces.join('\n');
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** A copy of the sample site with the probe in every page, plus the long page. */
async function buildSite(dir: string): Promise<void> {
  await cp(sampleSiteDir, dir, { recursive: true });
  await copyFile(join(import.meta.dirname, PROBE_FILE), join(dir, PROBE_FILE));
  const sample = (await readFile(join(dir, 'index.html'), 'utf8')).replace('<head>', `<head>\n<script src="${PROBE_FILE}"></script>`);
  await writeFile(join(dir, 'index.html'), sample);
  await writeFile(join(dir, 'long.html'), longPage(sample, LONG_PAGE_WORDS));
}

async function loadAndSettle(page: DrivenPage, url: string): Promise<Probe> {
  await page.goto(url);
  let probe: Probe | undefined;
  await waitFor(async () => {
    probe = await page.evaluate(readProbe, null);
    return probe.lastChangeAt !== null && probe.now - probe.lastChangeAt >= SETTLED_MS;
  }, `highlights on ${url}`, PAINT_TIMEOUT_MS);
  return probe!;
}

function pageRows(browser: BrowserName, spec: PageSpec, probes: Probe[]): Row[] {
  const name = `${browser}, ${spec.label}`;
  const paintMs = median(probes.map((probe) => probe.lastChangeAt! - probe.domContentLoaded));
  const firstMs = median(probes.map((probe) => probe.firstPaintedAt! - probe.domContentLoaded));
  const rows: Row[] = [{
    measure: `${name}: last highlight painted after DOMContentLoaded`,
    value: `${paintMs.toFixed(0)} ms (first ${firstMs.toFixed(0)} ms; ${formatCount(probes[0].ranges)} ranges)`,
    budget: `≤ ${spec.paintBudgetMs} ms`,
    pass: paintMs <= spec.paintBudgetMs,
  }];
  const afterLoad = <T extends { start: number }>(entries: T[], probe: Probe) => entries.filter((entry) => entry.start >= probe.domContentLoaded);
  if (probes[0].observes.includes('longtask')) {
    const longest = Math.max(0, ...probes.flatMap((probe) => afterLoad(probe.longTasks, probe).map((task) => task.duration)));
    rows.push({ measure: `${name}: longest main-thread task after DOMContentLoaded`, value: `${longest.toFixed(0)} ms`, budget: `≤ ${BROWSER_BUDGETS.longTaskMs} ms`, pass: longest <= BROWSER_BUDGETS.longTaskMs });
  }
  if (probes[0].observes.includes('layout-shift')) {
    const shift = Math.max(...probes.map((probe) => afterLoad(probe.layoutShifts, probe).reduce((sum, entry) => sum + entry.value, 0)));
    rows.push({ measure: `${name}: layout shift after DOMContentLoaded`, value: shift.toFixed(4), budget: '0', pass: shift === 0 });
  }
  const heaps = probes.flatMap((probe) => (probe.heapBytes === null ? [] : [probe.heapBytes]));
  if (heaps.length > 0) rows.push({ measure: `${name}: JS heap of the page, all worlds`, value: `${(median(heaps) / 1024 / 1024).toFixed(1)} MB` });
  return rows;
}

async function measureBrowser(browserName: BrowserName, origin: string, pages: PageSpec[]): Promise<{ rows: Row[]; version: string }> {
  const browser = await startBrowser(browserName);
  try {
    const page = await browser.newPage();
    const rows: Row[] = [];
    let version: string = browserName;
    for (const spec of pages) {
      const probes: Probe[] = [];
      for (let run = 0; run < PAGE_RUNS; run++) probes.push(await loadAndSettle(page, `${origin}/${spec.file}?run=${run}`));
      version = /(?:Chrome|Firefox)\/[\d.]+/.exec(probes[0].userAgent)?.[0] ?? version;
      rows.push(...pageRows(browserName, spec, probes));
    }
    return { rows, version };
  } finally {
    await browser.close();
  }
}

export async function browserSection(): Promise<Section> {
  const pages: PageSpec[] = [
    { file: 'index.html', label: 'sample page', paintBudgetMs: BROWSER_BUDGETS.samplePaintMs },
    { file: 'long.html', label: `${formatCount(LONG_PAGE_WORDS)}-word page`, paintBudgetMs: BROWSER_BUDGETS.longPagePaintMs },
  ];
  const rows: Row[] = [];
  const versions: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'whosaid-bench-site-'));
  try {
    await buildSite(dir);
    const server = await serveStatic(dir);
    try {
      for (const browserName of BROWSERS) {
        try {
          const measured = await measureBrowser(browserName, server.origin, pages);
          rows.push(...measured.rows);
          versions.push(measured.version);
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          rows.push({ measure: browserName, value: `failed: ${reason}`, budget: 'runs', pass: false });
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const notes = [
    `built test extension (dist/*-test) in headless ${versions.join(' and ') || 'browsers'}, median of ${PAGE_RUNS} loads per page; painting counts as finished when the highlights stay unchanged for ${SETTLED_MS} ms.`,
    "times run from DOMContentLoaded, which comes no later than the content script's document_idle start: an upper bound on the time from content-script start.",
    "long tasks, layout shift and heap are Chromium-only APIs; the pages have no script of their own, so tasks after DOMContentLoaded are the extension's work and the browser's rendering of it.",
  ];
  return { title: 'Browser', rows, notes };
}
