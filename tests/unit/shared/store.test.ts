/**
 * The settings in storage.local as the extension's pages read and clear them (src/shared/store.ts),
 * over an in-memory storage.local: a corrupt store is reset, repaired once and reported once, and
 * "forget everything" leaves nothing behind.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultStored, SCHEMA_VERSION } from '../../../src/shared/settings';

const storage = vi.hoisted(() => ({ items: {} as Record<string, unknown>, writes: 0 }));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (Object.hasOwn(storage.items, key) ? { [key]: storage.items[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          storage.writes += 1;
          Object.assign(storage.items, structuredClone(items));
        },
        clear: async () => {
          storage.items = {};
        },
      },
    },
  },
}));

const { clearStored, loadStored, loadStoredForUser, saveStored } = await import('../../../src/shared/store');

describe('stored settings in storage.local', () => {
  beforeEach(() => {
    storage.items = {};
    storage.writes = 0;
  });

  it('read as defaults, without a notice and without a write, when nothing is stored', async () => {
    expect(await loadStoredForUser()).toEqual({ stored: defaultStored(), wasReset: false });
    expect(storage.writes).toBe(0);
  });

  it('when corrupt, reset to the defaults with a notice, written back repaired so that the notice shows once', async () => {
    for (const garbage of ['{not json', 42, [1, 2], { schemaVersion: SCHEMA_VERSION + 1 }, { schemaVersion: SCHEMA_VERSION, sites: 'all' }]) {
      storage.items = { whosaid: garbage };
      expect(await loadStored(), 'reading alone changes nothing').toEqual({ stored: defaultStored(), wasReset: true });
      expect(storage.items.whosaid).toEqual(garbage);
      expect(await loadStoredForUser()).toEqual({ stored: defaultStored(), wasReset: true });
      expect(storage.items.whosaid).toEqual(defaultStored());
      expect(await loadStoredForUser()).toEqual({ stored: defaultStored(), wasReset: false });
    }
  });

  it('keep what can be read when only part is corrupt, and still say so', async () => {
    storage.items = { whosaid: { schemaVersion: SCHEMA_VERSION, settings: { palette: 'tol-muted', showQuotes: 'yes' }, sites: {} } };
    const { stored, wasReset } = await loadStoredForUser();
    expect(wasReset).toBe(true);
    expect(stored.settings.palette).toBe('tol-muted');
    expect(stored.settings.showQuotes).toBe(true);
  });

  it('are all gone after "forget everything", with anything else the extension stored', async () => {
    const stored = defaultStored();
    stored.sites['https://news.example'] = { enabled: false, alwaysRun: false };
    await saveStored(stored);
    storage.items.somethingElse = 1;
    await clearStored();
    expect(storage.items).toEqual({});
    expect(await loadStoredForUser()).toEqual({ stored: defaultStored(), wasReset: false });
  });
});
