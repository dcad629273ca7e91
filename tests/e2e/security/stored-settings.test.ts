/**
 * What Whosaid keeps in storage.local, in Chromium and Firefox, through its own pages:
 *  - stored settings that cannot be read (written here as garbage through the extension's own
 *    options page, as a bad update or a broken disk would leave them) are reset to the defaults,
 *    and the popup and the options page tell the user so, once;
 *  - "Forget everything" in the options page empties storage.local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { locateElement } from '../support/probes';
import { waitFor } from '../support/wait';
import { writeStored } from './document-probes';
import { readLocalStorage } from './page-probes';

const RESET_NOTICE = messages.settingsResetNotice.message;
const FORGOTTEN_NOTICE = messages.optionsForgotten.message;
const GARBAGE: unknown[] = ['{"schemaVersion": 1, "settings": {', { schemaVersion: 99, settings: { palette: 'neon' } }];

const noticeOf = (page: DrivenPage) => page.evaluate(() => document.getElementById('notice')?.textContent ?? '', null);

describe.each<BrowserName>(['chromium', 'firefox'])('stored settings in %s', (browserName) => {
  let browser: DrivenBrowser;
  /** An extension page kept open to write and read storage.local. */
  let extensionPage: DrivenPage;

  beforeAll(async () => {
    browser = await startBrowser(browserName);
    extensionPage = await browser.openExtensionPage('options/index.html');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Each page, and an element it renders only after it has read the settings. */
  const PAGES: Array<[name: string, path: string, rendered: string]> = [
    ['options page', 'options/index.html', '#sites li'],
    ['popup', 'popup/index.html', '#view > *'],
  ];

  it.each(PAGES)(
    'corrupt settings are reset to the defaults, and the %s says so once',
    async (_name, path, rendered) => {
      for (const garbage of GARBAGE) {
        await extensionPage.evaluate(writeStored, garbage);
        const page = await browser.openExtensionPage(path);
        await waitFor(async () => (await noticeOf(page)) === RESET_NOTICE, `the ${path} notice of the reset`);
        const { whosaid } = await extensionPage.evaluate(readLocalStorage, null) as { whosaid?: { schemaVersion?: number; sites?: object } };
        expect(whosaid, 'the settings written back repaired').toMatchObject({ schemaVersion: 1, sites: {} });
        // Told once: opened again, the page has nothing to say about it.
        const again = await browser.openExtensionPage(path);
        await waitFor(() => again.evaluate((selector) => document.querySelector(selector) !== null, rendered), `${path} rendered`);
        expect(await noticeOf(again)).not.toBe(RESET_NOTICE);
      }
    },
  );

  it('"Forget everything" empties storage.local', async () => {
    await extensionPage.evaluate(writeStored, {
      schemaVersion: 1,
      settings: { palette: 'tol-muted', showQuotes: false },
      sites: { 'https://news.example': { enabled: false, alwaysRun: false } },
    });
    expect(Object.keys(await extensionPage.evaluate(readLocalStorage, null))).toEqual(['whosaid']);
    const options = await browser.openExtensionPage('options/index.html');
    // The options page lists the switched-off site once it has read the settings.
    await waitFor(async () => (await options.evaluate(() => document.getElementById('sites')?.textContent ?? '', null)).includes('news.example'), 'the stored site listed');
    const button = await options.evaluate(locateElement, '#forget');
    expect(button, 'the "Forget everything" button').toBeTruthy();
    await options.click(button!.x, button!.y);
    await waitFor(async () => (await noticeOf(options)) === FORGOTTEN_NOTICE, 'the notice that everything was forgotten');
    expect(await extensionPage.evaluate(readLocalStorage, null)).toEqual({});
    expect(await options.evaluate(() => document.getElementById('sites')?.textContent ?? '', null)).not.toContain('news.example');
  });
});
