/**
 * Page text is untrusted: no part of the extension may parse a string as HTML or
 * evaluate it as code. This scans the sources (src/**) and, when the extension is
 * built, every script it ships (dist/chrome, dist/firefox: background, content script,
 * popup and options chunks), for the sinks listed in html-sinks.ts.
 *
 * Bundled libraries get no exemption: the bundles are minified, so their code cannot
 * be told apart from ours reliably, and a library that writes HTML would run with the
 * extension's privileges all the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSinks } from './html-sinks';

const root = resolve(import.meta.dirname, '../../..');
const PACKAGES = ['dist/chrome', 'dist/firefox'];

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => extensions.some((extension) => path.endsWith(extension)))
    .map((path) => join(dir, path));
}

/** "path:line sink" for every sink in `files`. */
function sinksIn(files: string[]): string[] {
  return files.flatMap((file) => findSinks(readFileSync(file, 'utf8'), file).map((sink) => `${relative(root, file)}:${sink.line} ${sink.what}`));
}

describe('no HTML or code sinks in the extension', () => {
  it('finds none in src/', () => {
    const files = filesUnder(join(root, 'src'), ['.ts', '.tsx', '.js', '.mjs']);
    expect(files.length).toBeGreaterThan(0);
    expect(sinksIn(files)).toEqual([]);
  });

  describe.each(PACKAGES)('%s', (pkg) => {
    const dir = join(root, pkg);
    it.skipIf(!existsSync(dir))('ships scripts without sinks (needs `npm run build`, skipped without it)', () => {
      const files = filesUnder(dir, ['.js', '.mjs']);
      expect(files.length).toBeGreaterThan(0);
      expect(sinksIn(files)).toEqual([]);
    });
  });
});
