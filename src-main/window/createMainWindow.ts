import { BrowserWindow, screen } from 'electron';
import { isOnVisibleDisplay, readWindowState, writeWindowState } from './windowState';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly windowStatePath: string;
  // Off in packaged builds: DevTools would let anyone read and rewrite the local database.
  readonly devTools: boolean;
}

const defaultSize = { width: 1280, height: 800 };

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(options.windowStatePath);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const restored = saved !== null && isOnVisibleDisplay(saved, workAreas) ? saved : null;

  const window = new BrowserWindow({
    ...(restored ? { x: restored.x, y: restored.y, width: restored.width, height: restored.height } : defaultSize),
    minWidth: 800,
    minHeight: 560,
    title: 'Outpost',
    // Shown once painted, so the user never sees a white flash.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      devTools: options.devTools,
    },
  });

  if (restored?.isMaximized) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
  });
  // Normal bounds, so a maximised window comes back maximised over its previous size.
  window.on('close', () => {
    writeWindowState(options.windowStatePath, { ...window.getNormalBounds(), isMaximized: window.isMaximized() });
  });
  return window;
}
