/**
 * The user's settings and per-site choices as stored in `storage.local`, with a
 * schema version. Whatever is stored is read through `migrateStored`, so settings
 * survive an update and a corrupt store resets to defaults (and says so, so the
 * options page can tell the user) instead of breaking every page.
 *
 * Pure module: the storage calls live in ./store.ts.
 */
import { ENTITY_TYPES, type EntityType } from './analysis';
import { isHttpOrigin } from './messages';
import palettes from './palettes.json';

export const SCHEMA_VERSION = 1;

export type PaletteId = keyof typeof palettes;
export const PALETTE_IDS = Object.keys(palettes) as PaletteId[];

export interface Settings {
  palette: PaletteId;
  /** Entity types painted in the page (the popup always lists all of them). */
  entityTypes: EntityType[];
  showQuotes: boolean;
}

export interface SiteChoice {
  /** False when the user switched Whosaid off on this site. */
  enabled: boolean;
  /** True when the user granted the site's host permission and asked to run on every visit. */
  alwaysRun: boolean;
}

export interface Stored {
  schemaVersion: typeof SCHEMA_VERSION;
  settings: Settings;
  /** Keyed by origin ("https://example.com"). */
  sites: Record<string, SiteChoice>;
}

export const DEFAULT_SETTINGS: Settings = {
  palette: 'okabe-ito',
  entityTypes: ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK', 'OTHER'],
  showQuotes: true,
};

export function defaultStored(): Stored {
  return { schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes] }, sites: {} };
}

export interface MigrationResult {
  stored: Stored;
  /** True when something was stored but could not be read: the user should be told. */
  wasReset: boolean;
}

/**
 * Reads the stored object field by field:
 * - nothing stored: defaults, no notice;
 * - the current version: each field checked; a field a later release added is
 *   missing from older data and takes its default, an unreadable field resets;
 * - anything else (unknown version, wrong shape): defaults, with a notice.
 * A future schema change adds its step here, keyed by the version it upgrades from.
 */
export function migrateStored(raw: unknown): MigrationResult {
  if (raw === undefined || raw === null) return { stored: defaultStored(), wasReset: false };
  if (!isRecord(raw)) return { stored: defaultStored(), wasReset: true };
  if (raw.schemaVersion !== SCHEMA_VERSION) return { stored: defaultStored(), wasReset: true };
  const settings = readSettings(raw.settings);
  const sites = readSites(raw.sites);
  return {
    stored: { schemaVersion: SCHEMA_VERSION, settings: settings.value, sites: sites.value },
    wasReset: settings.reset || sites.reset,
  };
}

function readSettings(raw: unknown): { value: Settings; reset: boolean } {
  const value = defaultStored().settings;
  if (raw === undefined) return { value, reset: false };
  if (!isRecord(raw)) return { value, reset: true };
  let reset = false;
  if (typeof raw.palette === 'string' && (PALETTE_IDS as string[]).includes(raw.palette)) value.palette = raw.palette as PaletteId;
  else if (raw.palette !== undefined) reset = true;
  if (Array.isArray(raw.entityTypes) && raw.entityTypes.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t))) {
    value.entityTypes = ENTITY_TYPES.filter((type) => (raw.entityTypes as unknown[]).includes(type));
  } else if (raw.entityTypes !== undefined) reset = true;
  if (typeof raw.showQuotes === 'boolean') value.showQuotes = raw.showQuotes;
  else if (raw.showQuotes !== undefined) reset = true;
  return { value, reset };
}

function readSites(raw: unknown): { value: Record<string, SiteChoice>; reset: boolean } {
  const value: Record<string, SiteChoice> = {};
  if (raw === undefined) return { value, reset: false };
  if (!isRecord(raw)) return { value, reset: true };
  let reset = false;
  for (const [origin, choice] of Object.entries(raw)) {
    if (isHttpOrigin(origin) && isRecord(choice) && typeof choice.enabled === 'boolean' && typeof choice.alwaysRun === 'boolean') {
      value[origin] = { enabled: choice.enabled, alwaysRun: choice.alwaysRun };
    } else {
      reset = true;
    }
  }
  return { value, reset };
}

/** A site with no stored choice is enabled and runs on click only. */
export function siteChoice(stored: Stored, origin: string | null): SiteChoice {
  return (origin && Object.hasOwn(stored.sites, origin) ? stored.sites[origin] : undefined) ?? { enabled: true, alwaysRun: false };
}

/** `stored` with the choice for `origin` changed; sites back at the default are dropped. */
export function withSiteChoice(stored: Stored, origin: string, change: Partial<SiteChoice>): Stored {
  const next = { ...siteChoice(stored, origin), ...change };
  const sites = { ...stored.sites };
  if (next.enabled && !next.alwaysRun) delete sites[origin];
  else sites[origin] = next;
  return { ...stored, sites };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Match pattern for an origin. Match patterns cannot carry a port; the host covers them all. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
