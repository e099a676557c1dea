import { describe, expect, it } from 'vitest';
import { appMenuTemplate, type MenuSpec } from './menu-template';

function flatten(items: MenuSpec[]): MenuSpec[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}

describe('appMenuTemplate', () => {
  const calls: string[] = [];
  const options = { addFolder: () => calls.push('add'), quit: () => calls.push('quit') };

  it('has Add Folder… on CmdOrCtrl+O, and Edit, View and Window menus', () => {
    const menu = appMenuTemplate({ ...options, platform: 'linux', isPackaged: true });
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window']);
    const add = flatten(menu).find((i) => i.id === 'add-folder');
    expect(add).toMatchObject({ label: 'Add Folder…', accelerator: 'CmdOrCtrl+O' });
    add?.click?.();
    flatten(menu).find((i) => i.id === 'quit')?.click?.();
    expect(calls).toEqual(['add', 'quit']);
    expect(flatten(menu).map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'minimize']));
  });

  it('has no developer tools or reload in a packaged build', () => {
    const roles = flatten(appMenuTemplate({ ...options, platform: 'win32', isPackaged: true })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('has developer tools in development', () => {
    expect(flatten(appMenuTemplate({ ...options, platform: 'linux', isPackaged: false })).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('follows macOS conventions there', () => {
    const menu = appMenuTemplate({ ...options, platform: 'darwin', isPackaged: true });
    expect(menu[0]?.label).toBe('Anishelf');
    expect(flatten(menu).filter((i) => i.id === 'quit')).toHaveLength(1);
  });
});
