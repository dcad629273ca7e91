/**
 * "Always run on this site", from the popup's tick to a page analysed on load with no click, with
 * the store flavour of the extension (no content script of its own on the test server):
 * - Firefox: the real path. The reader first runs Whosaid with its shortcut (which grants
 *   activeTab, so the popup knows the site), then ticks the box; the optional host permission is
 *   requested from that click. The permission doorhanger cannot be answered in a headless run, so
 *   the preference Firefox's own tests use, `extensions.webextOptionalPermissionPrompts` = false,
 *   grants it without the prompt.
 * - Chromium: its permission dialog is browser UI that neither playwright nor DevTools can answer,
 *   and no switch accepts it (a tick in a headless run leaves `permissions.request` pending for
 *   good). So the test copies the store flavour with the test server's host as a *required* host
 *   permission (granted at install, and no content script): `permissions.request` then resolves at
 *   once, as it does once a reader has granted the site, and the rest of the path (the background
 *   registering a content script for the origin, the page analysed on load) is the real one.
 * Unticking unregisters the script: the next visit waits for a click again.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../unit/shared/locale';
import { extensionTraces } from '../security/page-probes';
import { startBrowser, type BrowserName, type DrivenBrowser, type DrivenPage } from '../support/driver';
import { distDir, sampleSiteDir } from '../support/paths';
import { locateElement } from '../support/probes';
import { serveStatic, type StaticServer } from '../support/serve';
import { waitFor } from '../support/wait';
import { pressShortcut, setFirefoxPrefs } from './native';
import { holdsHostPermission, readRegisteredScripts, readShortcuts } from './probes';

/** Long enough for the content script to have painted the sample page several times over. */
const NOT_ANALYSED_GRACE_MS = 3_000;

/** dist/chrome with `origin`'s host as a required host permission: see the module comment. */
async function chromeWithGrantedHost(origin: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'whosaid-granted-'));
  await cp(join(distDir, 'chrome'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.content_scripts, 'the store flavour has no content script of its own').toBeUndefined();
  manifest.host_permissions = [`http://${new URL(origin).hostname}/*`];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export function describeAlwaysRunIn(browserName: BrowserName): void {
  describe(`"always run on this site" in ${browserName}`, () => {
    let server: StaticServer;
    let browser: DrivenBrowser;
    let page: DrivenPage;
    let popup: DrivenPage;
    let extensionDir: string | null = null;
    const painted = async () => (await page.evaluate(extensionTraces, null)).highlights.some((name) => name.startsWith('whosaid-quote'));
    const siteCheckbox = () => popup.evaluate(() => (document.getElementById('site-always') as HTMLInputElement | null)?.checked, null);

    /** Reloads the article; with `expected`, waits for highlights, else checks none come in a grace period. */
    async function visit(expected: boolean): Promise<void> {
      await page.goto(`${server.origin}/`);
      if (expected) {
        await waitFor(painted, 'the page to be analysed on load');
        return;
      }
      await new Promise((done) => setTimeout(done, NOT_ANALYSED_GRACE_MS));
      const traces = await page.evaluate(extensionTraces, null);
      expect(traces.highlights, 'highlights without a click').toEqual([]);
      expect(traces.card, 'Whosaid in the page without a click').toBe(false);
    }

    async function tick(): Promise<void> {
      const wasTicked = await siteCheckbox();
      // The popup re-renders as the page's analysis comes in, moving the box: click it once it stays put.
      let box: { x: number; y: number } | null = null;
      await waitFor(async () => {
        const first = await popup.evaluate(locateElement, '#site-always');
        await new Promise((done) => setTimeout(done, 300));
        box = await popup.evaluate(locateElement, '#site-always');
        return first !== null && box !== null && first.x === box.x && first.y === box.y
          && (await popup.evaluate(() => document.getElementById('view')?.getAttribute('aria-busy'), null)) === 'false';
      }, 'the always-run box to settle');
      await popup.bringToFront();
      await popup.click(box!.x, box!.y);
      const notice = t(wasTicked ? 'alwaysRunOff' : 'alwaysRunOn', [server.origin]);
      await waitFor(async () => (await popup.evaluate(() => document.getElementById('notice')?.textContent, null)) === notice, `"${notice}"`);
    }

    beforeAll(async () => {
      server = await serveStatic(sampleSiteDir);
      if (browserName === 'chromium') extensionDir = await chromeWithGrantedHost(server.origin);
      browser = await startBrowser(browserName, { extensionDir: extensionDir ?? join(distDir, 'firefox') });
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
    });

    it('leaves a page alone until asked', async () => {
      await visit(false);
    });

    it('runs on every visit once ticked in the popup, and waits for a click again once unticked', async () => {
      popup = await browser.openExtensionPage('popup/index.html');
      if (browserName === 'firefox') {
        // Without activeTab the popup cannot know the tab's site, so it offers no switch for it.
        await waitFor(async () => (await popup.evaluate(() => document.getElementById('view')?.getAttribute('aria-busy'), null)) === 'false', 'the popup');
        expect(await popup.evaluate(locateElement, '#site'), 'site switches for an unknown site').toBeNull();
        await setFirefoxPrefs(popup, { 'extensions.webextOptionalPermissionPrompts': false });
        // A shortcut, like the toolbar button, grants activeTab: Whosaid runs, and the popup may read the tab's site.
        const shortcuts = await popup.evaluate(readShortcuts, null);
        await page.bringToFront();
        await pressShortcut(page, shortcuts['next-quote']);
        await waitFor(painted, 'the page to be analysed after the shortcut');
        // A popup opened now learns the site (the first one asked before the grant).
        popup = await browser.openExtensionPage('popup/index.html');
      }
      await waitFor(async () => (await popup.evaluate(() => document.getElementById('site-origin')?.textContent, null)) === server.origin,
        'the popup to name the site');
      expect(await siteCheckbox()).toBe(false);

      const pattern = `http://${new URL(server.origin).hostname}/*`;
      // Firefox asks for the optional permission for real; Chromium's copy holds it from the start.
      expect(await popup.evaluate(holdsHostPermission, pattern)).toBe(browserName === 'chromium');
      await tick();
      expect(await siteCheckbox()).toBe(true);
      expect(await popup.evaluate(holdsHostPermission, pattern)).toBe(true);
      expect(await popup.evaluate(readRegisteredScripts, null)).toEqual([{ id: `whosaid-site:${server.origin}`, matches: [pattern] }]);
      await visit(true);
      await visit(true);

      await tick();
      expect(await popup.evaluate(readRegisteredScripts, null)).toEqual([]);
      // The site's permission goes back too (a required one, as in Chromium's copy, cannot).
      if (browserName === 'firefox') expect(await popup.evaluate(holdsHostPermission, pattern)).toBe(false);
      await visit(false);
    });
  });
}
