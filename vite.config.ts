/**
 * One Vite configuration per bundle, chosen by `--mode` (scripts/build.mjs runs them in turn):
 *
 *   pages       the popup and options pages (HTML entries, ES modules, shared chunks) + public/;
 *   background  the background worker: ONE classic script, so the same file serves as Chrome's
 *               service worker and as Firefox's background script; the parser and its data files
 *               are bundled here and nowhere else in the extension;
 *   content     the content script: ONE classic script (IIFE), because `scripting.executeScript({files})`
 *               and manifest `content_scripts` both run files as classic scripts, without ES imports;
 *   cli         the Node CLI: ONE ES module (it starts itself as a worker_threads worker by its own
 *               URL, so it must not be split), dependencies left to node_modules.
 *
 * The extension bundles are the same for Chrome and Firefox: only the manifest differs, so they are
 * all written to dist/chrome, from which build.mjs copies the other flavours.
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);
const extensionDir = fromRoot('dist/chrome');

/** Chromium 121 and Firefox 142 (the manifest's strict_min_version) both run ES2022. */
const browserTarget = ['chrome121', 'firefox142'];

/** A browser bundle that must be a single classic script. */
function classicScript(entry: string, fileName: string): UserConfig {
  return {
    publicDir: false,
    // Libraries that test process.env.NODE_ENV must see a constant: `process` does not exist here.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: extensionDir,
      target: browserTarget,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: fromRoot(entry), formats: ['iife'], name: 'whosaid', fileName: () => fileName },
    },
  };
}

const configs: Record<string, UserConfig> = {
  pages: {
    root: fromRoot('src'),
    publicDir: fromRoot('public'),
    base: '/',
    build: {
      outDir: extensionDir,
      target: browserTarget,
      emptyOutDir: true,
      // The polyfill would add a fetch() helper to pages whose only requests are their own files.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          popup: fromRoot('src/popup/index.html'),
          options: fromRoot('src/options/index.html'),
        },
      },
    },
  },
  background: classicScript('src/background/main.ts', 'background.js'),
  content: classicScript('src/content/main.ts', 'content.js'),
  cli: {
    publicDir: false,
    build: {
      outDir: fromRoot('dist/cli'),
      target: 'node20',
      emptyOutDir: true,
      ssr: fromRoot('src/cli/main.ts'),
      rolldownOptions: {
        output: {
          format: 'es',
          entryFileNames: 'whosaid.js',
          banner: '#!/usr/bin/env node',
          codeSplitting: false,
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => {
  const config = configs[mode];
  if (!config) {
    throw new Error(`vite.config.ts: unknown mode "${mode}"; use one of ${Object.keys(configs).join(', ')}`);
  }
  return { logLevel: 'warn', ...config };
});
