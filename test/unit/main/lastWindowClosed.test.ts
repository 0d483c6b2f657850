import { describe, expect, it, vi } from 'vitest';
import { createLastWindowClosed } from '../../../src-main/hub/lastWindowClosed';

type Situation = { platform?: NodeJS.Platform; hosting: boolean; keepInTray: boolean };

// Electron's app, window and tray played by spies; the tray's menu items are its actions.
function closingTheWindow({ platform = 'win32', hosting, keepInTray }: Situation) {
  const tray = { shown: 0, hidden: 0, actions: null as { open: () => void; quit: () => void } | null };
  const openWindow = vi.fn();
  const quit = vi.fn();
  const lastWindow = createLastWindowClosed({
    platform,
    isHosting: () => hosting,
    keepInTray: () => keepInTray,
    showTray: (actions) => {
      tray.shown += 1;
      tray.actions = actions;
      return () => {
        tray.hidden += 1;
      };
    },
    openWindow,
    quit,
  });
  return { closeWindow: lastWindow.windowAllClosed, launchAgain: lastWindow.reopenFromTray, tray, openWindow, quit };
}

describe('closing the last window while this computer hosts the team hub', () => {
  it('keeps the hub running in the tray when "keep in tray" is on', () => {
    const app = closingTheWindow({ hosting: true, keepInTray: true });
    app.closeWindow();
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.tray.shown).toBe(1);
  });

  it('reopens the window from the tray and removes the icon; closing it again brings the icon back', () => {
    const app = closingTheWindow({ hosting: true, keepInTray: true });
    app.closeWindow();
    app.tray.actions?.open();
    expect(app.openWindow).toHaveBeenCalledOnce();
    expect(app.tray.hidden).toBe(1);
    app.closeWindow();
    expect(app.tray.shown).toBe(2);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('shows one icon however often the last window closes while it is there', () => {
    const app = closingTheWindow({ platform: 'darwin', hosting: true, keepInTray: true });
    app.closeWindow();
    // macOS reopens a window from the dock without the tray; closing it leaves the same icon.
    app.closeWindow();
    expect(app.tray.shown).toBe(1);
  });

  it('quits from the tray icon’s menu', () => {
    const app = closingTheWindow({ hosting: true, keepInTray: true });
    app.closeWindow();
    app.tray.actions?.quit();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('opens the window when Outpost is launched again while only the tray is left, as the tray’s Open does', () => {
    const app = closingTheWindow({ hosting: true, keepInTray: true });
    app.closeWindow();
    expect(app.launchAgain()).toBe(true);
    expect(app.openWindow).toHaveBeenCalledOnce();
    expect(app.tray.hidden).toBe(1);
    // With the window open again, a launch only focuses it.
    expect(app.launchAgain()).toBe(false);
    expect(app.openWindow).toHaveBeenCalledOnce();
  });

  it('quits when "keep in tray" is off', () => {
    const app = closingTheWindow({ hosting: true, keepInTray: false });
    app.closeWindow();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.tray.shown).toBe(0);
  });

  it('quits when the hub is not hosting, even with "keep in tray" on', () => {
    const app = closingTheWindow({ hosting: false, keepInTray: true });
    app.closeWindow();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.tray.shown).toBe(0);
  });

  it('stays in the dock on macOS without a tray icon when it is not kept hosting', () => {
    const app = closingTheWindow({ platform: 'darwin', hosting: true, keepInTray: false });
    app.closeWindow();
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.tray.shown).toBe(0);
  });
});
