/**
 * What `npm run build` hands to users: the unpacked extensions, the store packages and the CLI.
 * The packages must be exactly the unpacked user flavours, without the test flavour's automatic
 * access to 127.0.0.1 and localhost; the CLI must run from its single bundled file.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, repoRoot, requireBuilt } from './support/paths';
// The security tests' ZIP reader: they check the manifests inside the packages, this file the rest.
import { readZipEntry } from '../unit/security/zip';
import startMark from '../../scripts/content-start-mark.json';

const TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

const manifestOf = (flavour: string) =>
  JSON.parse(readFileSync(join(requireBuilt(join(distDir, flavour)), 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the extension packages', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`whosaid-${browser}.zip holds every file of dist/${browser}, unchanged`, () => {
      const zip = readFileSync(join(distDir, `whosaid-${browser}.zip`));
      const unpacked = join(distDir, browser);
      for (const file of filesUnder(unpacked)) {
        expect(readZipEntry(zip, file)?.equals(readFileSync(join(unpacked, file))), file).toBe(true);
      }
      const manifest = manifestOf(browser);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
    });
  }

  it('derives the Chrome and Firefox manifests from one source', () => {
    const chrome = manifestOf('chrome');
    const firefox = manifestOf('firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
    const { background: _c, ...chromeRest } = chrome;
    const { background: _f, browser_specific_settings: _s, ...firefoxRest } = firefox;
    expect(firefoxRest).toEqual(chromeRest);
    expect(chrome.version).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('gives only the test flavours automatic access to the local test server, and the bench\'s start mark', () => {
    for (const flavour of ['chrome-test', 'firefox-test']) {
      const manifest = manifestOf(flavour);
      expect(manifest.host_permissions).toEqual(TEST_ORIGINS);
      expect(manifest.content_scripts).toEqual([{ matches: TEST_ORIGINS, js: [startMark.script, 'content.js'], run_at: 'document_idle' }]);
      expect(readFileSync(join(distDir, flavour, startMark.script), 'utf8')).toBe(`performance.mark(${JSON.stringify(startMark.mark)});\n`);
    }
    for (const flavour of ['chrome', 'firefox']) expect(filesUnder(join(distDir, flavour))).not.toContain(startMark.script);
  });
});

describe('the bundled CLI', () => {
  const cli = join(distDir, 'cli/whosaid.js');
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 60_000 });

  it('is one executable file that Node runs directly', () => {
    accessSync(cli, constants.X_OK);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(readdirSync(join(distDir, 'cli'))).toEqual(['whosaid.js']);
  });

  it('analyses text from stdin', () => {
    const result = run(['analyze', '-'], '"We will open the bridge in May," said Anna Berg.\n');
    expect(result.stderr).toBe('');
    const analysis = JSON.parse(result.stdout);
    expect(analysis.quotes[0]).toMatchObject({ text: '"We will open the bridge in May,"', speaker: { name: 'Anna Berg' } });
  });

  it('runs batches on worker threads started from the bundle itself', () => {
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `"Fine," said Anna Berg. (${id})` }));
    const result = run(['analyze', '--jsonl'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((line) => line.id)).toEqual(['a', 'b', 'c']);
    expect(out.every((line) => line.quotes.length === 1)).toBe(true);
  });
});
