/**
 * Whosaid makes no network request and loads no remote code, so nothing it ships has a reason
 * to name a remote address. This scans every script, page and stylesheet of the built packages
 * for http(s) and ws(s) URLs; the only exceptions are XML namespace names, which identify a
 * vocabulary (SVG, MathML) and are never fetched, and the manifest, whose optional host
 * permissions are match patterns (manifest.test.ts checks them). The CSP and the e2e tests catch requests at
 * run time; this catches the address before it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const PACKAGES = ['dist/chrome', 'dist/firefox'];
const SHIPPED_TEXT = ['.js', '.mjs', '.html', '.css', '.json'];
/** Scheme, then everything up to a quote, space or bracket: linear, no backtracking. */
const REMOTE_ADDRESS = /\b(?:https?|wss?):\/\/[^\s"'`<>()]*/gi;
const XML_NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/XML/1998/namespace', 'http://www.w3.org/2000/xmlns/']);

/** Every remote address named in `text`, except XML namespace names. */
function remoteAddresses(text: string): string[] {
  return [...text.matchAll(REMOTE_ADDRESS)].map((match) => match[0]).filter((address) => !XML_NAMESPACES.has(address));
}

describe('no remote addresses in what Whosaid ships', () => {
  it('recognises addresses and lets namespace names through', () => {
    const sample = 'fetch("https://api.example.com/v1?q=1");new WebSocket(`wss://x.test`);createElementNS("http://www.w3.org/2000/svg","svg")';
    expect(remoteAddresses(sample)).toEqual(['https://api.example.com/v1?q=1', 'wss://x.test']);
  });

  describe.each(PACKAGES)('%s', (pkg) => {
    const dir = join(root, pkg);
    it.skipIf(!existsSync(dir))('names none (needs `npm run build`, skipped without it)', () => {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((path) => path !== 'manifest.json' && SHIPPED_TEXT.some((extension) => path.endsWith(extension)));
      expect(files.length).toBeGreaterThan(0);
      const found = files.flatMap((path) => remoteAddresses(readFileSync(join(dir, path), 'utf8')).map((address) => `${relative(root, join(dir, path))}: ${address}`));
      expect(found).toEqual([]);
    });
  });
});
