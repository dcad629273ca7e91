/**
 * Starts Debian's Chromium with an unpacked extension, through playwright-core (the only way to
 * load an extension is a persistent context with both --disable-extensions-except and
 * --load-extension). The flags keep Chromium from calling home, so the only traffic is the page's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireBuilt } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  /** "chrome-extension://ID" */
  extensionOrigin: string;
  /** Opens an extension page (e.g. "popup/index.html") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(
  extensionDir: string,
  options: { headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<ChromiumSession> {
  requireBuilt(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    // Node gives no origin for non-special schemes: build it from the host (the extension id).
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    return {
      context,
      extensionOrigin,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`${extensionOrigin}/${path}`);
        return page;
      },
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
