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
