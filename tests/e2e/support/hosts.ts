/**
 * Other origins for the course-author and offline journeys: where the build is, a host page on another
 * port of 127.0.0.1, a static server of the build whose files a test can alter or send with headers, and a
 * recorder of CSP violations. (Console problems are the fixture's job: tests/e2e/fixtures.ts.)
 */
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site (override with PQD_DIST to test a build elsewhere). */
export const DIST = resolve(process.env.PQD_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url)));

/** Records `securitypolicyviolation` events of every frame into `window.__cspViolations`. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/**
 * A course page on another origin: a tiny HTTP server on another port of 127.0.0.1 serving `pages`
 * (path → HTML, or CSS/JS for paths ending in .css/.js). A page.route page would not do: Chromium counts it as public and blocks its requests to
 * the local network (the preview server).
 */
export async function startHostServer(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const html = pages[path];
    // Pages are HTML; a path ending in .css or .js is served as such (a host page's own stylesheet).
    const type = /\.(css|js)$/.test(path) ? MIME[extname(path)] : 'text/html; charset=utf-8';
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': type });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/**
 * A static server of a build directory on a free port of 127.0.0.1, whose files the test can alter
 * (e.g. `rewrite('/sw.js', (text) => text + '// next build')` to deploy "a new version"), sending
 * `headers` with every file (e.g. a Content-Security-Policy). No CORS headers: a plain static host.
 */
export async function startStaticServer(dir: string, headers: Record<string, string> = {}): Promise<{
  origin: string;
  rewrite: (path: string, edit: ((text: string) => string) | null) => void;
  close: () => Promise<void>;
}> {
  const edits = new Map<string, (text: string) => string>();
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403);
      res.end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const edit = edits.get(path);
      if (edit) body = edit(body.toString('utf8'));
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rewrite: (path, edit) => (edit ? edits.set(path, edit) : edits.delete(path)),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
