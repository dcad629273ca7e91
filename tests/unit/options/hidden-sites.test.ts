/**
 * The options page's list of sites where the reader hid the highlights (src/options/index.ts),
 * over the real index.html and en messages.json and an in-memory storage.local whose changes
 * reach storage.onChanged listeners, as in the browser: what the toggle shortcut stored
 * (src/shared/highlight-memory.ts) is listed, "Show again" forgets it, and the list follows changes
 * made elsewhere while the page is open.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HIDDEN_HIGHLIGHTS_KEY, rememberHighlights } from '../../../src/shared/highlight-memory';
import { t } from '../shared/locale';

const { default: browser } = await import('webextension-polyfill');

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const storage = vi.hoisted(() => ({ items: {} as Record<string, unknown>, listeners: [] as Listener[] }));

vi.mock('webextension-polyfill', async () => {
  const { messages, t: translate } = await import('../shared/locale');
  const notify = (keys: string[]) => {
    const changes = Object.fromEntries(keys.map((key) => [key, { newValue: structuredClone(storage.items[key]) }]));
    for (const listener of storage.listeners) listener(changes, 'local');
  };
  return {
    default: {
      storage: {
        local: {
          get: async (key: string) => (Object.hasOwn(storage.items, key) ? { [key]: structuredClone(storage.items[key]) } : {}),
          set: async (items: Record<string, unknown>) => {
            Object.assign(storage.items, structuredClone(items));
            notify(Object.keys(items));
          },
        },
        onChanged: { addListener: (listener: Listener) => storage.listeners.push(listener), removeListener: () => undefined },
      },
      // As in the browsers, an unknown key gives "" (linkedom reads no `data-i18n` through `dataset`, so the page asks for one).
      i18n: { getMessage: (key: string, substitutions?: string[]) => (Object.hasOwn(messages, key) ? translate(key, substitutions) : '') },
      runtime: {
        sendMessage: async (message: { type: string }) => {
          // The background's "forget everything": storage.local cleared, every key reported removed.
          if (message.type !== 'forget-everything') return undefined;
          const keys = Object.keys(storage.items);
          storage.items = {};
          notify(keys);
          return undefined;
        },
      },
      permissions: { remove: async () => true },
    },
  };
});

const html = readFileSync(resolve(import.meta.dirname, '../../../src/options/index.html'), 'utf8');
const saved = globalThis.document;
let document: Document;

/** Each row of the hidden-sites list: its text, and its button's accessible name when it has one. */
function rows(): Array<{ text: string; button?: string }> {
  return [...document.querySelectorAll('#hidden-sites > li')].map((row) => {
    const button = row.querySelector('button');
    return { text: row.querySelector('span')?.textContent ?? row.textContent ?? '', ...(button ? { button: button.getAttribute('aria-label')! } : {}) };
  });
}

const settled = () => new Promise((done) => setTimeout(done, 0));

async function until(what: string, holds: () => boolean): Promise<void> {
  for (let tries = 0; tries < 50 && !holds(); tries++) await settled();
  expect(holds(), what).toBe(true);
}

describe('the options page, sites where highlights are hidden', () => {
  beforeAll(async () => {
    storage.items = {};
    // Hidden from two sites' pages with the toggle shortcut, before the options page opened.
    await rememberHighlights(browser.storage.local, 'https://news.example', false);
    await rememberHighlights(browser.storage.local, 'http://127.0.0.1:8080', false);
    document = parseHTML(html).document as unknown as Document;
    globalThis.document = document;
    await import('../../../src/options/index');
    await until('the page to render its lists', () => rows().length > 0);
  });

  afterAll(() => {
    globalThis.document = saved;
  });

  it('lists them in a section of their own, in order, each with a named button to show them again', () => {
    expect(document.querySelector('#hidden-sites')?.parentElement?.querySelector('legend')?.getAttribute('data-i18n')).toBe('optionsHiddenSites');
    expect(rows()).toEqual([
      { text: 'http://127.0.0.1:8080', button: t('optionsShowHighlightsLabel', ['http://127.0.0.1:8080']) },
      { text: 'https://news.example', button: t('optionsShowHighlightsLabel', ['https://news.example']) },
    ]);
    expect(document.querySelector('#hidden-sites button')?.textContent).toBe(t('optionsShowHighlights'));
  });

  it('shows them again on a site: forgotten in storage, gone from the list, and said so', async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('#hidden-sites button')]
      .find((candidate) => candidate.getAttribute('aria-label')?.includes('news.example'))!;
    button.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click'));
    await until('the site to leave the list', () => rows().length === 1);
    expect(storage.items[HIDDEN_HIGHLIGHTS_KEY]).toEqual(['http://127.0.0.1:8080']);
    expect(rows()[0].text).toBe('http://127.0.0.1:8080');
    expect(document.getElementById('notice')?.textContent).toBe(t('optionsHighlightsShown', ['https://news.example']));
  });

  it('follows highlights hidden from a page while it is open', async () => {
    await rememberHighlights(browser.storage.local, 'https://later.example', false);
    await until('the new site in the list', () => rows().some((row) => row.text === 'https://later.example'));
  });

  it('says when no site has them hidden, after "forget everything"', async () => {
    document.getElementById('forget')!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click'));
    await until('the empty list', () => rows().length === 1 && rows()[0].button === undefined);
    expect(rows()[0].text).toBe(t('optionsNoHiddenSites'));
  });
});
