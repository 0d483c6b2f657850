import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../../src-main/menu/menuTemplate';

const build = (overrides: Partial<MenuTemplateOptions> = {}) =>
  buildMenuTemplate({ appName: 'Outpost', isPackaged: true, isMac: false, showAbout: () => undefined, ...overrides });

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help with the usual roles', () => {
    const template = build();
    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('offers developer tools only when not packaged', () => {
    expect(roles(build({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(build({ isPackaged: false }))).toContain('toggleDevTools');
  });

  it('gives Quit a shortcut outside macOS', () => {
    const file = build()[0];
    expect(file?.submenu).toEqual([{ role: 'quit', accelerator: 'CmdOrCtrl+Q' }]);
  });

  it('puts the app menu first on macOS, with Quit there', () => {
    const template = build({ isMac: true });
    expect(template[0]?.label).toBe('Outpost');
    expect(roles([template[0] ?? {}])).toContain('quit');
    expect(roles([template[1] ?? {}])).toEqual(['close']);
  });

  it('shows the About panel from Help', () => {
    const showAbout = vi.fn();
    const help = build({ showAbout }).at(-1);
    const about = (help?.submenu as MenuItemConstructorOptions[] | undefined)?.[0];
    expect(about?.label).toBe('About Outpost');
    expect(about?.click).toBe(showAbout);
  });
});
