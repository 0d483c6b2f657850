import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', safePlaywrightPath()];

function safePlaywrightPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function firstExisting() {
  return candidates().find((path) => path && existsSync(path));
}

// $CHROMIUM_PATH, the system's Chromium or Playwright's own; failing all, Playwright installs
// one, and where that fails too (no network) we say how to get one.
export function findChromium() {
  const found = firstExisting();
  if (found) return found;
  console.log('No Chromium found: trying `npx playwright install chromium`…');
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    // Reported below.
  }
  const installed = firstExisting();
  if (installed) return installed;
  console.error(
    'No Chromium is available for the end-to-end tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: npx playwright install chromium (needs network), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

// Chromium as root needs --no-sandbox; the rest keep it from calling home on a closed network.
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
