/**
 * The manifests Whosaid ships keep the promises of manifest-rules.ts: the source
 * manifest.json, the unpacked Chrome and Firefox builds, and the manifests inside
 * the store packages. The test flavours (dist/*-test) are the only ones allowed
 * to reach 127.0.0.1; the dist checks are skipped when the extension is not built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxProblems, manifestProblems, type Manifest } from './manifest-rules';
import { readZipEntry } from './zip';

const root = resolve(import.meta.dirname, '../../..');
const built = existsSync(join(root, 'dist/chrome/manifest.json'));
const SKIP_NOTE = '(needs `npm run build`, skipped without it)';

const readJson = (path: string): Manifest => JSON.parse(readFileSync(join(root, path), 'utf8'));
function manifestInZip(path: string): Manifest {
  const entry = readZipEntry(readFileSync(join(root, path)), 'manifest.json');
  if (!entry) throw new Error(`${path} has no manifest.json`);
  return JSON.parse(entry.toString('utf8'));
}

describe('shipped manifests', () => {
  it('the source manifest.json asks for no more than it needs', () => {
    expect(manifestProblems(readJson('manifest.json'))).toEqual([]);
  });

  describe.skipIf(!built)(`built packages ${SKIP_NOTE}`, () => {
    const packages: Array<[string, () => Manifest, boolean]> = [
      ['dist/chrome/manifest.json', () => readJson('dist/chrome/manifest.json'), false],
      ['dist/firefox/manifest.json', () => readJson('dist/firefox/manifest.json'), true],
      ['dist/whosaid-chrome.zip', () => manifestInZip('dist/whosaid-chrome.zip'), false],
      ['dist/whosaid-firefox.zip', () => manifestInZip('dist/whosaid-firefox.zip'), true],
    ];
    it.each(packages)('%s keeps every rule', (_path, read, isFirefox) => {
      const manifest = read();
      expect([...manifestProblems(manifest), ...(isFirefox ? firefoxProblems(manifest) : [])]).toEqual([]);
    });

    it('only the test flavours reach 127.0.0.1', () => {
      for (const flavour of ['chrome-test', 'firefox-test']) {
        expect(manifestProblems(readJson(`dist/${flavour}/manifest.json`))).toContainEqual(expect.stringContaining('127.0.0.1'));
      }
    });
  });
});
