/** The manifest rules must reject each broad or unsafe request, or manifest.test.ts proves nothing. */
import { describe, expect, it } from 'vitest';
import { firefoxProblems, manifestProblems, parseCsp, type Manifest } from './manifest-rules';

const STRICT_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:";
const good: Manifest = {
  manifest_version: 3,
  permissions: ['activeTab', 'scripting', 'storage'],
  optional_host_permissions: ['https://*/*'],
  content_security_policy: { extension_pages: STRICT_CSP },
};
const withCsp = (policy: string): Manifest => ({ ...good, content_security_policy: { extension_pages: policy } });

describe('manifestProblems', () => {
  it('accepts activeTab, scripting, storage, optional hosts and a strict CSP', () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it.each<[string, Manifest]>([
    ['a broad API permission', { ...good, permissions: ['activeTab', 'tabs'] }],
    ['<all_urls> among permissions', { ...good, permissions: ['storage', '<all_urls>'] }],
    ['install-time host permissions', { ...good, host_permissions: ['https://*/*'] }],
    ['a declared content script', { ...good, content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }] }],
    ['web-accessible resources', { ...good, web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] }],
    ['web pages allowed to connect', { ...good, externally_connectable: { matches: ['https://example.com/*'] } }],
    ['no CSP at all', { ...good, content_security_policy: undefined }],
    ['unsafe-eval', withCsp("script-src 'self' 'unsafe-eval'; object-src 'none'; connect-src 'none'")],
    ['a remote script source', withCsp("script-src 'self' https://cdn.example.com; object-src 'none'; connect-src 'none'")],
    ['a remote connect source', withCsp("default-src 'self'; connect-src https:")],
    ['an unrestricted connect-src', withCsp("script-src 'self'; object-src 'none'")],
    ['a test-flavour host', { ...good, optional_host_permissions: ['http://127.0.0.1/*'] }],
  ])('rejects %s', (_name, manifest) => {
    expect(manifestProblems(manifest)).not.toEqual([]);
  });

  it('reads CSP directives case-insensitively, first occurrence winning', () => {
    expect(parseCsp("Script-Src 'self';  script-src *; ; object-src 'none'")).toEqual(new Map([['script-src', ["'self'"]], ['object-src', ["'none'"]]]));
  });
});

describe('firefoxProblems', () => {
  const gecko = (dataCollection: unknown): Manifest => ({ browser_specific_settings: { gecko: { id: 'x@y', data_collection_permissions: dataCollection } } });

  it('accepts a declaration that no data is collected', () => {
    expect(firefoxProblems(gecko({ required: ['none'] }))).toEqual([]);
  });

  it.each([[undefined], [{ required: [] }], [{ required: ['none', 'browsingActivity'] }], [{ required: ['none'], optional: ['technicalAndInteraction'] }]])(
    'rejects %j', (dataCollection) => {
      expect(firefoxProblems(gecko(dataCollection))).not.toEqual([]);
    });
});
