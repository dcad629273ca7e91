/**
 * One small interface over the two browser drivers (playwright-core for Chromium, puppeteer-core
 * for Firefox), so that the e2e suite, `npm start` and benchmarks are written once and run in
 * both browsers. Every request any page makes is recorded, to prove that nothing leaves the machine.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { chromeTestExtension, firefoxTestExtension } from './paths';

export type BrowserName = 'chromium' | 'firefox';

export interface DrivenPage {
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page's main world; `arg` must be JSON. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Real pointer input, in CSS pixels of the viewport. */
  hover(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses one key, named as in KeyboardEvent.key ("Escape", "Tab"); both drivers accept those. */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates the reader's `prefers-color-scheme`. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** The driver's own page, for what only one browser can do (key presses that reach the browser, not the page). */
  native: { driver: 'playwright'; page: PlaywrightPage } | { driver: 'puppeteer'; page: PuppeteerPage };
}

export interface DrivenBrowser {
  name: BrowserName;
  /** "chrome-extension://ID" or "moz-extension://UUID" */
  extensionOrigin: string;
  newPage(): Promise<DrivenPage>;
  /** Opens an extension page such as "popup/index.html" in a tab. */
  openExtensionPage(path: string): Promise<DrivenPage>;
  /** Every URL requested by any page of this browser so far. */
  requestedUrls: string[];
  /** Settles when the browser goes away, closed by the user or by close(). */
  closed: Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The unpacked extension to load; defaults to the test flavour for that browser. */
  extensionDir?: string;
}

/**
 * The page expression that calls `fn(arg)`. Functions are sent as source text; transpilers that keep
 * function names (tsx, under `npm start`) make that text call a `__name` helper, defined here.
 */
function callExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

function wrapPlaywright(page: PlaywrightPage): DrivenPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)),
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    native: { driver: 'playwright', page },
  };
}

function wrapPuppeteer(page: PuppeteerPage): DrivenPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)) as never,
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    setViewport: (width, height) => page.setViewport({ width, height }),
    setColorScheme: (value) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    native: { driver: 'puppeteer', page },
  };
}

export async function startChromium(options: LaunchOptions = {}): Promise<DrivenBrowser> {
  const session = await launchChromium(options.extensionDir ?? chromeTestExtension, options);
  const requestedUrls: string[] = [];
  session.context.on('request', (request) => requestedUrls.push(request.url()));
  return {
    name: 'chromium',
    extensionOrigin: session.extensionOrigin,
    requestedUrls,
    closed: new Promise((done) => session.context.once('close', () => done())),
    newPage: async () => wrapPlaywright(await session.context.newPage()),
    openExtensionPage: async (path) => wrapPlaywright(await session.openExtensionPage(path)),
    close: () => session.close(),
  };
}

export async function startFirefox(options: LaunchOptions = {}): Promise<DrivenBrowser> {
  const session = await launchFirefox(options.extensionDir ?? firefoxTestExtension, options);
  const requestedUrls: string[] = [];
  const record = (page: PuppeteerPage) => page.on('request', (request) => void requestedUrls.push(request.url()));
  session.browser.on('targetcreated', (target) => {
    void target.page().then((page) => page && record(page)).catch(() => undefined);
  });
  for (const page of await session.browser.pages()) record(page);
  return {
    name: 'firefox',
    extensionOrigin: session.extensionOrigin,
    requestedUrls,
    closed: new Promise((done) => session.browser.once('disconnected', () => done())),
    newPage: async () => wrapPuppeteer(await session.browser.newPage()),
    openExtensionPage: async (path) => wrapPuppeteer(await session.openExtensionPage(path)),
    close: () => session.close(),
  };
}

export function startBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<DrivenBrowser> {
  return name === 'chromium' ? startChromium(options) : startFirefox(options);
}

/** Requests to anything but the loopback test server (extension and data URLs are local). */
export function offMachineRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return /^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1';
  });
}
