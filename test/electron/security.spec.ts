import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { bridgeGlobalName, bridgeMethods } from '../../src-shared/ipc/bridgeMethods';
import { electronBinary, launchOutpost, skipReason, type LaunchedOutpost } from './launchOutpost';

test.describe('Electron shell security', () => {
  test.skip(electronBinary === null, skipReason);

  let launched: LaunchedOutpost | undefined;
  let app: ElectronApplication | undefined;
  let page: Page;

  test.beforeAll(async () => {
    launched = await launchOutpost();
    ({ app, page } = launched);
  });

  const launchedApp = (): ElectronApplication => {
    if (!app) throw new Error('Electron app did not launch');
    return app;
  };

  test.afterAll(async () => {
    await launched?.close();
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
