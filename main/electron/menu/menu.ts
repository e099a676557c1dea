import { Menu, type MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, type MenuOptions } from './menu-template';

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options) as MenuItemConstructorOptions[]));
}
