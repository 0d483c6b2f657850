import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import { findNearbyHubs } from '../src-server/hub/hubAnnouncement';
import { contentSecurityPolicy } from '@shared/security/contentSecurityPolicy';
import { createBackupFolder } from './ipc/backupFolder';
import { loadBackupFolderLocation } from './ipc/backupFolderLocation';
import { createHubConfigFile, type HubConfigFile } from './hub/hubConfigFile';
import { HubHost } from './hub/hubHost';
import { HubPins, pinStoredHubCertificates } from './hub/hubPins';
import { showHubTray } from './hub/hubTray';
import { createLastWindowClosed } from './hub/lastWindowClosed';
import { createBridgeHandlers } from './ipc/bridgeHandlers';
import { resumeHosting } from './ipc/hubBridgeHandlers';
import { createOpenedFiles } from './ipc/openedFiles';
import { createFileOpener, type OpenDialog } from './ipc/openFileWithDialog';
import { createQuitCoordinator } from './ipc/quitCoordinator';
import { registerBridgeHandlers } from './ipc/registerBridgeHandlers';
import { createFileSaver, createWorkspaceSaver, type SaveDialog } from './ipc/saveFileWithDialog';
import { createSyncCredentialStore } from './ipc/syncCredentialStore';
import { buildMenuTemplate } from './menu/menuTemplate';
import { createAppRequestHandler } from './protocol/appRequestHandler';
import { appEntryUrl, appOrigin, appScheme } from './security/appOrigin';
import { devContentSecurityPolicy } from './security/devContentSecurityPolicy';
import { devServerUrl } from './security/devServerUrl';
import { hardenWebContents } from './security/hardenWebContents';
import { hubCertificateVerifyProc } from './security/hubCertificatePins';
import { isTrustedSender } from './security/isTrustedSender';
import { urlOrigin } from './security/urlOrigin';
import { withContentSecurityPolicy } from './security/withContentSecurityPolicy';
import { createMainWindow } from './window/createMainWindow';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');

// Every renderer sandboxed, whatever a later BrowserWindow's webPreferences say.
app.enableSandbox();

// Must run before "ready". standard + secure gives app:// a real origin with storage
// (IndexedDB), a secure context and relative URL resolution, like https.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another Outpost owns the database; it gets focused through "second-instance".
  app.quit();
}

function startApp(): void {
  const devUrl = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const devOrigin = devUrl === null ? null : urlOrigin(devUrl);
  const allowedOrigins = devOrigin === null ? [appOrigin] : [appOrigin, devOrigin];
  let mainWindow: BrowserWindow | null = null;
  // Closing the window or quitting waits (at most 30 s) for the renderer's backup on quit.
  const quit = createQuitCoordinator();
  app.on('before-quit', (event) => {
    if (mainWindow !== null && quit.hold(() => app.quit())) event.preventDefault();
  });
  const shownNotifications = new Set<Notification>();

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { allowedOrigins, allowedPermissions: { media: ['/capture'] }, openExternal: (url) => shell.openExternal(url) });
  });

  const focusMainWindow = (): void => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  // Set once the hub is set up: whether closing the last window leaves it hosting in the tray.
  let hub: { host: HubHost; config: HubConfigFile } | null = null;
  const lastWindow = createLastWindowClosed({
    platform: process.platform,
    isHosting: () => hub !== null && hub.host.status() !== null,
    keepInTray: () => hub !== null && hub.config.current().keepInTray,
    showTray: (actions) => showHubTray({ iconPath: join(app.getAppPath(), 'resources', 'icon.png'), ...actions }),
    openWindow: () => openMainWindow(),
    quit: () => app.quit(),
  });
  app.on('window-all-closed', lastWindow.windowAllClosed);
  app.on('second-instance', () => {
    if (!lastWindow.reopenFromTray()) focusMainWindow();
  });

  // Files chosen to import, open until the import lets go of them or the window closes.
  const openedFiles = createOpenedFiles();
  const openMainWindow = (): void => {
    const window = createMainWindow({
      preloadPath,
      windowStatePath: join(app.getPath('userData'), 'window-state.json'),
      devTools: !app.isPackaged,
    });
    window.on('close', (event) => {
      if (quit.hold(() => window.destroy())) event.preventDefault();
    });
    window.on('closed', () => {
      mainWindow = null;
      void openedFiles.closeAll();
    });
    mainWindow = window;
    void window.loadURL(devUrl ?? appEntryUrl);
  };

  void app.whenReady().then(async () => {
    protocol.handle(appScheme, createAppRequestHandler(rendererDir, contentSecurityPolicy));
    if (devOrigin !== null) {
      const policy = devContentSecurityPolicy(contentSecurityPolicy);
      session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
        callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
      });
    }

    const credentialsPath = join(app.getPath('userData'), 'sync-credentials.bin');
    const syncCredentials = createSyncCredentialStore(safeStorage, {
      read: () => readFile(credentialsPath).catch(() => null),
      write: (data) => (data ? writeFile(credentialsPath, data, { mode: 0o600 }) : rm(credentialsPath, { force: true })),
    });

    const showSaveDialog: SaveDialog = (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options));
    const showOpenDialog: OpenDialog = (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
    // The team hub runs in a utilityProcess; a paired hub's self-signed certificate is trusted
    // only when it matches the fingerprint pinned at pairing.
    const hubPins = new HubPins();
    const pinnedCredentials = pinStoredHubCertificates(syncCredentials, hubPins);
    void pinnedCredentials.load();
    session.defaultSession.setCertificateVerifyProc(hubCertificateVerifyProc(hubPins.entries));
    const hubHost = new HubHost(() => utilityProcess.fork(join(outDir, 'main', 'hub.js'), [], { serviceName: 'Outpost team hub' }));
    app.on('will-quit', () => void hubHost.stop());
    const hubDeps = {
      host: hubHost,
      pins: hubPins,
      findNearby: () => findNearbyHubs(3000),
      dataDir: join(app.getPath('userData'), 'hub'),
      config: createHubConfigFile(join(app.getPath('userData'), 'hub-hosting.json')),
    };
    hub = { host: hubHost, config: hubDeps.config };
    void resumeHosting(hubDeps).catch((error: unknown) => console.error('Outpost could not resume hosting the team hub:', error));

    const backupLocation = await loadBackupFolderLocation(join(app.getPath('userData'), 'backup-folder.json'), join(app.getPath('userData'), 'backups'), (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    );

    registerBridgeHandlers(
      ipcMain,
      createBridgeHandlers({
        app,
        platform: process.platform,
        openExternal: (url) => shell.openExternal(url),
        notifications: {
          isSupported: () => Notification.isSupported(),
          show: (title, body, onClick) => {
            const notification = new Notification({ title, body });
            // Held until clicked or closed: a collected notification never reports its click.
            shownNotifications.add(notification);
            notification.on('click', () => {
              shownNotifications.delete(notification);
              onClick();
            });
            notification.on('close', () => shownNotifications.delete(notification));
            notification.show();
          },
        },
        focusWindow: focusMainWindow,
        syncCredentials: pinnedCredentials,
        hub: hubDeps,
        saveFile: createFileSaver(showSaveDialog, () => app.getPath('downloads')),
        backups: createBackupFolder(backupLocation.current),
        backupLocation,
        saveWorkspace: createWorkspaceSaver(showSaveDialog, () => app.getPath('documents')),
        openFile: createFileOpener(showOpenDialog, () => app.getPath('downloads'), openedFiles),
        openedFiles,
        quit,
      }),
      (frame) => isTrustedSender(frame, { allowedOrigins, mainFrame: mainWindow?.webContents.mainFrame ?? null }),
    );

    app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
    const template = buildMenuTemplate({
      appName: app.getName(),
      isPackaged: app.isPackaged,
      isMac: process.platform === 'darwin',
      showAbout: () => {
        app.showAboutPanel();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));

    openMainWindow();
    // macOS keeps the app running without windows; clicking the dock icon reopens one.
    app.on('activate', () => {
      if (!lastWindow.reopenFromTray() && mainWindow === null) openMainWindow();
    });
  });
}
