/**
 * Reads and writes the settings object in `storage.local` (the only place
 * Whosaid keeps anything between sessions). Every read goes through the
 * migration, so callers always get a valid `Stored`.
 */
import browser from 'webextension-polyfill';
import { migrateStored, type MigrationResult, type Stored } from './settings';

const KEY = 'whosaid';

export async function loadStored(): Promise<MigrationResult> {
  const raw = await browser.storage.local.get(KEY);
  return migrateStored(raw[KEY]);
}

/**
 * Reads the settings for a page the user is looking at (the popup, the options
 * page): a store that could not be read is written back repaired, so that the
 * user, told about the reset there, is told once.
 */
export async function loadStoredForUser(): Promise<MigrationResult> {
  const loaded = await loadStored();
  if (loaded.wasReset) await saveStored(loaded.stored);
  return loaded;
}

export async function saveStored(stored: Stored): Promise<void> {
  await browser.storage.local.set({ [KEY]: stored });
}

/** Calls `listener` with the new settings whenever any extension context saves them. */
export function watchStored(listener: (stored: Stored) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, KEY)) listener(migrateStored(changes[KEY].newValue).stored);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** "Forget everything": settings, per-site choices, all of it. */
export async function clearStored(): Promise<void> {
  await browser.storage.local.clear();
}
