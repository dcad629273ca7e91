/**
 * Key presses that reach the browser itself, where extension shortcuts live, and Firefox
 * preferences: what the two drivers' page-level APIs cannot do.
 *
 * A page-level key press does not trigger an extension command in either browser (verified on
 * Chromium 156 and Firefox ESR 153, with the shortcuts bound as `commands.getAll()` reports):
 * - Chromium: playwright's `keyboard.press('Alt+Shift+H')` sends a `keyDown` carrying text, which
 *   goes to the page only. The browser matches accelerators on the raw key-down, so the press is
 *   sent as DevTools `Input.dispatchKeyEvent` `rawKeyDown` events, as the keyboard would send it.
 * - Firefox: WebDriver BiDi `input.performActions` synthesizes the keys inside the content process,
 *   which never hands them to the window's `<keyset>` of extension shortcuts. The press is typed
 *   instead into the browser window (a chrome-scope BiDi context, allowed by
 *   --remote-allow-system-access) through `nsITextInputProcessor`, the way Firefox's own tests press
 *   keys, with the focus in the address bar (given back to the page after); the window's shortcut
 *   handling then runs the command.
 */
import type { DrivenPage } from '../support/driver';

/** A key of a shortcut as `commands.getAll()` names it ("H", "Period", "Comma"). */
interface KeySpec { key: string; code: string; keyCode: number }

const NAMED_KEYS: Record<string, KeySpec> = {
  Period: { key: '.', code: 'Period', keyCode: 190 },
  Comma: { key: ',', code: 'Comma', keyCode: 188 },
};
const MODIFIERS: Record<string, KeySpec & { cdpBit: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18, cdpBit: 1 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17, cdpBit: 2 },
  Command: { key: 'Meta', code: 'MetaLeft', keyCode: 91, cdpBit: 4 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16, cdpBit: 8 },
};

function keySpec(name: string): KeySpec {
  if (Object.hasOwn(NAMED_KEYS, name)) return NAMED_KEYS[name];
  if (/^[A-Z]$/.test(name)) return { key: name, code: `Key${name}`, keyCode: name.charCodeAt(0) };
  if (/^[0-9]$/.test(name)) return { key: name, code: `Digit${name}`, keyCode: name.charCodeAt(0) };
  throw new Error(`no key mapping for "${name}"`);
}

/** "Alt+Shift+Period" → its modifiers and its key. */
function parseShortcut(shortcut: string): { modifiers: Array<KeySpec & { cdpBit: number }>; key: KeySpec } {
  const parts = shortcut.split('+');
  const key = keySpec(parts.pop()!);
  const modifiers = parts.map((part) => {
    if (!Object.hasOwn(MODIFIERS, part)) throw new Error(`no modifier mapping for "${part}" in ${shortcut}`);
    return MODIFIERS[part];
  });
  return { modifiers, key };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Runs `expression` in Firefox's browser window (chrome scope) and returns its value. */
async function evaluateInFirefoxWindow(page: DrivenPage, expression: string): Promise<unknown> {
  if (page.native.driver !== 'puppeteer') throw new Error('Firefox only');
  const connection = (page.native.page.browser() as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [window] = tree.result.contexts as Array<{ context: string }>;
  const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${JSON.stringify(result)}`);
  return (result.result as { value?: unknown }).value;
}

/** Presses `shortcut` ("Alt+Shift+H", as `commands.getAll()` gives it) so that the browser, not the page, handles it. */
export async function pressShortcut(page: DrivenPage, shortcut: string): Promise<void> {
  const { modifiers, key } = parseShortcut(shortcut);
  if (page.native.driver === 'playwright') {
    const native = page.native.page;
    const cdp = await native.context().newCDPSession(native);
    const held = modifiers.reduce((bits, modifier) => bits | modifier.cdpBit, 0);
    const send = (type: 'rawKeyDown' | 'keyUp', spec: KeySpec, bits: number) => cdp.send('Input.dispatchKeyEvent', {
      type, modifiers: bits, key: spec.key, code: spec.code, windowsVirtualKeyCode: spec.keyCode, nativeVirtualKeyCode: spec.keyCode,
    });
    let bits = 0;
    for (const modifier of modifiers) await send('rawKeyDown', modifier, (bits |= modifier.cdpBit));
    await send('rawKeyDown', key, held);
    await send('keyUp', key, held);
    for (const modifier of [...modifiers].reverse()) await send('keyUp', modifier, (bits &= ~modifier.cdpBit));
    await cdp.detach();
    return;
  }
  const keys = JSON.stringify({ modifiers, key });
  await evaluateInFirefoxWindow(page, `(() => {
    const { modifiers, key } = ${keys};
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    gURLBar.focus();
    const event = (spec) => new KeyboardEvent('', { key: spec.key, code: spec.code, keyCode: spec.keyCode });
    for (const modifier of modifiers) tip.keydown(event(modifier));
    tip.keydown(event(key));
    tip.keyup(event(key));
    for (const modifier of [...modifiers].reverse()) tip.keyup(event(modifier));
    gBrowser.selectedBrowser.focus();
    return true;
  })()`);
}

/** Sets Firefox preferences at run time (the driver launches every run with the same ones). */
export async function setFirefoxPrefs(page: DrivenPage, prefs: Record<string, string | number | boolean>): Promise<void> {
  await evaluateInFirefoxWindow(page, `(() => {
    for (const [name, value] of Object.entries(${JSON.stringify(prefs)})) {
      if (typeof value === 'boolean') Services.prefs.setBoolPref(name, value);
      else if (typeof value === 'number') Services.prefs.setIntPref(name, value);
      else Services.prefs.setStringPref(name, value);
    }
    return true;
  })()`);
}

export interface UserPreferences {
  reducedMotion: boolean;
  forcedColors: boolean;
}

/**
 * The reader's motion and contrast settings, as the page's media queries see them: DevTools media
 * emulation for a Chromium page; in Firefox, where puppeteer's `emulateMediaFeatures` needs CDP
 * (which Firefox no longer offers) and so throws, the browser-wide preferences behind them (`ui.prefersReducedMotion`; `browser.display.document_color_use` 2 is
 * "override the colours specified by the page: always", which turns forced colours on).
 */
export async function setUserPreferences(page: DrivenPage, wanted: UserPreferences): Promise<void> {
  if (page.native.driver === 'playwright') {
    await page.native.page.emulateMedia({
      reducedMotion: wanted.reducedMotion ? 'reduce' : 'no-preference',
      forcedColors: wanted.forcedColors ? 'active' : 'none',
    });
    return;
  }
  await setFirefoxPrefs(page, {
    'ui.prefersReducedMotion': wanted.reducedMotion ? 1 : 0,
    'browser.display.document_color_use': wanted.forcedColors ? 2 : 0,
  });
}
