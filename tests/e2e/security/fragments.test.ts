/**
 * The hostile pages state their shared blocks (the site header, the ferry article, the page
 * opening) once, in pages/fragments/, and the test server expands `<!-- include: NAME -->` lines
 * (support/serve.ts). Every page must reach the browser whole, and a missing fragment must fail
 * loudly rather than serve a page without its article.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/serve';

const PAGES_DIR = join(import.meta.dirname, 'pages');
const INCLUDE = '<!-- include:';

describe('hostile pages served from fragments', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(PAGES_DIR);
  });
  afterAll(() => server?.close());

  it('serves every page with its includes expanded and every fragment in use', async () => {
    const pages = (await readdir(PAGES_DIR)).filter((name) => /\.x?html$/.test(name));
    const served = await Promise.all(
      pages.map(async (name) => {
        const response = await fetch(`${server.origin}/${name}`);
        expect(response.status, name).toBe(200);
        return response.text();
      }),
    );
    for (const [index, text] of served.entries()) expect(text, pages[index]).not.toContain(INCLUDE);
    const article = served[pages.indexOf('shadow.html')]!;
    expect(article).toContain('<header class="site-header">');
    expect(article).toContain('"We will sail whenever it is safe to sail," Brenner said.');
    // A fragment that nothing includes any more is dead weight.
    const fragmentsDir = join(PAGES_DIR, 'fragments');
    const fragments = (await readdir(fragmentsDir)).filter((name) => name.endsWith('.html'));
    const sources = await Promise.all([
      ...pages.map((name) => readFile(join(PAGES_DIR, name), 'utf8')),
      ...fragments.map((name) => readFile(join(fragmentsDir, name), 'utf8')),
    ]);
    for (const fragment of fragments) {
      const placeholder = `${INCLUDE} ${fragment.replace(/\.html$/, '')} -->`;
      expect(sources.some((text) => text.includes(placeholder)), fragment).toBe(true);
    }
  });

  it('answers a page that includes a missing fragment with a 500 naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-fragments-'));
    await mkdir(join(dir, 'fragments'));
    await writeFile(join(dir, 'page.html'), `<p>before</p>\n  ${INCLUDE} lost-article -->\n`);
    const broken = await serveStatic(dir);
    try {
      const response = await fetch(`${broken.origin}/page.html`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain('includes "lost-article", but there is no fragment');
    } finally {
      await broken.close();
      await rm(dir, { recursive: true });
    }
  });
});
