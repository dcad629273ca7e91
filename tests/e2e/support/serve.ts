/**
 * A tiny static file server on 127.0.0.1 and a free port, for the sample page. Loopback only, so
 * that the e2e tests can assert that no request leaves 127.0.0.1. Read-only, no directory listings,
 * and paths cannot escape the served folder.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Lets pages state a shared block of markup once (the hostile pages in tests/e2e/security/pages
 * all carry the same article): in an .html or .xhtml file, a line holding only
 * `<!-- include: NAME -->` is served as the file fragments/NAME.html of the served folder. The
 * fragment replaces the whole line, so it carries its own indentation, and it may include others.
 */
const INCLUDE_LINE = /^[ \t]*<!-- include: ([\w-]+) -->\n/gm;
const INCLUDING_TYPES = new Set(['.html', '.xhtml']);

async function expandIncludes(rootDir: string, text: string, chain: string[]): Promise<string> {
  let expanded = '';
  let done = 0;
  for (const match of text.matchAll(INCLUDE_LINE)) {
    const name = match[1]!;
    if (chain.includes(name)) throw new Error(`fragment cycle: ${[...chain, name].join(' > ')}`);
    const fragmentPath = join(rootDir, 'fragments', `${name}.html`);
    const fragment = await readFile(fragmentPath, 'utf8').catch(() => {
      throw new Error(`${chain.at(-1)} includes "${name}", but there is no fragment ${fragmentPath}`);
    });
    expanded += text.slice(done, match.index) + (await expandIncludes(rootDir, fragment, [...chain, name]));
    done = match.index + match[0].length;
  }
  return expanded + text.slice(done);
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

async function fileFor(rootDir: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = resolve(rootDir, '.' + normalize(sep + decoded));
  if (path !== rootDir && !path.startsWith(rootDir + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return fileFor(rootDir, join(decoded, 'index.html'));
  return info?.isFile() ? path : null;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const rootDir = resolve(dir);
  const server: Server = createServer((request, response) => {
    fileFor(rootDir, request.url ?? '/')
      .then(async (path) => {
        if (!path || (request.method !== 'GET' && request.method !== 'HEAD')) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        const body = INCLUDING_TYPES.has(extname(path))
          ? await expandIncludes(rootDir, await readFile(path, 'utf8'), [path])
          : await readFile(path);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      // The reason goes to the browser, so that a test failing on a broken page shows why.
      .catch((error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections(); // browsers keep connections alive
      }),
  };
}
