import { describe, expect, it } from 'vitest';
import {
  RECENT_LIMIT,
  acceleratorLabel,
  menuAccelerators,
  menuCommandIds,
  menuCommandSchema,
  menuDescription,
  withRecent,
  type MenuEntry,
} from '../../../../core/desktop/menu';
import { shortcutSheet, stepKeys } from '../../../../core/desktop/shortcuts';

const windows = { platform: 'win32', isPackaged: true, recent: [] } as const;

function submenu(entries: readonly MenuEntry[], label: string): readonly MenuEntry[] {
  const found = entries.find((e) => e.kind === 'submenu' && e.label === label);
  if (!found || found.kind !== 'submenu') throw new Error(`no ${label} menu`);
  return found.items;
}

function labels(entries: readonly MenuEntry[]): string[] {
  return entries.map((e) =>
    e.kind === 'separator' ? '-' : e.kind === 'role' ? (e.label ?? e.role) : e.label,
  );
}

function commandIds(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((e) =>
    e.kind === 'submenu' ? commandIds(e.items) : e.kind === 'command' ? [e.id] : [],
  );
}

describe('the application menu, as data', () => {
  it('File, Edit, View, Help on Windows and Linux; the app and Window menus on macOS', () => {
    expect(labels(menuDescription(windows))).toEqual(['File', 'Edit', 'View', 'Help']);
    const mac = menuDescription({ ...windows, platform: 'darwin' });
    expect(labels(mac)).toEqual(['Secure SMTP Runbook', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('File holds the site, the bundle and the report commands, with their accelerators', () => {
    const file = submenu(menuDescription(windows), 'File');
    expect(labels(file)).toEqual([
      'New site',
      'Open site file…',
      'Recent sites',
      '-',
      'Export bundle…',
      'Print completion certificate…',
      'Save PDF…',
      '-',
      'Exit',
    ]);
    const byLabel = new Map(menuAccelerators(file).map((a) => [a.label, a.accelerator]));
    expect(byLabel.get('Open site file…')).toBe('CmdOrCtrl+O');
    expect(byLabel.get('Print completion certificate…')).toBe('CmdOrCtrl+P');
  });

  it('every command a menu sends is one the page knows, and each is reachable from the menu', () => {
    const sent = commandIds(menuDescription(windows));
    expect(new Set(sent)).toEqual(new Set(menuCommandIds));
    for (const id of sent) expect(menuCommandSchema.safeParse({ id }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ id: 'shell:exec' }).success).toBe(false);
    expect(menuCommandSchema.safeParse({ id: 'site:new', extra: 1 }).success).toBe(false);
  });

  it('Edit is the standard roles; View has theme, zoom and full screen', () => {
    const menu = menuDescription(windows);
    const editRoles = submenu(menu, 'Edit').flatMap((e) => (e.kind === 'role' ? [e.role] : []));
    expect(editRoles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const view = submenu(menu, 'View');
    expect(labels(submenu(view, 'Theme'))).toEqual(['Same as the system', 'Light', 'Dark']);
    expect(labels(view)).toEqual(
      expect.arrayContaining(['Actual size', 'Zoom in', 'Zoom out', 'Full screen']),
    );
  });

  it('developer tools only in a development build', () => {
    const roles = (isPackaged: boolean) =>
      submenu(menuDescription({ ...windows, isPackaged }), 'View').flatMap((e) =>
        e.kind === 'role' ? [e.role] : [],
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('no two items share an accelerator', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const all = menuAccelerators(menuDescription({ ...windows, platform, isPackaged: false }));
      expect(all.length).toBeGreaterThan(10);
      const keys = all.map((a) => a.accelerator);
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('Recent sites lists file names, newest first, or says there are none', () => {
    const none = submenu(submenu(menuDescription(windows), 'File'), 'Recent sites');
    expect(none).toEqual([{ kind: 'placeholder', label: 'No recent site files' }]);
    const recent = withRecent(withRecent([], 'C:\\sites\\a.smtprunbook'), '/b/b.smtprunbook');
    const items = submenu(submenu(menuDescription({ ...windows, recent }), 'File'), 'Recent sites');
    expect(items).toEqual([
      { kind: 'open-recent', path: '/b/b.smtprunbook', label: 'b.smtprunbook' },
      { kind: 'open-recent', path: 'C:\\sites\\a.smtprunbook', label: 'a.smtprunbook' },
    ]);
  });

  it('the recent list keeps each file once (case-insensitively) and at most the limit', () => {
    let recent: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1)
      recent = withRecent(recent, `/s/${i}.smtprunbook`);
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]).toBe(`/s/${RECENT_LIMIT + 2}.smtprunbook`);
    recent = withRecent(recent, `/S/${RECENT_LIMIT}.SMTPRUNBOOK`);
    expect(recent.filter((p) => p.toLowerCase() === `/s/${RECENT_LIMIT}.smtprunbook`)).toHaveLength(
      1,
    );
    expect(recent[0]).toBe(`/S/${RECENT_LIMIT}.SMTPRUNBOOK`);
  });
});

describe('accelerators as people read them', () => {
  it('Ctrl on Windows and Linux, symbols on macOS', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'darwin')).toBe('⌘⇧S');
    expect(acceleratorLabel('Ctrl+Cmd+F', 'darwin')).toBe('⌃⌘F');
    expect(acceleratorLabel('F11', 'linux')).toBe('F11');
  });
});

describe('the in-app shortcut sheet', () => {
  it('lists every menu accelerator and the checklist keys, nothing else', () => {
    const menu = menuDescription(windows);
    const sheet = shortcutSheet(menu, 'win32');
    const fromMenu = menuAccelerators(menu);
    expect(sheet).toHaveLength(fromMenu.length + Object.keys(stepKeys).length);
    expect(sheet).toContainEqual({
      keys: 'Ctrl+O',
      action: 'Open site file',
      where: 'Menu: File',
    });
    expect(sheet).toContainEqual({ keys: 'Ctrl+Plus', action: 'Zoom in', where: 'Menu: View' });
    expect(sheet.map((l) => l.keys)).toEqual(expect.arrayContaining(['j', 'k', 'd', 'c']));
  });
});
