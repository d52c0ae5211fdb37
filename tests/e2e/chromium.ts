/**
 * The one place that knows how to launch Debian's Chromium with WebGL through SwiftShader on these
 * machines (no GPU, root). From shared/design/chromium.md: these flags render WebGL 2 in headless mode;
 * --use-angle=vulkan/gl or --use-gl=egl lose the context; without --enable-unsafe-swiftshader Chromium
 * warns that the software fallback is deprecated. Playwright adds --no-sandbox/--headless itself.
 * Never download a browser: CI installs Debian's `chromium` package when it is missing.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--use-gl=angle',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** 4173; PQD_PORT lets several checkouts or people test side by side on one machine. */
export const PREVIEW_PORT = Number(process.env.PQD_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;
