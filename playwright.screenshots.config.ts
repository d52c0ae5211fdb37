import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the same browser and server as the e2e tests, only the *.shots.ts files.
export default defineConfig({ ...base, testMatch: '**/*.shots.ts', globalSetup: undefined });
