/**
 * "Always run on this site": one registered content script per origin the user
 * granted. `syncRegistrations` makes the browser's registrations equal the stored
 * choices (and granted permissions), so it is safe to call at every start-up,
 * whether or not the browser kept registrations across sessions.
 */
import type { Stored } from '../options/settings';

export const CONTENT_SCRIPT_FILE = 'content.js';
const ID_PREFIX = 'whosaid-site:';

/** Match pattern for an origin. Match patterns cannot carry a port; the host covers them all. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function registrationId(origin: string): string {
  return `${ID_PREFIX}${origin}`;
}

export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: Array<{ id: string; matches: string[]; js: string[]; runAt: 'document_idle' }>): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export async function syncRegistrations(
  stored: Stored,
  scripting: ScriptingApi,
  hasPermission: (pattern: string) => Promise<boolean>,
): Promise<void> {
  const wanted = new Map<string, string>();
  for (const [origin, choice] of Object.entries(stored.sites)) {
    if (choice.alwaysRun && (await hasPermission(originPattern(origin)))) wanted.set(registrationId(origin), origin);
  }
  const registered = (await scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.startsWith(ID_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !registered.includes(id));
  if (missing.length > 0) {
    await scripting.registerContentScripts(missing.map(([id, origin]) => ({
      id, matches: [originPattern(origin)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const,
    })));
  }
}

/**
 * Highlights switched off per site: a reader who hides them on a site (the toggle shortcut)
 * finds them hidden on the next visit there. Kept in `storage.local` under its own key, apart
 * from the settings object, as the list of origins where they are hidden; "Forget everything"
 * clears it with the rest of `storage.local`.
 */
export const HIDDEN_HIGHLIGHTS_KEY = 'whosaid-hidden-highlights';

/** The part of `storage.local` the highlights memory uses. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The origins where highlights are hidden, in the order they were hidden (listed on the options page). */
export async function hiddenOrigins(area: LocalArea): Promise<string[]> {
  const stored = (await area.get(HIDDEN_HIGHLIGHTS_KEY))[HIDDEN_HIGHLIGHTS_KEY];
  // Anything unreadable counts as nothing hidden: highlights showing is the safe default.
  return Array.isArray(stored) ? stored.filter((origin): origin is string => typeof origin === 'string') : [];
}

export async function highlightsHidden(area: LocalArea, origin: string): Promise<boolean> {
  return (await hiddenOrigins(area)).includes(origin);
}

export async function rememberHighlights(area: LocalArea, origin: string, visible: boolean): Promise<void> {
  const others = (await hiddenOrigins(area)).filter((other) => other !== origin);
  await area.set({ [HIDDEN_HIGHLIGHTS_KEY]: visible ? others : [...others, origin] });
}
