/**
 * The popup's export files as a reader gets them in Firefox: clicked, and read back from the
 * download folder. Firefox does not count blob: URLs as 'self' in the extension pages'
 * `connect-src 'self'`, so the popup cannot fetch its own links there; the download folder is set
 * (and its dialog turned off) through Firefox's preferences instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DrivenPage } from '../support/driver';
import { locateElement } from '../support/probes';
import { waitFor } from '../support/wait';
import { setFirefoxPrefs } from './native';
import { readExportLinks } from './probes';

export interface ExportFile {
  /** The blob's MIME type where the test could read it, else null. */
  type: string | null;
  content: string;
}

export async function downloadExports(popup: DrivenPage): Promise<Record<string, ExportFile>> {
  const folder = await mkdtemp(join(tmpdir(), 'whosaid-downloads-'));
  try {
    await setFirefoxPrefs(popup, {
      'browser.download.dir': folder,
      'browser.download.folderList': 2, // 2: the folder in browser.download.dir
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    });
    await popup.bringToFront();
    const files: Record<string, ExportFile> = {};
    for (const [format, { name }] of Object.entries(await popup.evaluate(readExportLinks, null))) {
      const link = await popup.evaluate(locateElement, `a.export[data-format="${format}"]`);
      if (!link) throw new Error(`no ${format} export link to click`);
      await popup.click(link.x, link.y);
      const path = join(folder, name);
      // Firefox writes a ".part" file first and renames it when the download is complete.
      await waitFor(async () => existsSync(path) && !readdirSync(folder).some((file) => file.endsWith('.part')), `${name} in the download folder`);
      files[format] = { type: null, content: await readFile(path, 'utf8') };
    }
    return files;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
