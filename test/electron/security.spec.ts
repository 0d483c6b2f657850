import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { bridgeGlobalName, bridgeMethods } from '../../src-shared/ipc/bridgeMethods';

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

const electronBinary = findElectronBinary();
const skipReason = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron-level tests skipped';
if (electronBinary === null) console.log(skipReason);

test.describe('Electron shell security', () => {
  test.skip(electronBinary === null, skipReason);

  let app: ElectronApplication | undefined;
  let page: Page;
  let userData: string | undefined;

  test.beforeAll(async () => {
    if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first`);
    userData = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
    // Without ELECTRON_RENDERER_URL the app loads the built renderer from app://outpost.
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined),
    );
    const launched = await electron.launch({
      executablePath: electronBinary ?? undefined,
      // Chromium refuses to start its sandbox as root (CI containers); the webPreferences under
      // test are unaffected by this switch.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--user-data-dir=${userData}`, mainEntry],
      env,
    });
    app = launched;
    page = await launched.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  const launchedApp = (): ElectronApplication => {
    if (!app) throw new Error('Electron app did not launch');
    return app;
  };

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('the window runs isolated, sandboxed and without Node', async () => {
    const preferences = await launchedApp().evaluate(({ BrowserWindow }) => {
      const [window, ...others] = BrowserWindow.getAllWindows();
      // Undocumented but long-standing (Electron's own specs rely on it), hence not in the typings.
      const contents = window?.webContents as { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined;
      const prefs = contents?.getLastWebPreferences?.();
      return {
        windows: others.length + (window ? 1 : 0),
        contextIsolation: prefs?.contextIsolation,
        sandbox: prefs?.sandbox,
        nodeIntegration: prefs?.nodeIntegration,
        webviewTag: prefs?.webviewTag,
      };
    });
    expect(preferences).toEqual({ windows: 1, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  test('the page is served from app://outpost with the CSP', async () => {
    expect(page.url()).toMatch(/^app:\/\/outpost\//);
    const policy = await page.evaluate(async () => (await fetch('app://outpost/index.html')).headers.get('content-security-policy'));
    expect(policy).toContain("script-src 'self'");
  });

  test('the renderer sees only the named bridge, and no Node', async () => {
    const seen = await page.evaluate((name) => {
      const bridge = (window as unknown as Record<string, unknown>)[name] as Record<string, unknown> | undefined;
      const members = bridge ? Object.keys(bridge).sort() : [];
      return {
        members,
        allFunctions: members.every((member) => typeof bridge?.[member] === 'function'),
        require: typeof (globalThis as Record<string, unknown>)['require'],
        process: typeof (globalThis as Record<string, unknown>)['process'],
        module: typeof (globalThis as Record<string, unknown>)['module'],
      };
    }, bridgeGlobalName);
    expect(seen).toEqual({
      members: Object.keys(bridgeMethods).sort(),
      allFunctions: true,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('the bridge answers through IPC', async () => {
    const info = await page.evaluate(async (name) => {
      const bridge = (window as unknown as Record<string, { getAppInfo(): Promise<unknown> }>)[name];
      return bridge?.getAppInfo();
    }, bridgeGlobalName);
    expect(info).toMatchObject({ runtime: 'electron' });
  });

  test('navigating away is refused and the page stays on app://', async () => {
    const attempted = launchedApp().evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => {
            resolve(event.url);
          });
        }),
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // Our guard runs first (registered at window creation); this listener only observes.
    expect(await attempted).toBe('https://example.com/');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.location.href)).toMatch(/^app:\/\/outpost\//);
  });

  test('window.open creates no window', async () => {
    // about:blank, not a web link: a safe link would really be handed to the OS browser.
    const opened = await page.evaluate(() => window.open('about:blank') === null);
    expect(opened).toBe(true);
    expect(launchedApp().windows()).toHaveLength(1);
  });
});
