import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

// node_modules/electron exports the binary's path, and throws when it was never downloaded.
function findElectronBinary(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const electronBinary = findElectronBinary();
export const skipReason = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron-level tests skipped';
if (electronBinary === null) console.log(skipReason);

export type LaunchedOutpost = { app: ElectronApplication; page: Page; close(): Promise<void> };

// The built app (`npx electron-vite build`) with a user data folder of its own.
export async function launchOutpost(): Promise<LaunchedOutpost> {
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first`);
  const userData = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
  // Without ELECTRON_RENDERER_URL the app loads the built renderer from app://outpost.
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined),
  );
  const app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    // Chromium refuses to start its sandbox as root (CI containers); the webPreferences under
    // test are unaffected by this switch.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--user-data-dir=${userData}`, mainEntry],
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    async close() {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
