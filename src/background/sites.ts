/**
 * "Always run on this site": one registered content script per origin the user
 * granted. `syncRegistrations` makes the browser's registrations equal the stored
 * choices (and granted permissions), so it is safe to call at every start-up,
 * whether or not the browser kept registrations across sessions.
 */
import { originPattern, type Stored } from '../shared/settings';

export const CONTENT_SCRIPT_FILE = 'content.js';
const ID_PREFIX = 'whosaid-site:';

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
