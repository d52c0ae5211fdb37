/**
 * Helpers shared by the embedding e2e tests (embed-*.spec.ts, widgets*.spec.ts, csp*.spec.ts,
 * offline*.spec.ts): where the build is, console problems, non-blank pixels, CSP violations.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site (override with PQD_DIST to test a build elsewhere). */
export const DIST = resolve(process.env.PQD_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));

/**
 * Console lines that mean a WebGL context was taken away by the browser or misused, or that something
 * failed. (three's "THREE.WebGLRenderer: Context Lost." log is not one: a widget out of view releases its
 * context on purpose; a loss the widget did not ask for shows up as Chromium's "Too many active WebGL
 * contexts" warning, or as a GL error.)
 */
const PROBLEM = /Too many active WebGL contexts|CONTEXT_LOST_WEBGL|WebGL: INVALID|Uncaught|Refused to|Content.Security.Policy/i;

/** Collects page errors and problem console lines of the page and all its frames. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && /Failed to load resource.*favicon/i.test(text)) return;
    if (m.type() === 'error' || PROBLEM.test(text)) problems.push(`${m.type()}: ${text}`);
  });
  return problems;
}

/**
 * Whether a PNG shows more than a flat fill: decoded in the page (no image library needed) and judged by
 * the number of distinct colours (quantised to 5 bits per channel) and the spread of luminance.
 */
export async function pngStats(page: Page, png: Buffer): Promise<{ distinctColours: number; lumaStdev: number; width: number }> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let sum = 0;
    let sum2 = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
      const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += y;
      sum2 += y * y;
    }
    const mean = sum / n;
    return { distinctColours: colours.size, lumaStdev: Math.sqrt(Math.max(0, sum2 / n - mean * mean)), width: c.width };
  }, dataUrl);
}

/** Asserts that what the user sees in `target` (a canvas or its still image) is a picture, not a flat box. */
export async function expectPicture(page: Page, target: Locator, label: string): Promise<void> {
  const stats = await pngStats(page, await target.screenshot());
  expect(stats.distinctColours, `${label}: distinct colours`).toBeGreaterThan(12);
  expect(stats.lumaStdev, `${label}: luminance spread`).toBeGreaterThan(4);
}

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

/**
 * Pixels of a canvas read in the page (drawn into a 64×64 2D canvas): fast, and valid for canvases inside a
 * widget, whose WebGL contexts keep their drawing buffer (src/embed/glGate.ts). Same criteria as
 * `expectPicture`. Polled for a few seconds: a canvas that was just resized is blank until its next frame.
 */
export async function expectCanvasPicture(page: Page, hostId: string, label: string): Promise<void> {
  const read = (): Promise<{ distinctColours: number; lumaStdev: number } | null> =>
    page.evaluate((id) => {
      const c = document.getElementById(id)?.shadowRoot?.querySelector('canvas');
      if (!c) return null;
      const o = document.createElement('canvas');
      o.width = 64;
      o.height = 64;
      const ctx = o.getContext('2d')!;
      ctx.drawImage(c, 0, 0, 64, 64);
      const d = ctx.getImageData(0, 0, 64, 64).data;
      const colours = new Set<number>();
      let sum = 0;
      let sum2 = 0;
      for (let i = 0; i < d.length; i += 4) {
        colours.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
        const y = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
        sum += y;
        sum2 += y * y;
      }
      const n = d.length / 4;
      return { distinctColours: colours.size, lumaStdev: Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2)) };
    }, hostId);
  await expect
    .poll(
      async () => {
        const s = await read();
        return s !== null && s.distinctColours > 12 && s.lumaStdev > 4 ? 'a picture' : `not a picture: ${JSON.stringify(s)}`;
      },
      { message: `${label}: the canvas shows a picture`, timeout: 10_000 },
    )
    .toBe('a picture');
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
