import { describe, expect, it } from 'vitest';
import { registrationId, syncRegistrations, type ScriptingApi } from '../../../src/background/sites';
import { originPattern } from '../../../src/shared/settings';
import { underlineSupported } from '../../../src/background/platform';
import { defaultStored, withSiteChoice } from '../../../src/shared/settings';

class FakeScripting implements ScriptingApi {
  registered: Array<{ id: string; matches: string[] }> = [{ id: 'someone-else', matches: [] }];
  async getRegisteredContentScripts() { return this.registered.map(({ id }) => ({ id })); }
  async registerContentScripts(scripts: Array<{ id: string; matches: string[] }>) {
    for (const script of scripts) {
      if (this.registered.some((other) => other.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      this.registered.push({ id: script.id, matches: script.matches });
    }
  }
  async unregisterContentScripts({ ids }: { ids: string[] }) {
    this.registered = this.registered.filter((script) => !ids.includes(script.id));
  }
}

describe('always-run sites', () => {
  it('builds port-free match patterns', () => {
    expect(originPattern('https://news.example')).toBe('https://news.example/*');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });

  it('registers granted always-run sites, unregisters the rest, and is idempotent', async () => {
    const scripting = new FakeScripting();
    let stored = withSiteChoice(defaultStored(), 'https://a.example', { alwaysRun: true });
    stored = withSiteChoice(stored, 'https://b.example', { alwaysRun: true });
    stored = withSiteChoice(stored, 'https://off.example', { enabled: false });
    const granted = async (pattern: string) => pattern !== 'https://b.example/*';
    await syncRegistrations(stored, scripting, granted);
    await syncRegistrations(stored, scripting, granted);
    expect(scripting.registered).toEqual([
      { id: 'someone-else', matches: [] },
      { id: registrationId('https://a.example'), matches: ['https://a.example/*'] },
    ]);
    await syncRegistrations(defaultStored(), scripting, granted);
    expect(scripting.registered.map((script) => script.id)).toEqual(['someone-else']);
  });
});

describe('underlines in ::highlight()', () => {
  it('are missing only in Firefox before 146', () => {
    expect(underlineSupported(undefined)).toBe(true);
    expect(underlineSupported({ name: 'Firefox', version: '140.8.0esr' })).toBe(false);
    expect(underlineSupported({ name: 'Firefox', version: '146.0' })).toBe(true);
    expect(underlineSupported({ name: 'Firefox', version: '153.0.1' })).toBe(true);
  });
});
