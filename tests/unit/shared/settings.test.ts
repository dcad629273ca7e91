import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultStored, migrateStored, SCHEMA_VERSION, siteChoice, withSiteChoice } from '../../../src/shared/settings';

describe('stored settings', () => {
  it('start from defaults without a notice when nothing is stored', () => {
    expect(migrateStored(undefined)).toEqual({ stored: defaultStored(), wasReset: false });
  });

  it('read back what was saved', () => {
    const saved = {
      schemaVersion: SCHEMA_VERSION,
      settings: { palette: 'tol-muted', entityTypes: ['ORG', 'PERSON'], showQuotes: false },
      sites: { 'https://a.example': { enabled: false, alwaysRun: false } },
    };
    const { stored, wasReset } = migrateStored(JSON.parse(JSON.stringify(saved)));
    expect(wasReset).toBe(false);
    expect(stored.settings).toEqual({ palette: 'tol-muted', entityTypes: ['PERSON', 'ORG'], showQuotes: false });
    expect(stored.sites).toEqual(saved.sites);
  });

  it('survive an update that adds a field: the missing field takes its default', () => {
    const older = { schemaVersion: SCHEMA_VERSION, settings: { palette: 'tol-bright' }, sites: {} };
    const { stored, wasReset } = migrateStored(older);
    expect(wasReset).toBe(false);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, palette: 'tol-bright' });
  });

  it('reset corrupt data to defaults and say so', () => {
    for (const corrupt of ['garbage', 42, [], { schemaVersion: 99 }, { schemaVersion: SCHEMA_VERSION, settings: 'x' }]) {
      const { stored, wasReset } = migrateStored(corrupt);
      expect(wasReset, JSON.stringify(corrupt)).toBe(true);
      expect(stored.settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keep the readable parts of partly corrupt data', () => {
    const partly = {
      schemaVersion: SCHEMA_VERSION,
      settings: { palette: 'neon', entityTypes: ['PERSON'], showQuotes: 'yes' },
      sites: { 'https://ok.example': { enabled: false, alwaysRun: false }, 'javascript:alert(1)': { enabled: false, alwaysRun: true } },
    };
    const { stored, wasReset } = migrateStored(partly);
    expect(wasReset).toBe(true);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, entityTypes: ['PERSON'] });
    expect(Object.keys(stored.sites)).toEqual(['https://ok.example']);
  });
});

describe('site choices', () => {
  it('default to on, click-only; drop sites back at the default', () => {
    const stored = defaultStored();
    expect(siteChoice(stored, 'https://a.example')).toEqual({ enabled: true, alwaysRun: false });
    expect(siteChoice(stored, null)).toEqual({ enabled: true, alwaysRun: false });
    const off = withSiteChoice(stored, 'https://a.example', { enabled: false });
    expect(siteChoice(off, 'https://a.example')).toEqual({ enabled: false, alwaysRun: false });
    const always = withSiteChoice(off, 'https://a.example', { enabled: true, alwaysRun: true });
    expect(always.sites).toEqual({ 'https://a.example': { enabled: true, alwaysRun: true } });
    expect(withSiteChoice(always, 'https://a.example', { alwaysRun: false }).sites).toEqual({});
    expect(siteChoice(stored, 'constructor')).toEqual({ enabled: true, alwaysRun: false });
  });
});
