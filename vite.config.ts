/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { classicSiteScripts, katexWoff2Only, pqdExtraBuilds, siteViews } from './scripts/build-widgets.mjs';
import { prerenderedFirstScreens } from './scripts/build/prerender.mjs';

const building = !process.env.VITEST;

// Relative base: the built site works from any static host under any sub-path.
// `npx vite build` writes the site (index.html, embed.html), then — through pqdExtraBuilds — the widget
// script dist/pqd-widgets.js and the single-file builds dist/single/<view>.html, then the service worker
// dist/sw.js that precaches the site for offline use (issue #7; docs/embedding.md).
export default defineConfig({
  base: './',
  plugins: [
    // PQD_SNAPSHOT_CSS: the build's svelte/server render of the first screens (scripts/build/prerender.mjs).
    svelte(process.env.PQD_SNAPSHOT_CSS ? { compilerOptions: { css: 'injected' } } : undefined),
    katexWoff2Only(),
    // index.html → src/boot.ts → the bundle of the view in the URL (issue #15); dev: src/main.ts, all views.
    siteViews(),
    ...(building
      ? [
          // Classic deferred scripts without `crossorigin`: the site loads in a sandboxed iframe (issue #14).
          classicSiteScripts(),
          // index.html carries each view's first screen, rendered at build time (issue #15).
          prerenderedFirstScreens(),
          pqdExtraBuilds(),
          VitePWA({
            strategies: 'generateSW',
            filename: 'sw.js',
            // src/embed/registerServiceWorker.ts registers it (and reloads once after an update).
            injectRegister: false,
            registerType: 'autoUpdate',
            includeManifestIcons: true,
            manifest: {
              name: 'Perovskite QD Lab',
              short_name: 'QD Lab',
              description: 'Interactive simulator of CsPbX3 and PbS quantum dots: lattice, confinement, ligands.',
              start_url: './',
              scope: './',
              display: 'standalone',
              background_color: '#f6f7f9',
              theme_color: '#0b61a4',
              icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            workbox: {
              // The app shell: pages, scripts, styles, woff2 fonts, icons (data are bundled in the JS).
              // The single-file builds are downloads, not part of the app: not precached.
              globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}'],
              globIgnores: ['single/**'],
              // `?view=…&comp=…` must find the precached page.
              ignoreURLParametersMatching: [/.*/],
              navigateFallback: null,
              cleanupOutdatedCaches: true,
              clientsClaim: true,
              skipWaiting: true,
              maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
              sourcemap: false,
            },
            // After pqdExtraBuilds (which runs first), so the widget script is precached too.
            integration: { closeBundleOrder: 'post' },
          }),
        ]
      : []),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // No shared polyfill chunk: each page's script is one self-contained classic script (classicSiteScripts).
    modulePreload: { polyfill: false },
    // Fonts are never inlined as data: URLs (a small KaTeX woff2 would be): a strict CSP's font-src 'self'
    // loads them as files (issue #14).
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  // In tests, resolve Svelte's browser build so components mount in jsdom.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'jsdom' },
      },
      {
        // The app rendered in the pseudo-locale en-XA (scripts/pseudo-locale.mjs compiles it to
        // src/paraglide-pseudo): every `…/paraglide/…` import resolves to the pseudo build.
        extends: true,
        resolve: { alias: [{ find: /^(.*)\/paraglide\/(.*)$/, replacement: '$1/paraglide-pseudo/$2' }] },
        // Each case mounts the whole app: allow for a loaded 2-core CI machine.
        test: { name: 'pseudo', include: ['tests/pseudo/**/*.test.ts'], environment: 'jsdom', testTimeout: 30_000 },
      },
    ],
  },
});
