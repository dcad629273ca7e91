/**
 * Starts Debian's Firefox ESR with an unpacked extension, through puppeteer-core over WebDriver BiDi
 * (no geckodriver exists here). The extension's moz-extension UUID is random per profile unless
 * pinned by a pref, so it is pinned: tests then know the popup's URL.
 * Extension pages need --remote-allow-system-access to be driven, and navigating a tab to one never
 * resolves `goto` (nor updates `page.url()`): openExtensionPage starts the navigation and polls the
 * document until it has loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBuilt } from './paths';
import { waitFor } from './wait';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const EXTENSION_UUID = '6f0e1c8a-2d4b-4f7a-9c3e-5b8d7a1e0f42';

export interface FirefoxSession {
  browser: Browser;
  /** "moz-extension://UUID" */
  extensionOrigin: string;
  /** Opens an extension page (e.g. "popup/index.html") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export async function launchFirefox(
  extensionDir: string,
  options: { headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<FirefoxSession> {
  requireBuilt(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
    return {
      browser,
      extensionOrigin,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = `${extensionOrigin}/${path}`;
        void page.goto(url).catch(() => undefined);
        await waitFor(
          // page.url() stays "about:blank" here; the document knows where it is.
          async () => (await page.evaluate(() => `${document.readyState} ${location.href}`)) === `complete ${url}`,
          `${url} to load`,
        );
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
