#!/usr/bin/env node
/**
 * `npm run build`: bundles the extension once, then writes it in four flavours, packages two of them,
 * and bundles the CLI.
 *
 *   dist/chrome/, dist/firefox/             what users install (Load unpacked / Load Temporary Add-on);
 *   dist/whosaid-chrome.zip, -firefox.zip   the same two, packaged for the stores;
 *   dist/chrome-test/, dist/firefox-test/   the same extension, plus host permissions and a content
 *                                           script for http://127.0.0.1 and http://localhost, so
 *                                           end-to-end tests and `npm start` need no toolbar click
 *                                           (and a mark of its start for the bench:
 *                                           scripts/content-start-mark.json);
 *   dist/cli/whosaid.js                     the Node CLI (`npx whosaid`), one executable ES module.
 *
 * The bundles are shared by every flavour: only manifest.json differs. The root manifest.json is
 * the single source; its version comes from package.json so the two never disagree.
 * The build fails when a bundle is over its budget, so a stray import cannot bloat the extension
 * (the content script, injected into every analysed page, must stay small; the parser's data
 * belongs to the background only).
 */
import { chmod, cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import webExt from 'web-ext';
import startMark from './content-start-mark.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const fromRoot = (path) => resolve(root, path);

/** Where the test flavour runs by itself: the local servers of the e2e tests and `npm start`. */
const TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Firefox needs an add-on id; 142 is the first version that reads data_collection_permissions everywhere. */
const GECKO = {
  id: 'whosaid@extension',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none'] },
};

const BUDGETS = [
  { file: 'chrome/content.js', maxBytes: 150 * 1024 },
  { file: 'whosaid-chrome.zip', maxBytes: 3 * 1024 * 1024 },
  { file: 'whosaid-firefox.zip', maxBytes: 3 * 1024 * 1024 },
];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Runs one of vite.config.ts's bundles; the extension's all land in dist/chrome. */
async function bundle(mode) {
  await viteBuild({ configFile: fromRoot('vite.config.ts'), mode });
}

function firefoxManifest(manifest) {
  return {
    ...manifest,
    background: { scripts: [manifest.background.service_worker] },
    browser_specific_settings: { gecko: GECKO },
  };
}

function testManifest(manifest) {
  return {
    ...manifest,
    host_permissions: TEST_ORIGINS,
    content_scripts: [{ matches: TEST_ORIGINS, js: [startMark.script, 'content.js'], run_at: 'document_idle' }],
  };
}

async function writeFlavour(name, manifest) {
  const dir = resolve(dist, name);
  if (name !== 'chrome') await cp(resolve(dist, 'chrome'), dir, { recursive: true });
  await writeFile(resolve(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (manifest.content_scripts?.some(({ js }) => js.includes(startMark.script))) {
    await writeFile(resolve(dir, startMark.script), `performance.mark(${JSON.stringify(startMark.mark)});\n`);
  }
}

async function zip(flavour) {
  await webExt.cmd.build(
    {
      sourceDir: resolve(dist, flavour),
      artifactsDir: dist,
      filename: `whosaid-${flavour}.zip`,
      overwriteDest: true,
    },
    { showReadyMessage: false },
  );
}

async function checkBudgets() {
  for (const { file, maxBytes } of BUDGETS) {
    const { size } = await stat(resolve(dist, file));
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`  ${file.padEnd(24)} ${kb(size).padStart(10)}   (budget ${kb(maxBytes)})`);
    if (size > maxBytes) fail(`${file} is over its budget`);
  }
}

async function main() {
  const manifest = JSON.parse(await readFile(fromRoot('manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(fromRoot('package.json'), 'utf8'));
  manifest.version = version;

  await rm(dist, { recursive: true, force: true });
  for (const mode of ['pages', 'background', 'content', 'cli']) await bundle(mode);
  await chmod(resolve(dist, 'cli/whosaid.js'), 0o755);

  await writeFlavour('chrome', manifest);
  await writeFlavour('firefox', firefoxManifest(manifest));
  await writeFlavour('chrome-test', testManifest(manifest));
  await writeFlavour('firefox-test', testManifest(firefoxManifest(manifest)));
  await zip('chrome');
  await zip('firefox');

  console.log(`Whosaid ${version} built in dist/:`);
  await checkBudgets();
}

main().catch((error) => fail(error?.stack ?? String(error)));
