import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

// Runs Playwright with the Chromium found on this machine: `node scripts/runPlaywright.mjs <config> [args]`.
const [config, ...rest] = process.argv.slice(2);
const chromiumPath = findChromium();
const result = spawnSync('npx', ['playwright', 'test', '-c', config, ...rest], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath },
});
process.exit(result.status ?? 1);
