#!/usr/bin/env node
/**
 * `npm start [-- --firefox] [-- --headless]`: shows Whosaid working at once. Builds the extension
 * when the build is missing or older than its sources, serves the project's sample article on
 * 127.0.0.1, and opens Chromium (or Firefox) with the test flavour of the extension, which
 * annotates that page by itself.
 *
 * With a display, the browser stays open until you close it (or press Ctrl+C). Without one, or
 * with --headless, it waits for the highlights, prints the quotes it painted and what the popup
 * lists, saves a screenshot to dist/whosaid-start.png, and exits.
 *
 * The launch, serve and page-reading helpers are the e2e tests' own (tests/e2e/support), loaded
 * through tsx, so that `npm start` shows exactly what the tests check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--firefox', '--headless'].includes(arg));
if (unknown.length > 0) {
  console.error(`npm start: unknown option ${unknown.join(' ')} (use --firefox and/or --headless)`);
  process.exit(2);
}
const browserName = args.has('--firefox') ? 'firefox' : 'chromium';
const headless = args.has('--headless') || !process.env.DISPLAY;

/** Everything the extension build reads. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json', 'scripts/build.mjs'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function buildIfNeeded(builtManifest) {
  const builtAt = existsSync(builtManifest) ? statSync(builtManifest).mtimeMs : 0;
  const sourcesAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));
  if (builtAt >= sourcesAt) return;
  console.log('Building the extension (npm run build)…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const load = (path) => tsImport(join(root, 'tests/e2e/support', path), import.meta.url);
const [{ startBrowser }, paths, probes, { serveStatic }, { waitFor }] = await Promise.all(
  ['driver.ts', 'paths.ts', 'probes.ts', 'serve.ts', 'wait.ts'].map(load),
);

const extensionDir = browserName === 'firefox' ? paths.firefoxTestExtension : paths.chromeTestExtension;
buildIfNeeded(join(extensionDir, 'manifest.json'));

const server = await serveStatic(paths.sampleSiteDir);
const browser = await startBrowser(browserName, { headless });
const shutDown = async (code) => {
  await browser.close().catch(() => undefined);
  await server.close();
  process.exit(code);
};
process.once('SIGINT', () => void shutDown(130));

try {
  const page = await browser.newPage();
  const url = `${server.origin}/`;
  await page.goto(url);
  console.log(`Whosaid is loaded in ${browserName} on the sample article at ${url}`);

  if (!headless) {
    console.log('Hover a highlighted quote; click the Whosaid toolbar button for the popup. Close the browser to stop.');
    await browser.closed;
    await shutDown(0);
  }

  const painted = () => page.evaluate(probes.readPaintedRanges, []);
  await waitFor(async () => (await painted()).some((range) => range.name.startsWith('whosaid-quote')), 'highlights', 60_000);
  const ranges = await painted();
  const quotes = ranges.filter((range) => range.name.startsWith('whosaid-quote'));
  const entities = new Set(ranges.filter((range) => range.name.startsWith('whosaid-entity')).map((range) => range.text));
  console.log(`\nPainted ${quotes.length} quote highlights:`);
  for (const quote of quotes) console.log(`  ${quote.text.replace(/\s+/g, ' ')}`);
  console.log(`\nPainted ${entities.size} distinct entity mentions: ${[...entities].join(', ')}`);

  const screenshot = join(paths.distDir, 'whosaid-start.png');
  await page.screenshot(screenshot);

  const popup = await browser.openExtensionPage('popup/index.html');
  const popupText = () => popup.evaluate(() => document.body.innerText.trim(), null);
  // The popup lists the quotes once it has the analysis; print what it shows either way.
  const firstQuote = quotes[0].text.replace(/\s+/g, ' ').slice(0, 24);
  await waitFor(async () => (await popupText()).includes(firstQuote), 'the popup', 10_000).catch(() => undefined);
  console.log(`\nThe popup shows:\n${(await popupText()).replace(/^/gm, '  ')}`);
  console.log(`\nScreenshot of the page: ${screenshot}`);
  await shutDown(0);
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : error}`);
  await shutDown(1);
}
