import { z } from 'zod';

/**
 * What a menu item asks the page to do. The page decides how (main only forwards the id), so a
 * feature that lands later (the PDF of issue 12) needs no change in main.
 */
export const menuCommandIds = [
  'site:new',
  'site:open',
  'bundle:export',
  'report:certificate',
  'report:pdf',
  'theme:system',
  'theme:light',
  'theme:dark',
  'help:shortcuts',
  'help:sources',
  'help:about',
] as const;
export type MenuCommandId = (typeof menuCommandIds)[number];

/** The payload of the `menu:command` event. */
export const menuCommandSchema = z.object({ id: z.enum(menuCommandIds) }).strict();
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** Electron menu roles the description uses (standard behaviour, nothing that loads content). */
type Role =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'quit'
  | 'close'
  | 'appMenu'
  | 'windowMenu'
  | 'minimize';

/** One entry of the menu, as data: Electron's glue turns it into a MenuItem template. */
export type MenuEntry =
  | {
      readonly kind: 'command';
      readonly id: MenuCommandId;
      readonly label: string;
      readonly accelerator?: string;
    }
  | { readonly kind: 'open-recent'; readonly path: string; readonly label: string }
  /** A line that does nothing (shown greyed out), e.g. "No recent site files". */
  | { readonly kind: 'placeholder'; readonly label: string }
  | {
      readonly kind: 'role';
      readonly role: Role;
      readonly label?: string;
      readonly accelerator?: string;
    }
  | { readonly kind: 'separator' }
  | {
      readonly kind: 'submenu';
      readonly label: string;
      readonly role?: 'appMenu' | 'windowMenu';
      readonly items: readonly MenuEntry[];
    };

/** What the menu depends on. */
interface MenuContext {
  readonly platform: string;
  readonly isPackaged: boolean;
  /** Site files opened lately, newest first (paths). */
  readonly recent: readonly string[];
}

/** How many recent site files the menu lists. */
export const RECENT_LIMIT = 8;

const sep: MenuEntry = { kind: 'separator' };

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() || path;
}

/** Adds a path to the front of the recent list (once, newest first, at most RECENT_LIMIT). */
export function withRecent(recent: readonly string[], path: string): string[] {
  const same = (p: string) => p === path || p.toLowerCase() === path.toLowerCase();
  return [path, ...recent.filter((p) => !same(p))].slice(0, RECENT_LIMIT);
}

/**
 * The application menu, as data. Every shortcut the app has is an accelerator here (shown next
 * to its item, and in the in-app sheet); none is registered globally.
 */
export function menuDescription(ctx: MenuContext): MenuEntry[] {
  const mac = ctx.platform === 'darwin';
  const recentItems: MenuEntry[] =
    ctx.recent.length === 0
      ? [{ kind: 'placeholder', label: 'No recent site files' }]
      : ctx.recent
          .slice(0, RECENT_LIMIT)
          .map((path) => ({ kind: 'open-recent', path, label: baseName(path) }));
  const file: MenuEntry = {
    kind: 'submenu',
    label: 'File',
    items: [
      { kind: 'command', id: 'site:new', label: 'New site', accelerator: 'CmdOrCtrl+N' },
      { kind: 'command', id: 'site:open', label: 'Open site file…', accelerator: 'CmdOrCtrl+O' },
      { kind: 'submenu', label: 'Recent sites', items: recentItems },
      sep,
      {
        kind: 'command',
        id: 'bundle:export',
        label: 'Export bundle…',
        accelerator: 'CmdOrCtrl+E',
      },
      {
        kind: 'command',
        id: 'report:certificate',
        label: 'Print completion certificate…',
        accelerator: 'CmdOrCtrl+P',
      },
      {
        kind: 'command',
        id: 'report:pdf',
        label: 'Save PDF…',
        accelerator: 'CmdOrCtrl+Shift+S',
      },
      sep,
      mac
        ? { kind: 'role', role: 'close', accelerator: 'Cmd+W' }
        : { kind: 'role', role: 'quit', label: 'Exit', accelerator: 'Alt+F4' },
    ],
  };
  const edit: MenuEntry = {
    kind: 'submenu',
    label: 'Edit',
    items: [
      { kind: 'role', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { kind: 'role', role: 'redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      sep,
      { kind: 'role', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { kind: 'role', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { kind: 'role', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { kind: 'role', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const view: MenuEntry = {
    kind: 'submenu',
    label: 'View',
    items: [
      {
        kind: 'submenu',
        label: 'Theme',
        items: [
          { kind: 'command', id: 'theme:system', label: 'Same as the system' },
          { kind: 'command', id: 'theme:light', label: 'Light' },
          { kind: 'command', id: 'theme:dark', label: 'Dark' },
        ],
      },
      sep,
      { kind: 'role', role: 'resetZoom', label: 'Actual size', accelerator: 'CmdOrCtrl+0' },
      { kind: 'role', role: 'zoomIn', label: 'Zoom in', accelerator: 'CmdOrCtrl+Plus' },
      { kind: 'role', role: 'zoomOut', label: 'Zoom out', accelerator: 'CmdOrCtrl+-' },
      sep,
      {
        kind: 'role',
        role: 'togglefullscreen',
        label: 'Full screen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
      ...(ctx.isPackaged
        ? []
        : [{ kind: 'role', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' } as const]),
    ],
  };
  const help: MenuEntry = {
    kind: 'submenu',
    label: 'Help',
    items: [
      {
        kind: 'command',
        id: 'help:shortcuts',
        label: 'Keyboard shortcuts',
        accelerator: 'CmdOrCtrl+/',
      },
      { kind: 'command', id: 'help:sources', label: 'The procedure’s sources' },
      sep,
      { kind: 'command', id: 'help:about', label: 'About Secure SMTP Runbook' },
    ],
  };
  return [
    ...(mac
      ? [{ kind: 'submenu', label: 'Secure SMTP Runbook', role: 'appMenu', items: [] } as const]
      : []),
    file,
    edit,
    view,
    ...(mac ? [{ kind: 'submenu', label: 'Window', role: 'windowMenu', items: [] } as const] : []),
    help,
  ];
}

/** Every item with an accelerator, depth first, with the menu path that leads to it. */
export function menuAccelerators(
  entries: readonly MenuEntry[],
  path: readonly string[] = [],
): { readonly path: readonly string[]; readonly label: string; readonly accelerator: string }[] {
  return entries.flatMap((entry) => {
    if (entry.kind === 'submenu') return menuAccelerators(entry.items, [...path, entry.label]);
    if (entry.kind === 'command' && entry.accelerator)
      return [{ path, label: entry.label, accelerator: entry.accelerator }];
    if (entry.kind === 'role' && entry.accelerator)
      return [
        { path, label: entry.label ?? roleLabel(entry.role), accelerator: entry.accelerator },
      ];
    return [];
  });
}

function roleLabel(role: string): string {
  const words: Record<string, string> = {
    selectAll: 'Select all',
    toggleDevTools: 'Developer tools',
    close: 'Close window',
  };
  return words[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}

/** An accelerator as the platform writes it: "Ctrl+Shift+S" on Windows/Linux, "⌘⇧S" on macOS. */
export function acceleratorLabel(accelerator: string, platform: string): string {
  const mac = platform === 'darwin';
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') return mac ? '⌘' : 'Ctrl';
    if (part === 'Cmd' || part === 'Command') return '⌘';
    if (mac && part === 'Shift') return '⇧';
    if (mac && part === 'Alt') return '⌥';
    if (mac && part === 'Ctrl') return '⌃';
    return part;
  });
  return mac ? parts.join('') : parts.join('+');
}
