import { defineConfig } from '@playwright/test';

// Electron-level checks against the built app (out/main/index.js); no web server, one worker,
// since each test launches the whole app.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
