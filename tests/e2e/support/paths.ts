/**
 * Where the built extension flavours and the sample page live, for the e2e tests, `npm start`
 * and benchmarks. The test flavours analyse http://127.0.0.1 pages by themselves (scripts/build.mjs).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const distDir = resolve(repoRoot, 'dist');
export const chromeTestExtension = resolve(distDir, 'chrome-test');
export const firefoxTestExtension = resolve(distDir, 'firefox-test');
export const sampleSiteDir = resolve(repoRoot, 'tests/fixtures/sample');
export const docsDir = resolve(repoRoot, 'docs');

/** Fails with the command to run, rather than a browser error, when the build is missing. */
export function requireBuilt(extensionDir: string): string {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run \`npm run build\` first`);
  }
  return extensionDir;
}
