import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT } from './tests/e2e/chromium';

// End-to-end tests against the built site served by `vite preview` on 127.0.0.1.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.PQD_PORT ? `test-results-${process.env.PQD_PORT}` : 'test-results',
  // Tests, not files, are shared out between the workers: a journey's long tests (the 20 widgets, the
  // lecturer's dialogs) no longer queue behind each other on one worker while the other sits idle.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    // PQD_DIST: serve another build folder than dist/ (side-by-side work on one machine).
    command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort${process.env.PQD_DIST ? ` --outDir ${process.env.PQD_DIST}` : ''}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
