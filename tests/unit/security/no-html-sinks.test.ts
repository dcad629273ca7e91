/**
 * Page text is untrusted: no part of the extension may parse a string as HTML or
 * evaluate it as code. This scans the sources (src/**) and, when the extension is
 * built, the bundles it ships (dist/chrome, dist/firefox), for the sinks listed in
 * html-sinks.ts. Third-party code inside a bundle is excused only when the bundler's
 * region comments name it precisely (see `thirdPartyRegions`), and only for the
 * libraries listed in THIRD_PARTY_WITH_SINKS, each with the reason it is safe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSinks, type Sink } from './html-sinks';

const root = resolve(import.meta.dirname, '../../..');
const PACKAGES = ['dist/chrome', 'dist/firefox'];

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => extensions.some((extension) => path.endsWith(extension)))
    .map((path) => join(dir, path));
}

const describeSinks = (file: string, sinks: Sink[]) => sinks.map((sink) => `${relative(root, file)}:${sink.line} ${sink.what}`);

describe('no HTML or code sinks in the extension', () => {
  it('finds none in src/', () => {
    const files = filesUnder(join(root, 'src'), ['.ts', '.tsx', '.js', '.mjs']);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => describeSinks(file, findSinks(readFileSync(file, 'utf8'), file)))).toEqual([]);
  });

  describe.each(PACKAGES)('%s', (pkg) => {
    const dir = join(root, pkg);
    it.skipIf(!existsSync(dir))('ships bundles without sinks (skipped when not built: run `npm run build`)', () => {
      const files = filesUnder(dir, ['.js', '.mjs']);
      expect(files.length).toBeGreaterThan(0);
      expect(files.flatMap((file) => describeSinks(file, findSinks(readFileSync(file, 'utf8'), file)))).toEqual([]);
    });
  });
});
