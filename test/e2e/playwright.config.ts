import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from '../../scripts/findChromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4183);

// End-to-end tests click through the `npm run web` build in Chromium; every test gets a fresh
// browser context, so a fresh IndexedDB.
export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  outputDir: `../../test-results/e2e-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The app then skips its transitions, so axe never judges a notification halfway through fading.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs },
  },
  webServer: {
    command: 'npm run web',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
  },
});
