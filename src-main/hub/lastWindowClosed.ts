import type { HubTrayActions } from './hubTray';

export type LastWindowClosedDeps = {
  platform: NodeJS.Platform;
  // Whether this computer is hosting the team hub right now.
  isHosting: () => boolean;
  // The Settings > Sync choice to keep hosting in the tray once the window is closed.
  keepInTray: () => boolean;
  // Shows the tray icon; the function returned removes it.
  showTray: (actions: Omit<HubTrayActions, 'iconPath'>) => () => void;
  openWindow: () => void;
  quit: () => void;
};

// What closing the last window does: while the hub hosts and the user chose to keep it running,
// Outpost stays in the tray (one icon, however often the window is closed) until it is reopened
// or quit from there; otherwise it quits, except on macOS, where an app stays in the dock.
export function createLastWindowClosed(deps: LastWindowClosedDeps) {
  let hideTray: (() => void) | null = null;
  const reopen = (): void => {
    hideTray?.();
    hideTray = null;
    deps.openWindow();
  };
  return {
    windowAllClosed(): void {
      if (deps.isHosting() && deps.keepInTray()) {
        hideTray ??= deps.showTray({ open: reopen, quit: deps.quit });
        return;
      }
      if (deps.platform !== 'darwin') deps.quit();
    },
    // Outpost launched again, or its dock icon clicked, while only the tray is left: the same as
    // the tray's Open. False when there is no tray icon.
    reopenFromTray(): boolean {
      if (hideTray === null) return false;
      reopen();
      return true;
    },
  };
}
