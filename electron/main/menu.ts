import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { menuDescription, type MenuCommandId, type MenuEntry } from '../../core/desktop/menu';

/** What a chosen item does: forward a command to the page, or open a recent site file. */
interface MenuActions {
  readonly command: (id: MenuCommandId) => void;
  readonly openRecent: (path: string) => void;
}

/** Turns core's menu description into Electron's template; nothing is decided here. */
function template(
  entries: readonly MenuEntry[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'placeholder':
        return { label: entry.label, enabled: false };
      case 'command':
        return {
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
          click: () => actions.command(entry.id),
        };
      case 'open-recent':
        return {
          label: entry.label,
          toolTip: entry.path,
          click: () => actions.openRecent(entry.path),
        };
      case 'role':
        return {
          role: entry.role,
          ...(entry.label ? { label: entry.label } : {}),
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        };
      case 'submenu':
        return entry.role
          ? { role: entry.role, label: entry.label }
          : { label: entry.label, submenu: template(entry.items, actions) };
    }
  });
}

/** Sets the application menu from core's description (again whenever the recent list changes). */
export function setupMenu(recent: readonly string[], actions: MenuActions): void {
  const entries = menuDescription({
    platform: process.platform,
    isPackaged: app.isPackaged,
    recent,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template(entries, actions)));
}
