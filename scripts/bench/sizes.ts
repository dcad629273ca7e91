/**
 * Sizes of what users download and of what runs in every analysed page: the two
 * store packages and the content-script bundle. The content script's file name
 * is read from the built test manifest (the user manifest injects it on click,
 * so it declares no content script).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BUDGETS } from './budgets';
import { formatBytes } from './measure';
import type { Row, Section } from './report';

const PACKAGES = ['whosaid-chrome.zip', 'whosaid-firefox.zip'];
const CONTENT_SCRIPT_MANIFEST = 'chrome-test/manifest.json';

async function sizeRow(dist: string, file: string, budget: number): Promise<Row> {
  const path = join(dist, file);
  if (!existsSync(path)) return { measure: file, value: 'missing', budget: `≤ ${formatBytes(budget)}`, pass: false };
  const { size } = await stat(path);
  return { measure: file, value: formatBytes(size), budget: `≤ ${formatBytes(budget)}`, pass: size <= budget };
}

/** The content script's path inside the extension, as the built manifest names it: its last script (the test flavour's start mark comes first). */
async function contentScript(dist: string): Promise<string | undefined> {
  const manifestPath = join(dist, CONTENT_SCRIPT_MANIFEST);
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  return manifest.content_scripts?.[0]?.js?.at(-1);
}

export async function sizesSection(dist: string): Promise<Section> {
  const title = 'Size';
  if (!existsSync(dist)) return { title, rows: [], notes: [`not measured: ${dist} does not exist (run npm run build first).`] };
  const script = await contentScript(dist);
  const rows = await Promise.all(PACKAGES.map((file) => sizeRow(dist, file, BUDGETS.packageBytes)));
  if (script) rows.unshift(await sizeRow(dist, join('chrome', script), BUDGETS.contentScriptBytes));
  const notes = script ? [] : [`content script not found: ${CONTENT_SCRIPT_MANIFEST} declares none.`];
  return { title, rows, notes: [...notes, 'minified bundles as built by npm run build; sizes in KiB/MiB.'] };
}
