/**
 * Whether this browser's highlights inherit their parent's highlight styles (scope.ts), remembered
 * from page to page. A page learns it from a first stylesheet, and where highlights do not inherit
 * (Firefox ESR 153) it then needs a second one: one more round trip to the background before the
 * parser may start, 3–10 ms of the 50–70 ms to the sample page's first highlight in Firefox. The
 * answer belongs to the browser, not to the page, so it is kept in `storage.local` with the user
 * agent it was seen in: the next page starts with the right stylesheet, and a new browser version
 * learns it afresh. "Forget everything" clears it with the rest of `storage.local`.
 */
import type { LocalArea } from '../../shared/highlight-memory';

export const INHERITANCE_KEY = 'whosaid-highlight-inheritance';

interface Remembered {
  userAgent: string;
  inherits: boolean;
}

function isRemembered(value: unknown): value is Remembered {
  const record = value as Partial<Remembered> | null;
  return typeof record === 'object' && record !== null && typeof record.userAgent === 'string' && typeof record.inherits === 'boolean';
}

/** What was seen in this browser (`userAgent`), or null: not seen yet, seen in another version, or unreadable. */
export async function rememberedInheritance(area: LocalArea, userAgent: string): Promise<boolean | null> {
  const stored = (await area.get(INHERITANCE_KEY))[INHERITANCE_KEY];
  return isRemembered(stored) && stored.userAgent === userAgent ? stored.inherits : null;
}

export async function rememberInheritance(area: LocalArea, userAgent: string, inherits: boolean): Promise<void> {
  await area.set({ [INHERITANCE_KEY]: { userAgent, inherits } satisfies Remembered });
}
