import type { MenuItemConstructorOptions } from 'electron';

export interface MenuTemplateOptions {
  readonly appName: string;
  readonly isPackaged: boolean;
  readonly isMac: boolean;
  readonly showAbout: () => void;
}

// The application menu. Roles bring the platform's own labels and shortcuts; only Quit gets an
// explicit accelerator because Windows has none for it by default.
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { appName, isPackaged, isMac, showAbout } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: isMac ? [{ role: 'close' }] : [{ role: 'quit', accelerator: 'CmdOrCtrl+Q' }],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  // Developer tools stay out of a packaged build: they would let anyone poke the local database.
  const developerItems: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'forceReload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...developerItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [about] };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, window, help];
}
