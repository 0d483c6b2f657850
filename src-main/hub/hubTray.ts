import { Menu, Tray, nativeImage } from 'electron';

export type HubTrayActions = { iconPath: string; open: () => void; quit: () => void };

// While the window is closed and the hub keeps hosting: an icon that says so, to reopen Outpost
// or quit (which stops the hub).
export function showHubTray(actions: HubTrayActions): () => void {
  const tray = new Tray(nativeImage.createFromPath(actions.iconPath).resize({ width: 16, height: 16 }));
  tray.setToolTip('Outpost is hosting your team’s sync');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Outpost', click: actions.open },
      { type: 'separator' },
      { label: 'Stop hosting and quit', click: actions.quit },
    ]),
  );
  tray.on('click', actions.open);
  return () => tray.destroy();
}
